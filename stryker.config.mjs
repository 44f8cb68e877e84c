// Mutation testing of src/core (npm run test:mutation); see docs/reliability.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  // Type-only files and re-export barrels have no behaviour to mutate.
  mutate: ["src/core/**/*.ts", "!src/core/**/types.ts", "!src/core/**/index.ts"],
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants such as the method and tail lists) are active
  // while modules load, so each one needs the whole suite (~30 s net of tests, plus
  // vitest's overhead): 80 of them took over half the estimated run. They are reported as
  // "ignored", not scored; docs/reliability.md lists them.
  ignoreStatic: true,
  thresholds: { high: 90, low: 85, break: 85 },
  // The machine's two cores are shared; one or two test workers at most.
  concurrency: 2,
  reporters: ["clear-text", "html", "json", "progress"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Re-runs only test mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
};
