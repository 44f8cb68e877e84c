/**
 * Tests of the doc-example runner itself, on small fixtures: what it extracts, and that a
 * wrong example fails (and a right one passes).
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  buildExampleModule,
  type Example,
  extractMarkdownExamples,
  extractTsdocExamples,
  isExpression,
} from "./extract-examples.js";
import {
  formatLiteral,
  makeSpecifierResolver,
  prepareExample,
  prepareOutDir,
  runExample,
} from "./run-example.js";

const outDir = prepareOutDir("doc-examples-selftest");

/** One ```ts block of markdown, as an example of file `fixture-<n>.md`. */
let fixtures = 0;
function md(code: string): Example {
  fixtures++;
  const found = extractMarkdownExamples(
    `fixture-${fixtures}.md`,
    `# Title\n\n\`\`\`ts\n${code}\n\`\`\`\n`,
  );
  const [example] = found;
  if (!example || found.length !== 1) throw new Error("fixture must hold exactly one block");
  return example;
}

async function run(code: string) {
  return runExample(md(code), outDir);
}

describe("extracting TSDoc @example blocks", () => {
  const source = [
    "import { x } from './x.js';", // 1
    "", // 2
    "/**", // 3
    " * Summary with an inline `@example` mention that is not a tag.", // 4
    " *", // 5
    " * @example", // 6
    " * ```ts", // 7
    ' * import { getLevel } from "paybands";', // 8
    " * @decorated;", // 9: a code line starting with @ does not end the tag
    ' * getLevel("senior").id;', // 10
    ' * //=> "senior"', // 11
    " * ```", // 12
    " * ```sh", // 13
    " * npx paybands levels", // 14
    " * ```", // 15
    " * @param a - not an example:", // 16
    " * ```ts", // 17
    " * notAnExample();", // 18
    " * ```", // 19
    " * @example", // 20
    " * Plain text, no fence.", // 21
    " */", // 22
    "export function f(a: number): number { return a; }", // 23
    "/** @example", // 24
    " * ```typescript", // 25
    " *   indented();", // 26
    " * ```", // 27
    " */", // 28
    "export const g = 1;", // 29
    "// /** not a doc comment @example ```ts nope() ``` */", // 30
  ].join("\n");
  const examples = extractTsdocExamples("src/f.ts", source);

  test("finds the ts blocks of @example sections only, with their lines", () => {
    expect(examples.map((e) => [e.line, e.code, e.problems.length])).toEqual([
      [
        7,
        'import { getLevel } from "paybands";\n@decorated;\ngetLevel("senior").id;\n//=> "senior"',
        0,
      ],
      [20, "", 1],
      [25, "  indented();", 0],
    ]);
  });

  test("maps each code line to its line in the file", () => {
    expect(examples[0]?.lineMap).toEqual([8, 9, 10, 11]);
  });

  test("an @example with no code fence is a problem", () => {
    expect(examples[1]?.problems[0]).toMatch(/no ```ts code fence/);
  });

  test("the repository's own sources yield examples", () => {
    const text = readFileSync(new URL("../../src/bound/get-level.ts", import.meta.url), "utf8");
    expect(extractTsdocExamples("src/bound/get-level.ts", text).length).toBeGreaterThan(0);
  });
});

describe("extracting markdown ```ts blocks", () => {
  const doc = [
    "# Doc", // 1
    "```ts", // 2
    "a();", // 3
    "```", // 4
    "```sh", // 5
    "npm test", // 6
    "```", // 7
    "- a list item:", // 8
    "  ```typescript", // 9
    "  b();", // 10
    "  ```", // 11
    "````md", // 12
    "```ts", // 13
    "notRun();", // 14
    "```", // 15
    "````", // 16
    "```ts skip", // 17
    "notRunEither();", // 18
    "```", // 19
  ].join("\n");
  const examples = extractMarkdownExamples("docs/x.md", doc);

  test("finds ts blocks (indented too), not other languages or fences nested in fences", () => {
    expect(examples.map((e) => [e.line, e.code, e.skip])).toEqual([
      [2, "a();", false],
      [9, "b();", false],
      [17, "notRunEither();", true],
    ]);
    expect(examples[1]?.lineMap).toEqual([10]);
  });

  test("an unclosed fence is a problem", () => {
    const [open] = extractMarkdownExamples("docs/y.md", "```ts\nx();\n");
    expect(open?.problems).toEqual(["the code fence is never closed"]);
  });
});

describe("generating the module", () => {
  const build = (code: string) =>
    buildExampleModule(md(code), {
      runtimeSpecifier: "./runtime.ts",
      contextKey: "k",
      resolveSpecifier: makeSpecifierResolver(outDir),
    });

  test("rewrites the package's entries to the source files and keeps the lines", () => {
    const mod = build(
      'import { getLevel } from "paybands";\nimport type { Level } from "paybands/schemas";\nx;',
    );
    expect(mod.problems).toEqual([]);
    const lines = mod.code.split("\n");
    expect(lines[0]).toMatch(/from "(\.\.\/)+src\/index\.ts";$/);
    expect(lines[1]).toMatch(/^import type \{ Level \} from "(\.\.\/)+src\/schemas\/index\.ts";$/);
    expect(lines[2]).toBe("x;");
  });

  test("refuses relative imports, deep imports and entries the package does not export", () => {
    const mod = build(
      'import a from "./a";\nimport b from "paybands/src/x";\nimport c from "paybands/nope";',
    );
    expect(mod.problems).toHaveLength(3);
    expect(mod.problems[0]).toMatch(/:4: relative import/);
    expect(mod.problems[2]).toMatch(/"paybands\/nope" is not a public entry/);
  });

  test("leaves other packages alone", () => {
    expect(build('import * as z from "zod";').code).toContain('from "zod"');
  });

  test("a //=> must follow an expression statement", () => {
    const mod = build("const x = 1;\n//=> 1");
    expect(mod.problems[0]).toMatch(/must follow an expression statement, not a declaration/);
    expect(build("//=> 1\nx;").problems[0]).toMatch(/nothing comes before it/);
  });

  test("a //=> must hold a JS literal", () => {
    expect(build("x;\n//=> [1, 2").problems[0]).toMatch(/is not a JS literal/);
  });

  test("`// =>` with a space is flagged rather than silently ignored", () => {
    expect(build("x;\n// => 1").problems[0]).toMatch(/no space before/);
  });

  test("two //=> for one statement are flagged", () => {
    expect(build("x;\n//=> 1\n//=> 2").problems[0]).toMatch(/two `\/\/=>` lines/);
  });

  test("an if with a single statement checks that statement", () => {
    const mod = build("if (true) f();\n//=> 1");
    expect(mod.problems).toEqual([]);
    expect(mod.expectations[0]?.expression).toBe("f()");
  });

  test("isExpression", () => {
    expect(isExpression('{ a: 1, "b-c": [1, "x"] }')).toBe(true);
    expect(isExpression("[1, 2")).toBe(false);
    expect(isExpression("")).toBe(false);
  });
});

describe("running examples", () => {
  test("a right example passes", async () => {
    const r = await run('import { getLevel } from "paybands";\ngetLevel("sr").id;\n//=> "senior"');
    expect(r).toEqual({ ok: true, messages: [], checks: 1 });
  });

  test("a wrong value fails, saying where, what it printed and what //=> says", async () => {
    const ex = md('import { getLevel } from "paybands";\ngetLevel("sr").id;\n//=> "staff"');
    const r = await runExample(ex, outDir);
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual([
      `${ex.file}:6: getLevel("sr").id\n  //=> says: "staff"\n  actual:    "senior"`,
    ]);
  });

  test("a multi-line expression is checked as a whole", async () => {
    const r = await run(
      ["[1, 2, 3]", "  .map((n) => n * 2)", "  .filter((n) => n > 2);", "//=> [4, 6]"].join("\n"),
    );
    expect(r).toEqual({ ok: true, messages: [], checks: 1 });
  });

  test("a literal may continue on the following // lines", async () => {
    const r = await run(
      ["({ a: 1, b: [2, 3] });", "//=> {", "//   a: 1,", "//   b: [2, 3],", "// }"].join("\n"),
    );
    expect(r).toEqual({ ok: true, messages: [], checks: 1 });
  });

  test("a //=> on the statement's own line", async () => {
    expect((await run("1 + 1; //=> 2")).ok).toBe(true);
    expect((await run("1 + 1; //=> 3")).ok).toBe(false);
  });

  test("deep equality: arrays, objects, frozen values", async () => {
    const r = await run(
      "Object.freeze({ a: Object.freeze([1, { b: 2 }]) });\n//=> { a: [1, { b: 2 }] }",
    );
    expect(r.ok).toBe(true);
  });

  test("every //=> of an example is checked, not just the first", async () => {
    const r = await run("1;\n//=> 2\n3;\n//=> 4\n5;\n//=> 5");
    expect(r.ok).toBe(false);
    expect(r.messages).toHaveLength(2);
    expect(r.checks).toBe(3);
  });

  test("a try/catch example passes when the error has the stated fields", async () => {
    const r = await run(
      [
        'import { getMetro } from "paybands";',
        "try {",
        '  getMetro("seatle");',
        "} catch (err) {",
        "  err.code;",
        '  //=> "UNKNOWN_METRO"',
        "  err.path;",
        "  //=> []",
        "}",
      ].join("\n"),
    );
    expect(r.messages.join("\n")).toMatch(/err\.path\n {2}\/\/=> says: \[\]\n {2}actual: {4}\[/);
    expect(r.checks).toBe(2);
  });

  test("a try/catch example whose catch never runs fails", async () => {
    const ex = md(
      [
        'import { getMetro } from "paybands";',
        "try {",
        '  getMetro("seattle");',
        "} catch (err) {",
        "  err.code;",
        '  //=> "UNKNOWN_METRO"',
        "}",
      ].join("\n"),
    );
    const r = await runExample(ex, outDir);
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual([
      `${ex.file}:9: this \`//=>\` check never ran (it is in a catch block, and nothing was thrown)`,
    ]);
  });

  test("an example without //=> runs (and passes if it does not throw)", async () => {
    expect(await run('import { getLevel } from "paybands";\ngetLevel("senior");')).toEqual({
      ok: true,
      messages: [],
      checks: 0,
    });
  });

  test("an example that throws fails, naming the line in the example's file", async () => {
    const ex = md('import { getLevel } from "paybands";\nconst a = 1;\ngetLevel("nope");');
    const r = await runExample(ex, outDir);
    expect(r.ok).toBe(false);
    expect(r.messages[0]).toMatch(/the example threw:\nPaybandsError: Unknown level/);
    expect(r.messages[0]).toContain(`at ${ex.file}:6`);
  });

  test("a //=> literal that cannot be evaluated fails and says why", async () => {
    const r = await run("1;\n//=> NOT_DEFINED");
    expect(r.ok).toBe(false);
    expect(r.messages[0]).toMatch(/could not be evaluated: NOT_DEFINED is not defined/);
  });

  test("an example with problems is not run, and fails", async () => {
    const prepared = prepareExample(md("const x = 1;\n//=> 1"), outDir);
    expect(prepared.problems).toHaveLength(1);
    const r = await runExample(prepared.example, outDir);
    expect(r.ok).toBe(false);
  });
});

test("formatLiteral writes values as JS literals", () => {
  expect(formatLiteral({ a: [1, "x", null, undefined], "b-c": -0, d: { e: true } })).toBe(
    '{ a: [1, "x", null, undefined], "b-c": -0, d: { e: true } }',
  );
  expect(formatLiteral(new Map([[1, 2]]))).toBe("Map(1) { 1 => 2 }");
});
