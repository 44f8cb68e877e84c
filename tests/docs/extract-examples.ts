/**
 * Finds the runnable examples in the sources and the docs, and turns each one into a
 * module that checks its `//=>` lines.
 *
 * - `@example` blocks of TSDoc comments in `src/**\/*.ts` (not `src/data/generated/`);
 * - ```ts blocks of `README.md` and `docs/*.md`.
 *
 * A `//=>` comment states the value of the expression statement just before it, as a
 * JS literal (`//=> ["p25", 162000]`, `//=> { p: 50 }`, `//=> "staff"`). A literal too
 * long for one line continues on the following `//` lines. See docs/CONTRIBUTING.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

/** Languages of the fenced blocks that are run. */
const RUNNABLE_LANGS = new Set(["ts", "typescript", "js", "javascript"]);

/** One code block to run. */
export interface Example {
  /** Path of the file holding the example, relative to the repo root, with `/`. */
  readonly file: string;
  /** 1-based line in `file` of the opening fence (or of the `@example` tag). */
  readonly line: number;
  /** Where it was found. */
  readonly kind: "tsdoc" | "markdown";
  /** The code, without the comment's ` * ` prefixes or the fence's indentation. */
  readonly code: string;
  /** `lineMap[i]` is the 1-based line in `file` of line `i` of `code`. */
  readonly lineMap: readonly number[];
  /** Marked ```ts skip: listed, not run. */
  readonly skip: boolean;
  /** What is wrong with the example itself; an example with problems fails. */
  readonly problems: readonly string[];
}

/** A `//=>` check found in an example. */
export interface Expectation {
  /** Index of the check within its example (0-based). */
  readonly index: number;
  /** 1-based line in the example's file of the `//=>` comment. */
  readonly line: number;
  /** Source text of the expression whose value is checked. */
  readonly expression: string;
  /** Source text of the expected literal. */
  readonly expected: string;
  /** Whether the checked statement is inside a `catch` block. */
  readonly inCatch: boolean;
}

/** The runnable module generated from an example. */
export interface ExampleModule {
  /** TypeScript source of the module; line `i + 1` is line `i + 1` of the example. */
  readonly code: string;
  readonly expectations: readonly Expectation[];
  /** Problems found while generating it (the module must not be run if any). */
  readonly problems: readonly string[];
}

export interface BuildOptions {
  /** Import specifier of tests/docs/doc-runtime.ts, as seen from the generated module. */
  readonly runtimeSpecifier: string;
  /** Key under which the example's context is registered (see doc-runtime.ts). */
  readonly contextKey: string;
  /**
   * Rewrites a module specifier of the example: returns the replacement, `undefined` to
   * keep it as is, or an `Error` describing why the import is not allowed.
   */
  readonly resolveSpecifier: (specifier: string) => string | undefined | Error;
}

// ---------------------------------------------------------------------------------------
// Extraction

interface Fence {
  /** Index (in the given lines) of the opening fence line. */
  readonly open: number;
  /** Index of the first code line and one past the last. */
  readonly start: number;
  readonly end: number;
  readonly lang: string;
  readonly flags: readonly string[];
  readonly indent: number;
  readonly closed: boolean;
}

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;

/** The fenced code blocks of some markdown lines (CommonMark-style, nesting-aware). */
function findFences(lines: readonly string[]): Fence[] {
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE_OPEN.exec(lines[i] ?? "");
    if (!m) continue;
    const indent = (m[1] ?? "").length;
    const marker = m[2] ?? "```";
    const closing = new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    let j = i + 1;
    while (j < lines.length && !closing.test(lines[j] ?? "")) j++;
    fences.push({
      open: i,
      start: i + 1,
      end: j,
      lang: (m[3] ?? "").toLowerCase(),
      flags: (m[4] ?? "")
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean),
      indent,
      closed: j < lines.length,
    });
    i = j;
  }
  return fences;
}

function dedent(line: string, indent: number): string {
  let n = 0;
  while (n < indent && line[n] === " ") n++;
  return line.slice(n);
}

