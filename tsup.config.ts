import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Library entries are platform-neutral (no Node built-ins) so they bundle for browsers;
// only the CLI targets Node. zod stays external (peer), decimal.js is a dependency.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      core: "src/core/index.ts",
      schemas: "src/schemas/index.ts",
      format: "src/format/index.ts",
      analysis: "src/analysis/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    splitting: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    external: ["zod", "decimal.js"],
    define: { __PAYBANDS_VERSION__: JSON.stringify(pkg.version) },
  },
]);
