/**
 * The `@category` of every export of the documented entries (typedoc.json
 * `entryPoints`), read with the TypeScript compiler as typedoc reads it.
 */
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

/** typedoc.json, the one list of documented entries and of category names. */
export interface TypedocConfig {
  readonly entryPoints: readonly string[];
  readonly categoryOrder: readonly string[];
  readonly defaultCategory?: string;
}

export function readTypedocConfig(root: string): TypedocConfig {
  return JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as TypedocConfig;
}

/** The category names a `@category` tag may use: `categoryOrder` without `*`. */
export function allowedCategories(config: TypedocConfig): string[] {
  return config.categoryOrder.filter((c) => c !== "*" && c !== config.defaultCategory);
}

/** One export of one entry. */
export interface ExportInfo {
  /** The entry file, e.g. `src/core/index.ts`. */
  readonly entry: string;
  readonly name: string;
  /** Where it is declared: `src/core/money/add-money.ts:17`. */
  readonly at: string;
  /** Its `@category` tags (none if it has no tag). */
  readonly categories: readonly string[];
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configFile = join(root, "tsconfig.json");
  const read = ts.readConfigFile(configFile, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
  return { ...parsed.options, noEmit: true };
}

function categoriesOf(decl: ts.Declaration): string[] {
  return ts
    .getJSDocTags(decl)
    .filter((t) => t.tagName.text === "category")
    .map((t) => (ts.getTextOfJSDocComment(t.comment) ?? "").trim());
}

/** Every export of every documented entry, with its categories. */
export function listExports(root: string, config: TypedocConfig = readTypedocConfig(root)) {
  const entries = config.entryPoints.map((e) => join(root, e));
  const program = ts.createProgram({ rootNames: entries, options: compilerOptions(root) });
  const checker = program.getTypeChecker();
  const found: ExportInfo[] = [];
  for (const entry of entries) {
    const sf = program.getSourceFile(entry);
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = symbol.declarations ?? [];
      const first = decls[0];
      if (!first) continue;
      // @internal exports are left out of the docs (excludeInternal).
      if (decls.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === "internal"))) {
        continue;
      }
      const file = first.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(first.getStart(file)).line + 1;
      found.push({
        entry: relative(root, entry).split(sep).join("/"),
        name: exported.name,
        at: `${relative(root, file.fileName).split(sep).join("/")}:${line}`,
        categories: [...new Set(decls.flatMap(categoriesOf))],
      });
    }
  }
  return found;
}
