/**
 * Typechecks the generated example modules with the repository's tsconfig, relaxed only
 * where snippets differ from library code: `catch (err)` gives `any` (so that an example
 * can say `err.code` after a throw), `xs[0]` is not `T | undefined`
 * (`noUncheckedIndexedAccess` is a library-authoring flag, not what most users compile
 * with), and unused names are allowed. Everything else of `strict` stays on.
 */
import { join } from "node:path";
import ts from "typescript";
import type { PreparedExample } from "./run-example.js";
import { REPO_ROOT } from "./run-example.js";

function compilerOptions(root: string): ts.CompilerOptions {
  const configFile = join(root, "tsconfig.json");
  const read = ts.readConfigFile(configFile, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
  return {
    ...parsed.options,
    noEmit: true,
    allowImportingTsExtensions: true,
    useUnknownInCatchVariables: false,
    noUncheckedIndexedAccess: false,
    noUnusedLocals: false,
    noUnusedParameters: false,
  };
}

/** Type errors in the examples, each as `file:line: message` of the example's source. */
export function typecheckExamples(
  prepared: readonly PreparedExample[],
  root: string = REPO_ROOT,
): string[] {
  if (prepared.length === 0) return [];
  const byFile = new Map(prepared.map((p) => [ts.sys.resolvePath(p.file), p]));
  const program = ts.createProgram({
    rootNames: prepared.map((p) => p.file),
    options: compilerOptions(root),
  });
  const messages: string[] = [];
  for (const sf of program.getSourceFiles()) {
    const p = byFile.get(ts.sys.resolvePath(sf.fileName));
    if (!p) continue; // errors in src/ itself are `npm run typecheck`'s business
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sf),
      ...program.getSemanticDiagnostics(sf),
    ];
    for (const d of diagnostics) {
      const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
      const at = p.example.lineMap[line] ?? p.example.line;
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n  ");
      messages.push(`${p.example.file}:${at}: TS${d.code}: ${text}`);
    }
  }
  return messages;
}
