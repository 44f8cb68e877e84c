// Bundles the <paybands-calculator> example for the browser:
//   node examples/calculator/build.mjs        (after `npm run build`)
// The widget imports the package by its public entries only — "paybands" (for the
// embedded dataset), "paybands/core" and "paybands/format" — and esbuild resolves them
// by the package's self-reference through package.json "exports", i.e. against the
// built dist/, exactly as an application that installed paybands would. The build
// fails if the bundle reaches anything else of the package, or contains eval.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const outfile = join(here, "dist", "calculator.js");
const ENTRIES = ["paybands", "paybands/core", "paybands/format"];
const DIST_FILES = ["dist/index.js", "dist/core.js", "dist/format.js"];

for (const file of DIST_FILES) {
  if (!existsSync(join(root, file))) {
    console.error(`build.mjs: ${file} is missing — run \`npm run build\` first.`);
    process.exit(1);
  }
}

const result = await build({
  absWorkingDir: root,
  entryPoints: [join(here, "src", "main.ts")],
  outfile,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
  // Not examples/calculator/tsconfig.json: its "paths" point the type checker at src/,
  // while the bundle must be built from what the package publishes.
  tsconfigRaw: { compilerOptions: { target: "es2022", useDefineForClassFields: true } },
  // tsup's entry files import shared chunks for their side effects; the package says it
  // has none ("sideEffects": false), so esbuild drops those imports and says so.
  logOverride: { "ignored-bare-import": "silent" },
});

// Only the public entries, their shared chunks and decimal.js may be in the bundle.
const problems = [];
for (const [file, input] of Object.entries(result.metafile.inputs)) {
  const ok =
    file.startsWith("examples/calculator/src/") ||
    DIST_FILES.includes(file) ||
    /^dist\/chunk-[A-Z0-9]+\.js$/.test(file) ||
    file.startsWith("node_modules/decimal.js/");
  if (!ok) problems.push(`${file} is in the bundle`);
  if (file.startsWith("examples/calculator/src/")) {
    for (const imp of input.imports) {
      const spec = imp.original ?? imp.path;
      const fromPackage = spec === "paybands" || spec.startsWith("paybands/");
      if (fromPackage && !ENTRIES.includes(spec)) problems.push(`${file} imports "${spec}"`);
      if (!fromPackage && !spec.startsWith("./")) problems.push(`${file} imports "${spec}"`);
    }
  }
}
const code =
  result.outputFiles?.[0]?.text ?? (await import("node:fs")).readFileSync(outfile, "utf8");
if (/\beval\s*\(|new\s+Function\s*\(/.test(code))
  problems.push("the bundle uses eval or new Function");
if (problems.length > 0) {
  console.error(`build.mjs: the widget bundle breaks its rules:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(join(here, "dist", "meta.json"), JSON.stringify(result.metafile));
const raw = Buffer.byteLength(code);
const gzip = gzipSync(code).length;
console.log(
  `${relative(root, outfile)}: ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip (${raw} / ${gzip} bytes)`,
);
