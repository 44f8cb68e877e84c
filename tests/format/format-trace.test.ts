import { describe, expect, test } from "vitest";
import type { TraceStep } from "../../src/core/index.js";
import { formatTrace } from "../../src/format/index.js";
import { applyLevers, estimateCompensation, evaluateOffer } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";

const step = (text: string): TraceStep => ({
  key: "k",
  label: "l",
  op: "given",
  inputs: [],
  result: 1,
  text,
});

describe("formatTrace", () => {
  test("one line per step, its text, in order", () => {
    const e = estimateCompensation({ level: "senior", metro: "seattle" });
    const lines = formatTrace(e.trace);
    expect(lines).toEqual(e.trace.map((s) => s.text));
    expect(lines).toContain(
      "base at p50 in seattle: US base × pay factor = 205,000 × 1.26 = 258,300",
    );
  });

  test("numbered", () => {
    expect(formatTrace([step("a = 1"), step("b = 2")], { numbered: true })).toEqual([
      "1. a = 1",
      "2. b = 2",
    ]);
    expect(formatTrace([step("a = 1")], { numbered: false })).toEqual(["a = 1"]);
    const lines = formatTrace(evaluateOffer({ base: 250000 }, { level: "senior" }).trace, {
      numbered: true,
    });
    expect(lines[9]?.startsWith("10. ")).toBe(true);
  });

  test("every kind of result", () => {
    const r = applyLevers({ base: 200000 }, ["competing-offer"]);
    expect(formatTrace(r.trace).length).toBe(r.trace.length);
    expect(formatTrace([])).toEqual([]);
  });

  test("the result is a fresh, mutable array", () => {
    const trace = [step("x")];
    const lines = formatTrace(trace);
    lines.push("y");
    expect(formatTrace(trace)).toEqual(["x"]);
  });

  test("bad input → INVALID_INPUT with the path of the step", () => {
    const cases: [unknown, (string | number)[]][] = [
      [undefined, ["trace"]],
      ["a = 1", ["trace"]],
      [{ text: "a" }, ["trace"]],
      [
        [step("ok"), null],
        ["trace", 1, "text"],
      ],
      [
        [step("ok"), { ...step("x"), text: 3 }],
        ["trace", 1, "text"],
      ],
      [["a = 1"], ["trace", 0, "text"]],
    ];
    for (const [trace, path] of cases) {
      const e = thrown(() => formatTrace(trace as TraceStep[]));
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.path).toEqual(path);
    }
  });

  test("bad options → INVALID_OPTION", () => {
    expect(thrown(() => formatTrace([], { numbered: 1 as unknown as boolean })).path).toEqual([
      "numbered",
    ]);
    expect(thrown(() => formatTrace([], { locale: "de" } as never)).code).toBe("INVALID_OPTION");
  });
});
