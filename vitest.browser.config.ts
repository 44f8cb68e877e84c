import { defineConfig } from "vitest/config";

// The real-browser suite: `npm run test:browser` builds the library and the widget, then
// runs this. Chromium is Debian's (/usr/bin/chromium), driven by playwright-core.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.browser.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-browser.json" }]],
  },
});