function fenceToExample(
  file: string,
  kind: Example["kind"],
  lines: readonly string[],
  lineNumbers: readonly number[],
  fence: Fence,
): Example {
  const code: string[] = [];
  const lineMap: number[] = [];
  for (let k = fence.start; k < fence.end; k++) {
    code.push(dedent(lines[k] ?? "", fence.indent));
    lineMap.push(lineNumbers[k] ?? 0);
  }
  return {
    file,
    line: lineNumbers[fence.open] ?? 0,
    kind,
    code: code.join("\n"),
    lineMap,
    skip: fence.flags.includes("skip"),
    problems: fence.closed ? [] : ["the code fence is never closed"],
  };
}

/** The ```ts (or ```typescript, ```js) blocks of a markdown file. */
export function extractMarkdownExamples(file: string, text: string): Example[] {
  const lines = text.split(/\r?\n/);
  const lineNumbers = lines.map((_, i) => i + 1);
  return findFences(lines)
    .filter((f) => RUNNABLE_LANGS.has(f.lang))
    .map((f) => fenceToExample(file, "markdown", lines, lineNumbers, f));
}

/** Every `/** ... *\/` comment of a TypeScript file, with its start position. */
function docComments(sf: ts.SourceFile): { pos: number; end: number }[] {
  const text = sf.text;
  const found = new Map<number, { pos: number; end: number }>();
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) {
      return;
    }
    const ranges = [
      ...(ts.getLeadingCommentRanges(text, node.pos) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.end) ?? []),
    ];
    for (const r of ranges) {
      if (
        r.kind === ts.SyntaxKind.MultiLineCommentTrivia &&
        text.startsWith("/**", r.pos) &&
        !text.startsWith("/**/", r.pos)
      ) {
        found.set(r.pos, { pos: r.pos, end: r.end });
      }
    }
    for (const child of node.getChildren(sf)) visit(child);
  };
  visit(sf);
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

/** The `@example` code blocks of the TSDoc comments of a TypeScript file. */
export function extractTsdocExamples(file: string, text: string): Example[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const examples: Example[] = [];
  for (const comment of docComments(sf)) {
    const firstLine = sf.getLineAndCharacterOfPosition(comment.pos).line + 1;
    const raw = text.slice(comment.pos + 3, comment.end - 2).split(/\r?\n/);
    const lines = raw.map((l, i) => (i === 0 ? l.replace(/^ /, "") : l.replace(/^\s*\*( |$)/, "")));
    const lineNumbers = lines.map((_, i) => firstLine + i);

    // Split the comment into block-tag sections, ignoring `@` at the start of code lines.
    const fences = findFences(lines);
    const fenceAt = new Map(fences.map((f) => [f.open, f]));
    let tag: { name: string; line: number; fences: Fence[] } | undefined;
    const sections: { name: string; line: number; fences: Fence[] }[] = [];
    for (let i = 0; i < lines.length; i++) {
      const fence = fenceAt.get(i);
      if (fence) {
        tag?.fences.push(fence);
        i = fence.end;
        continue;
      }
      const m = /^\s*@([A-Za-z]+)/.exec(lines[i] ?? "");
      if (m) {
        tag = { name: m[1] ?? "", line: i, fences: [] };
        sections.push(tag);
      }
    }
    for (const section of sections) {
      if (section.name !== "example") continue;
      const runnable = section.fences.filter((f) => RUNNABLE_LANGS.has(f.lang));
      if (section.fences.length === 0) {
        examples.push({
          file,
          line: lineNumbers[section.line] ?? firstLine,
          kind: "tsdoc",
          code: "",
          lineMap: [],
          skip: false,
          problems: ["@example has no ```ts code fence: write the example in a ```ts block"],
        });
      }
      for (const f of runnable) examples.push(fenceToExample(file, "tsdoc", lines, lineNumbers, f));
    }
  }
  return examples;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

const toPosix = (p: string): string => p.split(sep).join("/");

/** The files examples are taken from, relative to `root`, sorted. */
export function exampleFiles(root: string): string[] {
  const src = listFiles(join(root, "src"))
    .map((f) => toPosix(relative(root, f)))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .filter((f) => !f.startsWith("src/data/generated/"));
  const docs = listFiles(join(root, "docs"))
    .map((f) => toPosix(relative(root, f)))
    .filter((f) => /^docs\/[^/]+\.md$/.test(f));
  return ["README.md", ...docs.sort(), ...src.sort()];
}

/** Every example of the repository at `root`. */
export function collectExamples(root: string): Example[] {
  return exampleFiles(root).flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(join(root, file), "utf8");
    } catch {
      return [];
    }
    return file.endsWith(".md")
      ? extractMarkdownExamples(file, text)
      : extractTsdocExamples(file, text);
  });
}

