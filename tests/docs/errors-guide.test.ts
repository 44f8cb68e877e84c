/**
 * docs/errors.md documents every error code with an example that triggers it. The
 * examples themselves run in examples.test.ts (a `//=>` inside `catch` fails when
 * nothing is thrown); this test checks that each code has its section and an example
 * stating `err.code` as that code, and that no section names a code that does not exist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PAYBANDS_ERROR_CODES } from "../../src/errors/index.js";
import { REPO_ROOT } from "./run-example.js";

const guide = readFileSync(join(REPO_ROOT, "docs", "errors.md"), "utf8");
const sections = new Map(
  guide
    .split(/^## /m)
    .slice(1)
    .map((s) => [s.slice(0, s.indexOf("\n")).trim(), s] as const),
);

describe("docs/errors.md", () => {
  test.each([...PAYBANDS_ERROR_CODES])(
    "%s has a section with an example that throws it",
    (code) => {
      const section = sections.get(`\`${code}\``);
      expect(section, `add a "## \`${code}\`" section to docs/errors.md`).toBeDefined();
      const blocks = [...(section ?? "").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
      expect(
        blocks.some((b) => new RegExp(`err\\.code;\\n\\s*//=> "${code}"`).test(b)),
        `a \`\`\`ts block of the ${code} section must state err.code //=> "${code}"`,
      ).toBe(true);
      expect(
        blocks.some((b) => /err\.message;\n\s*\/\/=> "/.test(b)),
        `a \`\`\`ts block of the ${code} section must state err.message`,
      ).toBe(true);
    },
  );

  test("every section is a code that exists, in the order of PAYBANDS_ERROR_CODES", () => {
    expect([...sections.keys()]).toEqual(PAYBANDS_ERROR_CODES.map((c) => `\`${c}\``));
  });

  test("the table lists every code", () => {
    for (const code of PAYBANDS_ERROR_CODES) {
      expect(guide).toContain(`| [\`${code}\`](#${code.toLowerCase()})`);
    }
  });
});
