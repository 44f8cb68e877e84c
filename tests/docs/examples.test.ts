/**
 * Runs every example of the docs: the `@example` blocks of the TSDoc comments in src/
 * and the ```ts blocks of README.md and docs/*.md, checking each `//=>` line.
 * How to write one: docs/CONTRIBUTING.md.
 */
import { describe, expect, test } from "vitest";
import { readTypedocConfig } from "./categories.js";
import { collectExamples, type Example } from "./extract-examples.js";
import {
  type PreparedExample,
  prepareExample,
  prepareOutDir,
  publicEntries,
  REPO_ROOT,
  runPreparedExample,
} from "./run-example.js";
import { typecheckExamples } from "./typecheck-examples.js";

const examples = collectExamples(REPO_ROOT);
const outDir = prepareOutDir("doc-examples");
const prepared: PreparedExample[] = examples.map((ex) => prepareExample(ex, outDir));

const where = (ex: Example): string => `${ex.file}:${ex.line}`;

function group(ex: Example): string {
  if (ex.kind === "tsdoc") return "TSDoc @example blocks in src/";
  return ex.file === "README.md" ? "README.md" : "docs/*.md";
}

for (const name of ["README.md", "docs/*.md", "TSDoc @example blocks in src/"]) {
  const inGroup = prepared.filter((p) => group(p.example) === name);
  if (inGroup.length === 0) continue;
  describe(name, () => {
    for (const p of inGroup) {
      const label =
        p.expectations.length === 0 ? `${where(p.example)} (no //=>)` : where(p.example);
      // A long timeout: the first example to run compiles the sources.
      test.skipIf(p.example.skip)(
        label,
        async () => {
          const result = await runPreparedExample(p);
          if (!result.ok) throw new Error(result.messages.join("\n\n"));
        },
        30_000,
      );
    }
  });
}

describe("the examples as a whole", () => {
  test("there are examples in README.md and in the TSDoc of src/", () => {
    expect(examples.some((e) => e.file === "README.md")).toBe(true);
    expect(examples.some((e) => e.kind === "tsdoc")).toBe(true);
  });

  test("examples without a //=> check (they run, but check nothing)", async ({ annotate }) => {
    const unchecked = prepared
      .filter((p) => p.problems.length === 0 && p.expectations.length === 0 && !p.example.skip)
      .map((p) => where(p.example));
    if (unchecked.length > 0) {
      await annotate(`${unchecked.length} example(s) without //=>:\n${unchecked.join("\n")}`);
    }
    // Listed, not failing: an example may show a call whose value is not the point.
    expect(unchecked).toEqual(expect.any(Array));
  });

  test("examples marked skip", async ({ annotate }) => {
    const skipped = examples.filter((e) => e.skip).map(where);
    if (skipped.length > 0) {
      await annotate(`${skipped.length} example(s) marked skip:\n${skipped.join("\n")}`);
    }
    expect(skipped).toEqual(expect.any(Array));
  });

  test("the examples typecheck (strict; `catch (err)` gives `any`; indexing is unchecked)", () => {
    const diagnostics = typecheckExamples(prepared.filter((p) => p.problems.length === 0));
    if (diagnostics.length > 0) throw new Error(diagnostics.join("\n\n"));
  }, 120_000);
});

describe("entries", () => {
  test("typedoc.json documents every entry of package.json exports, and only those", () => {
    const typedoc = readTypedocConfig(REPO_ROOT);
    expect([...typedoc.entryPoints].sort()).toEqual([...publicEntries().values()].sort());
  });
});