// ---------------------------------------------------------------------------------------
// Module generation

/** Whether `text` is a syntactically complete JS/TS expression. */
export function isExpression(text: string): boolean {
  if (text.trim() === "") return false;
  const out = ts.transpileModule(`(\n${text}\n);`, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return (out.diagnostics ?? []).length === 0;
}

function syntaxErrors(code: string): string[] {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    fileName: "example.ts",
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return (out.diagnostics ?? []).map((d) => {
    const pos =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const msg = ts.flattenDiagnosticMessageText(d.messageText, " ");
    return pos ? `line ${pos.line + 1}: ${msg}` : msg;
  });
}

interface CommentInfo {
  readonly pos: number;
  readonly end: number;
  readonly line: number;
  readonly single: boolean;
  readonly body: string;
}

/** Every comment of a parsed snippet, in order. */
function allComments(sf: ts.SourceFile): CommentInfo[] {
  const text = sf.text;
  const found = new Map<number, CommentInfo>();
  const add = (ranges: readonly ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? []) {
      const single = r.kind === ts.SyntaxKind.SingleLineCommentTrivia;
      found.set(r.pos, {
        pos: r.pos,
        end: r.end,
        line: sf.getLineAndCharacterOfPosition(r.pos).line,
        single,
        body: single ? text.slice(r.pos + 2, r.end) : text.slice(r.pos + 2, r.end - 2),
      });
    }
  };
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) {
      return;
    }
    // A comment after code on the same line is a "trailing" comment of the token before it.
    add(ts.getLeadingCommentRanges(text, node.pos));
    add(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(sf)) visit(child);
  };
  visit(sf);
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

/** True if `text` holds only whitespace and comments. */
function isTrivia(text: string): boolean {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    text,
  );
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (
      t !== ts.SyntaxKind.WhitespaceTrivia &&
      t !== ts.SyntaxKind.NewLineTrivia &&
      t !== ts.SyntaxKind.SingleLineCommentTrivia &&
      t !== ts.SyntaxKind.MultiLineCommentTrivia
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The expression statement that a `//=>` comment at `pos` refers to: the statement
 * ending last before the comment, with nothing but whitespace and comments between.
 */
function statementBefore(sf: ts.SourceFile, pos: number): ts.ExpressionStatement | string {
  let best: ts.Node[] = [];
  let bestEnd = -1;
  const visit = (node: ts.Node): void => {
    if (node.end <= pos && node.kind !== ts.SyntaxKind.SourceFile) {
      if (node.end > bestEnd) {
        bestEnd = node.end;
        best = [node];
      } else if (node.end === bestEnd) {
        best.push(node);
      }
    }
    if (node.pos < pos) ts.forEachChild(node, visit);
  };
  visit(sf);
  if (bestEnd < 0 || !isTrivia(sf.text.slice(bestEnd, pos))) {
    return "`//=>` must follow an expression statement, but nothing comes before it";
  }
  // The innermost expression statement ending there (`if (x) f(); //=>` checks `f()`).
  const statements = best.filter(ts.isExpressionStatement);
  const innermost = statements.at(-1);
  if (innermost) return innermost;
  const outer = best[0];
  return `\`//=>\` must follow an expression statement, not ${
    outer ? describeNode(outer) : "this"
  } (write the value on a line of its own: \`x;\` then \`//=> ...\`)`;
}

function describeNode(node: ts.Node): string {
  if (ts.isVariableStatement(node)) return "a declaration";
  if (ts.isBlock(node)) return "a block";
  if (ts.isTryStatement(node)) return "a try statement";
  if (ts.isImportDeclaration(node)) return "an import";
  // SyntaxKind has aliases (FirstStatement = VariableStatement): take a real name.
  const name = Object.entries(ts.SyntaxKind).find(
    ([k, v]) => v === node.kind && !/^(First|Last)/.test(k),
  )?.[0];
  return `a ${name ?? "statement"}`;
}

function insideCatch(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCatchClause(n)) return true;
    if (ts.isFunctionLike(n)) return false;
  }
  return false;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

