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
  // Blocks marked ```ts skip are not TypeScript that can run (they show syntax); they
  // are not registered as tests at all, and the test below bounds where they may be.
  const inGroup = prepared.filter((p) => group(p.example) === name && !p.example.skip);
  if (inGroup.length === 0) continue;
  describe(name, () => {
    for (const p of inGroup) {
      const label =
        p.expectations.length === 0 ? `${where(p.example)} (no //=>)` : where(p.example);
      // A long timeout: the first example to run compiles the sources.
      test(label, async () => {
        const result = await runPreparedExample(p);
        if (!result.ok) throw new Error(result.messages.join("\n\n"));
      }, 30_000);
    }
  });
}

describe("the examples as a whole", () => {
  test("there are examples in README.md and in the TSDoc of src/", () => {
    expect(examples.some((e) => e.file === "README.md")).toBe(true);
    expect(examples.some((e) => e.kind === "tsdoc")).toBe(true);
  });

  test("every TSDoc example checks its output with //=>", () => {
    const unchecked = prepared
      .filter(
        (p) => p.example.kind === "tsdoc" && p.problems.length === 0 && p.expectations.length === 0,
      )
      .map((p) => where(p.example));
    expect(unchecked).toEqual([]);
  });

  test("only the contributing guide has blocks marked skip (it shows the syntax)", () => {
    const skipped = examples.filter((e) => e.skip && e.file !== "docs/CONTRIBUTING.md").map(where);
    expect(skipped).toEqual([]);
  });

  test("the examples typecheck (strict; `catch (err)` gives `any`; indexing is unchecked)", () => {
    // Blocks marked skip show syntax (a signature, a fragment): listed, neither run nor typechecked.
    const diagnostics = typecheckExamples(
      prepared.filter((p) => p.problems.length === 0 && !p.example.skip),
    );
    if (diagnostics.length > 0) throw new Error(diagnostics.join("\n\n"));
  }, 120_000);
});

describe("entries", () => {
  test("typedoc.json documents every entry of package.json exports, and only those", () => {
    const typedoc = readTypedocConfig(REPO_ROOT);
    expect([...typedoc.entryPoints].sort()).toEqual([...publicEntries().values()].sort());
  });
});
