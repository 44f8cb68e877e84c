import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser and notebook suites have their own configs and scripts.
    exclude: ["tests/browser/**", "tests/notebook/**", "node_modules/**"],
    environment: "node",
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-unit.json" }]],
  },
});
