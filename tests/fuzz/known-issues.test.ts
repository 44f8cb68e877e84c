/**
 * Keeps tests/fuzz/known-issues.ts honest: every entry must still fail today (so a fix
 * shows up here as "remove this entry"), and must match its own input (so the
 * predicate really covers the bug it documents).
 */
import { describe, expect, it } from "vitest";
import * as analysis from "../../src/analysis/index.js";
import * as core from "../../src/core/index.js";
import { isPaybandsError } from "../../src/errors/index.js";
import * as format from "../../src/format/index.js";
import * as root from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import { malformation } from "./fuzz-config.js";
import { KNOWN_ISSUES } from "./known-issues.js";

const ENTRIES: Record<string, Readonly<Record<string, unknown>>> = {
  root,
  core,
  schemas,
  format,
  analysis,
};

describe("known fuzz issues", () => {
  it("each entry still breaks the contract on its input, and its predicate matches it", () => {
    for (const issue of KNOWN_ISSUES) {
      const input = issue.input();
      expect(issue.matches(input), `${issue.name}: predicate misses its own input`).toBe(true);
      const fn = ENTRIES[issue.entry]?.[issue.name] as (...a: readonly unknown[]) => unknown;
      let broken: boolean;
      try {
        broken = malformation(fn(...input)) !== undefined;
      } catch (e) {
        broken = !isPaybandsError(e);
      }
      expect(broken, `${issue.name} is fixed: remove it from known-issues.ts`).toBe(true);
    }
  });
});
