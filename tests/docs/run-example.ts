/**
 * Writes an example's module under `.tmp/doc-examples/` (git-ignored), imports it, and
 * says what went wrong, in terms of the example's own file and lines.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inspect } from "node:util";
import { createDocContext, dropDocContext } from "./doc-runtime.js";
import { buildExampleModule, type Example, type Expectation } from "./extract-examples.js";

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const RUNTIME_FILE = fileURLToPath(new URL("./doc-runtime.ts", import.meta.url));

const toPosix = (p: string): string => p.split(sep).join("/");

function importPath(fromDir: string, file: string): string {
  const rel = toPosix(relative(fromDir, file));
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/** The public entries: `"."` → `src/index.ts`, `"./core"` → `src/core/index.ts`, ... */
export function publicEntries(root: string = REPO_ROOT): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    name: string;
    exports?: Record<string, unknown>;
  };
  const entries = new Map<string, string>();
  for (const key of Object.keys(pkg.exports ?? {})) {
    if (key === "./package.json") continue;
    const sub = key === "." ? "" : key.replace(/^\.\//, "");
    entries.set(
      sub === "" ? pkg.name : `${pkg.name}/${sub}`,
      sub === "" ? "src/index.ts" : `src/${sub}/index.ts`,
    );
  }
  return entries;
}

/**
 * Resolves `paybands` and `paybands/<entry>` to the entry's source file (from `fromDir`);
 * refuses deep imports, relative imports and entries that package.json does not export.
 */
