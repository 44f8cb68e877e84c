import { defineConfig } from "vitest/config";

// The notebook suite: `npm run test:notebook` (scripts/ci-notebook.sh installs Jupyter and the
// tslab kernel first). It packs the built package, installs it in a temporary folder and
// executes examples/notebooks/analyst.ipynb there with `jupyter nbconvert --execute`.
export default defineConfig({
  test: {
    include: ["tests/notebook/**/*.notebook.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-notebook.json" }]],
  },
});
