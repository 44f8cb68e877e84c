import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser and notebook suites have their own configs and scripts.
    exclude: ["tests/browser/**", "tests/notebook/**", "node_modules/**"],
    environment: "node",
    // With coverage on (npm run test:unit) and two shared cores, the schema fuzz test's
    // 5 s default was not always enough (tests/schemas/safe-parse-fuzz.test.ts timed out
    // at 5 s under load, passing alone); no unit test is meant to be near this limit.
    testTimeout: 20_000,
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-unit.json" }]],
    // On with --coverage (npm run test:unit); docs/reliability.md has the figures.
    coverage: {
      provider: "v8",
      include: ["src/**"],
      // src/cli/main.ts only wires process.argv and stdout to run(); it runs only as the
      // built binary in a child process (tests/cli/binary.test.ts), which v8 coverage of
      // this process cannot see. Everything else in src/ runs in-process, generated data
      // literals included.
      exclude: ["src/cli/main.ts"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "coverage",
      // npm test fails below these (docs/reliability.md, "Coverage").
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
