/**
 * What users install with paybands: dependencies exactly decimal.js, peer dependencies
 * exactly zod — and the source imports nothing else at run time (Node built-ins only in
 * the CLI, so every other entry bundles for a browser). A new runtime import must be a
 * deliberate change to this test, not an accident.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

/** The module specifiers a file really imports (TSDoc examples in comments are not code). */
function importedSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const patterns = [
    /\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1] as string));
}

const bare = (s: string) => !s.startsWith(".") && !s.startsWith("/");

describe("runtime dependencies", () => {
  test("dependencies are exactly decimal.js, peerDependencies exactly zod", () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["decimal.js"]);
    expect(Object.keys(pkg.peerDependencies ?? {})).toEqual(["zod"]);
  });

  test("the scanner finds the imports of every form, and skips comments", () => {
    const found = importedSpecifiers(
      [
        'import * as z from "zod";',
        'import { x,\n  y } from "left-pad";',
        'export { a } from "./a.js";',
        'import "side-effect";',
        'const m = await import("lazy");',
        'const r = require("cjs");',
        '/** @example import { f } from "paybands"; */',
        '// import { g } from "commented";',
      ].join("\n"),
    );
    expect(found.sort()).toEqual(["./a.js", "cjs", "lazy", "left-pad", "side-effect", "zod"]);
  });

  const files = sourceFiles(join(ROOT, "src"));
  test("src/ has source files to scan", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test("src/ imports only zod, decimal.js and (in src/cli) node: built-ins", () => {
    const offenders: string[] = [];
    let decimalSeen = false;
    let zodSeen = false;
    for (const file of files) {
      const rel = relative(ROOT, file).replaceAll("\\", "/");
      for (const spec of importedSpecifiers(readFileSync(file, "utf8")).filter(bare)) {
        if (spec === "decimal.js") decimalSeen = true;
        else if (spec === "zod") zodSeen = true;
        else if (!(spec.startsWith("node:") && rel.startsWith("src/cli/"))) {
          offenders.push(`${rel}: ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    // The scan sees the two real dependencies, so it is not silently matching nothing.
    expect(decimalSeen && zodSeen).toBe(true);
  });
});
