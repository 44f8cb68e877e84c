import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// The unit suite as Stryker runs it on src/core mutants (stryker.config.mjs). Left out,
// because they cannot see a mutant in src/ or cost far more per mutant than they add:
// - tests/cli/binary.test.ts and tests/package/**: they run the built dist/ (a child
//   process, an esbuild bundle), not the instrumented src/ Stryker mutates;
// - tests/docs/**: each run compiles every TSDoc/README example with the TypeScript
//   compiler (~13 s) before running it; the behaviour the examples show is asserted by
//   the unit tests in tests/core/**, which Stryker runs.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        "tests/browser/**",
        "tests/notebook/**",
        "tests/docs/**",
        "tests/package/**",
        "tests/cli/binary.test.ts",
        "node_modules/**",
      ],
      setupFiles: ["tests/helpers/fixed-seed.ts"],
      // Every mutant re-runs the tests that reach it: the differential tests' million-row
      // runs and the fuzz suite's 200 runs per property would make each such mutant cost
      // a minute. Smaller counts still compare every code path with the references.
      env: {
        DIFF_ROWS: "5000",
        LINEAR_ROWS: "20000",
        LOG_PROBIT_ROWS: "1000",
        LOG_RANK_ROWS: "1000",
        FUZZ_RUNS: "50",
      },
      // Stryker reads results through its own reporter; no JSON file for CI here.
      reporters: ["default"],
    },
  }),
);