export function makeSpecifierResolver(
  fromDir: string,
  root: string = REPO_ROOT,
): (specifier: string) => string | undefined | Error {
  const entries = publicEntries(root);
  return (specifier) => {
    if (specifier.startsWith(".") || specifier.startsWith("/")) {
      return new Error(`relative import "${specifier}": import from "paybands" or an entry`);
    }
    if (specifier !== "paybands" && !specifier.startsWith("paybands/")) return undefined;
    const src = entries.get(specifier);
    if (src === undefined) {
      const valid = [...entries.keys()].join(", ");
      return new Error(
        `"${specifier}" is not a public entry of the package (package.json "exports": ${valid})`,
      );
    }
    const file = join(root, src);
    if (!existsSync(file))
      return new Error(`"${specifier}" should be ${src}, which does not exist`);
    return importPath(fromDir, file);
  };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A fresh folder for this process's generated modules, `.tmp/<name>/run-<pid>/`. Folders
 * of processes that have ended are removed (several test runs may share the checkout).
 */
export function prepareOutDir(name: string, root: string = REPO_ROOT): string {
  const base = join(root, ".tmp", name);
  mkdirSync(base, { recursive: true });
  for (const entry of readdirSync(base)) {
    const m = /^run-(\d+)$/.exec(entry);
    if (m && (Number(m[1]) === process.pid || !pidAlive(Number(m[1])))) {
      rmSync(join(base, entry), { recursive: true, force: true });
    }
  }
  const dir = join(base, `run-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A module file name for an example: `src__bound__get-level.ts__L12.ts`. */
export function moduleFileName(example: Example): string {
  return `${example.file.replace(/[^A-Za-z0-9._-]+/g, "__")}__L${example.line}.ts`;
}

/** A generated module on disk. */
export interface PreparedExample {
  readonly example: Example;
  readonly file: string;
  readonly key: string;
  readonly expectations: readonly Expectation[];
  readonly problems: readonly string[];
}

/** Generates the example's module and writes it to `outDir` (unless it has problems). */
export function prepareExample(
  example: Example,
  outDir: string,
  root: string = REPO_ROOT,
): PreparedExample {
  const file = join(outDir, moduleFileName(example));
  const key = `${example.file}:${example.line}`;
  const mod = buildExampleModule(example, {
    runtimeSpecifier: importPath(dirname(file), RUNTIME_FILE),
    contextKey: key,
    resolveSpecifier: makeSpecifierResolver(dirname(file), root),
  });
  if (mod.problems.length === 0) writeFileSync(file, mod.code);
  return { example, file, key, expectations: mod.expectations, problems: mod.problems };
}

/** The outcome of running one example. */
export interface ExampleResult {
  readonly ok: boolean;
  /** One message per problem, each starting with `file:line`. */
  readonly messages: readonly string[];
  /** Number of `//=>` checks in the example. */
  readonly checks: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value as a JS literal, as it would be written after `//=>` (inspect() for others). */
export function formatLiteral(value: unknown, seen: Set<unknown> = new Set()): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
    case "boolean":
      return String(value);
    case "object": {
      if (value === null) return "null";
      if (seen.has(value)) return "[Circular]";
      const proto = Object.getPrototypeOf(value);
      if (Array.isArray(value)) {
        seen.add(value);
        const s = `[${value.map((v) => formatLiteral(v, seen)).join(", ")}]`;
        seen.delete(value);
        return s;
      }
      if (proto === Object.prototype || proto === null) {
        seen.add(value);
        const parts = Object.entries(value).map(
          ([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${formatLiteral(v, seen)}`,
        );
        seen.delete(value);
        return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
      }
      return inspect(value, { depth: 6, breakLength: Number.POSITIVE_INFINITY });
    }
    default:
      return inspect(value);
  }
}

/** Rewrites `generated.ts:LINE` in a stack trace to the example's `file:line`. */
function mapStack(stack: string, prepared: PreparedExample): string {
  const { example, file } = prepared;
  const names = [file, toPosix(file), pathToFileURL(file).href];
  let out = stack;
  for (const name of names) {
    out = out.split(name).join("<generated>");
  }
  return out.replace(/<generated>:(\d+)(?::\d+)?/g, (_, n: string) => {
    const line = example.lineMap[Number(n) - 1];
    return line === undefined ? `${example.file} (generated line ${n})` : `${example.file}:${line}`;
  });
}

function describeError(err: unknown, prepared: PreparedExample): string {
  if (err instanceof Error) {
    const stack = err.stack ?? `${err.name}: ${err.message}`;
    const lines = mapStack(stack, prepared)
      .split("\n")
      .filter((l) => !/node_modules|node:internal|tests\/docs\//.test(l));
    return lines.slice(0, 8).join("\n");
  }
  return formatLiteral(err);
}

/** Runs a prepared example (imports its module) and checks every `//=>` line. */
export async function runPreparedExample(prepared: PreparedExample): Promise<ExampleResult> {
  const { example, expectations } = prepared;
  const where = `${example.file}:${example.line}`;
  if (prepared.problems.length > 0) {
    return {
      ok: false,
      messages: prepared.problems.map((p) => (p.startsWith(example.file) ? p : `${where}: ${p}`)),
      checks: expectations.length,
    };
  }
  const ctx = createDocContext(prepared.key);
  const messages: string[] = [];
  try {
    await import(pathToFileURL(prepared.file).href);
  } catch (err) {
    messages.push(`${where}: the example threw:\n${describeError(err, prepared)}`);
  } finally {
    dropDocContext(prepared.key);
  }
  for (const f of ctx.failures) {
    const e = expectations[f.index];
    if (!e) continue;
    messages.push(
      `${example.file}:${e.line}: ${e.expression}\n` +
        `  //=> says: ${e.expected}\n` +
        `  actual:    ${formatLiteral(f.actual)}` +
        (f.message.startsWith("the //=> literal") ? `\n  (${f.message})` : ""),
    );
  }
  if (ctx.finished) {
    for (const e of expectations) {
      if (ctx.ran.has(e.index)) continue;
      messages.push(
        `${example.file}:${e.line}: this \`//=>\` check never ran` +
          (e.inCatch ? " (it is in a catch block, and nothing was thrown)" : ""),
      );
    }
  }
  return { ok: messages.length === 0, messages, checks: expectations.length };
}

/** Generates, writes and runs one example. */
export async function runExample(
  example: Example,
  outDir: string,
  root: string = REPO_ROOT,
): Promise<ExampleResult> {
  return runPreparedExample(prepareExample(example, outDir, root));
}
