/**
 * The API reference groups exports by `@category` (see docs/CONTRIBUTING.md). A tag
 * must name a category of typedoc.json `categoryOrder`, and every export of every
 * documented entry has one.
 */
import { describe, expect, test } from "vitest";
import { allowedCategories, listExports, readTypedocConfig } from "./categories.js";
import { REPO_ROOT } from "./run-example.js";

const REQUIRE_CATEGORY = true;

describe("@category tags of the exports", () => {
  const config = readTypedocConfig(REPO_ROOT);
  const allowed = allowedCategories(config);
  const exports = listExports(REPO_ROOT, config);

  test("the documented entries have exports", () => {
    expect(exports.length).toBeGreaterThan(0);
  });

  test("every @category names a category of typedoc.json categoryOrder", () => {
    const wrong = exports
      .filter((e) => e.categories.some((c) => !allowed.includes(c)))
      .map((e) => `${e.at}: ${e.name} has @category ${e.categories.join(", ")}`);
    expect(wrong, `allowed: ${allowed.join(", ")}`).toEqual([]);
  });

  test("exports without a @category", async ({ annotate }) => {
    // One line per declaration (an export of two entries is listed once).
    const byDeclaration = new Map(
      exports.filter((e) => e.categories.length === 0).map((e) => [e.at, e.name]),
    );
    const missing = [...byDeclaration].sort().map(([at, name]) => `${at}: ${name}`);
    if (missing.length > 0) {
      await annotate(`${missing.length} export(s) without @category:\n${missing.join("\n")}`);
    }
    if (REQUIRE_CATEGORY) expect(missing).toEqual([]);
  }, 60_000);
});