/** The string literals that name a module: imports, exports, `import()` and `import("x").T`. */
function moduleSpecifiers(sf: ts.SourceFile): ts.StringLiteralLike[] {
  const specs: ts.StringLiteralLike[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteralLike(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specs.push(node.arguments[0]);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteralLike(node.argument.literal)
    ) {
      specs.push(node.argument.literal);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteralLike(node.moduleReference.expression)
    ) {
      specs.push(node.moduleReference.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs;
}

/**
 * Turns an example into a module: imports of `paybands` entries are rewritten to the
 * source entry files, and each `//=>` becomes `__doc.check(i, (expression), () => (literal))`.
 * Lines are kept: line n of the module is line n of the example.
 */
export function buildExampleModule(example: Example, options: BuildOptions): ExampleModule {
  const problems: string[] = [...example.problems];
  const at = (snippetLine: number): string =>
    `${example.file}:${example.lineMap[snippetLine] ?? example.line}`;
  if (problems.length > 0) return { code: "", expectations: [], problems };

  const syntax = syntaxErrors(example.code);
  if (syntax.length > 0) {
    return { code: "", expectations: [], problems: syntax.map((s) => `syntax error: ${s}`) };
  }

  const sf = ts.createSourceFile(
    "example.ts",
    example.code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits: Edit[] = [];

  for (const spec of moduleSpecifiers(sf)) {
    const replacement = options.resolveSpecifier(spec.text);
    const line = sf.getLineAndCharacterOfPosition(spec.getStart(sf)).line;
    if (replacement instanceof Error) {
      problems.push(`${at(line)}: ${replacement.message}`);
    } else if (replacement !== undefined) {
      edits.push({ start: spec.getStart(sf), end: spec.end, text: JSON.stringify(replacement) });
    }
  }

  const comments = allComments(sf);
  const expectations: Expectation[] = [];
  const claimed = new Set<ts.ExpressionStatement>();
  for (let c = 0; c < comments.length; c++) {
    const comment = comments[c];
    if (!comment?.single) continue;
    if (/^\s+=>/.test(comment.body)) {
      problems.push(`${at(comment.line)}: write \`//=>\` with no space before \`=>\``);
      continue;
    }
    if (!comment.body.startsWith("=>")) continue;
    // The literal, continued on the following `//` lines while it does not parse.
    let expected = comment.body.slice(2).trim();
    let lastLine = comment.line;
    while (!isExpression(expected)) {
      const next = comments[c + 1];
      if (!next?.single || next.body.startsWith("=>") || next.line !== lastLine + 1) break;
      expected = `${expected} ${next.body.trim()}`;
      lastLine = next.line;
      c++;
    }
    if (!isExpression(expected)) {
      problems.push(
        `${at(comment.line)}: \`//=> ${expected}\` is not a JS literal (a value such as "staff", 42, [1, 2] or { a: 1 })`,
      );
      continue;
    }
    const stmt = statementBefore(sf, comment.pos);
    if (typeof stmt === "string") {
      problems.push(`${at(comment.line)}: ${stmt}`);
      continue;
    }
    if (claimed.has(stmt)) {
      problems.push(`${at(comment.line)}: two \`//=>\` lines for one statement`);
      continue;
    }
    claimed.add(stmt);
    const index = expectations.length;
    const expression = stmt.expression.getText(sf);
    expectations.push({
      index,
      line: example.lineMap[comment.line] ?? example.line,
      expression,
      expected,
      inCatch: insideCatch(stmt),
    });
    edits.push({
      start: stmt.getStart(sf),
      end: stmt.end,
      text: `__doc.check(${index}, (${expression}), () => (${expected}));`,
    });
  }

  if (problems.length > 0) return { code: "", expectations, problems };

  // Header and body share line 1 so that line numbers match the example's.
  const header =
    `import { docContext as __docContext } from ${JSON.stringify(options.runtimeSpecifier)}; ` +
    `const __doc = __docContext(${JSON.stringify(options.contextKey)}); `;
  const code = `${header}${applyEdits(example.code, edits)}\n__doc.finish();\n`;
  return { code, expectations, problems };
}
