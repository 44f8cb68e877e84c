import { test as propTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addRanges,
  composeRanges,
  type MoneyRange,
  makeRange,
  scaleRange,
  sumRanges,
} from "../../../src/core/index.js";
import { thrown } from "../../helpers/thrown.js";

/** Ranges of whole cents (so exact results are known from integer arithmetic). */
const centsRange = fc
  .tuple(fc.integer({ min: -1e10, max: 1e10 }), fc.integer({ min: -1e10, max: 1e10 }))
  .map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));
const toMoney = ([a, b]: readonly [number, number]): MoneyRange => [a / 100, b / 100];

describe("makeRange", () => {
  test("a pair or a single number", () => {
    expect(makeRange(150000, 180000)).toEqual([150000, 180000]);
    expect(makeRange(205000)).toEqual([205000, 205000]);
    expect(makeRange(-0.05, 0.1)).toEqual([-0.05, 0.1]);
    expect(Object.isFrozen(makeRange(1, 2))).toBe(true);
  });
  test.each<[unknown, unknown, (string | number)[]]>([
    [2, 1, ["high"]],
    [Number.NaN, 1, ["low"]],
    [1, Number.POSITIVE_INFINITY, ["high"]],
    ["1", 2, ["low"]],
    [1, null, ["high"]],
    [1e16, 1e16, ["low"]],
  ])("makeRange(%s, %s) → INVALID_RANGE", (low, high, path) => {
    const err = thrown(() => makeRange(low as number, high as number));
    expect(err.code).toBe("INVALID_RANGE");
    expect(err.path).toEqual(path);
  });
});

describe("golden values", () => {
  test("add, scale, sum, compose", () => {
    expect(addRanges([205000, 205000], [30000, 60000])).toEqual([235000, 265000]);
    expect(addRanges([0.1, 0.2], [0.05, 0.1], "none")).toEqual([0.15, 0.3]);
    expect(scaleRange([150000, 200000], [1.1, 1.2])).toEqual([165000, 240000]);
    expect(scaleRange(205000, 1.15)).toEqual([235750, 235750]);
    expect(scaleRange([100, 200], [-1, 2], "none")).toEqual([-200, 400]);
    expect(scaleRange([162500, 163500], 1, 1000)).toEqual([162000, 164000]);
    expect(sumRanges([[205000, 205000], [20500, 30750], [15000, 30000], 10000])).toEqual([
      250500, 275750,
    ]);
    expect(sumRanges([])).toEqual([0, 0]);
    // 205000 × 1.05 × [1.10, 1.15] + [30000, 60000] = [266775, 307537.5] → half-even once.
    expect(
      composeRanges(205000, [{ scale: 1.05 }, { scale: [1.1, 1.15] }, { add: [30000, 60000] }]),
    ).toEqual([266775, 307538]);
    expect(
      composeRanges(
        205000,
        [{ scale: 1.05 }, { scale: [1.1, 1.15] }, { add: [30000, 60000] }],
        "none",
      ),
    ).toEqual([266775, 307537.5]);
  });

  test("rounding happens once, at the end", () => {
    // Rounding each step would give 1 + 1 + 1 = 3; the exact total is 1.5 → 2.
    expect(sumRanges([0.5, 0.5, 0.5])).toEqual([2, 2]);
    expect(composeRanges(0.5, [{ add: 0.5 }, { add: 0.5 }])).toEqual([2, 2]);
    expect(composeRanges([1.005, 1.005], [{ scale: 100 }], "none")).toEqual([100.5, 100.5]);
  });
});

describe("properties", () => {
  propTest.prop([centsRange, centsRange])("addRanges is exact (integer cents oracle)", (a, b) => {
    expect(addRanges(toMoney(a), toMoney(b), "none")).toEqual([
      (a[0] + b[0]) / 100,
      (a[1] + b[1]) / 100,
    ]);
  });

  propTest.prop([
    centsRange,
    fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -300, max: 300 })),
  ])("scaleRange is interval multiplication, sorted low <= high", (r, [f, g]) => {
    const factor: MoneyRange = f <= g ? [f / 100, g / 100] : [g / 100, f / 100];
    const [low, high] = scaleRange(toMoney(r), factor, "none");
    expect(low).toBeLessThanOrEqual(high);
    const products = [r[0] * f, r[0] * g, r[1] * f, r[1] * g].map((c) => c / 10000);
    expect(low).toBe(Math.min(...products) || 0);
    expect(high).toBe(Math.max(...products) || 0);
  });

  propTest.prop([
    fc.array(centsRange, { maxLength: 10 }),
    fc.constantFrom(1 as const, 100 as const, 1000 as const, "none" as const),
  ])("sumRanges adds the ends and rounds each once", (ranges, round) => {
    const lows = ranges.reduce((s, r) => s + r[0], 0);
    const highs = ranges.reduce((s, r) => s + r[1], 0);
    const [low, high] = sumRanges(ranges.map(toMoney), round);
    expect(low).toBeLessThanOrEqual(high);
    if (round === "none") {
      expect([low, high]).toEqual([lows / 100 || 0, highs / 100 || 0]);
    } else {
      expect(Math.abs(low - lows / 100)).toBeLessThanOrEqual(round / 2);
      expect(Math.abs(high - highs / 100)).toBeLessThanOrEqual(round / 2);
    }
  });

  propTest.prop([
    centsRange,
    fc.array(
      fc.oneof(
        centsRange.map((r) => ({ add: toMoney(r) })),
        fc.integer({ min: 50, max: 200 }).map((f) => ({ scale: f / 100 })),
      ),
      { maxLength: 5 },
    ),
  ])("composeRanges contains every outcome of picking one value per step", (start, steps) => {
    const [low, high] = composeRanges(toMoney(start), steps, "none");
    expect(low).toBeLessThanOrEqual(high);
    // The two ends of the start pushed through the steps with the matching ends of each step.
    const run = (pick: 0 | 1) =>
      steps.reduce(
        (x, s) => ("add" in s ? x + (s.add as MoneyRange)[pick] : x * (s.scale as number)),
        start[pick] / 100,
      );
    expect(Math.abs(low - run(0))).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(run(0))));
    expect(Math.abs(high - run(1))).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(run(1))));
  });
});

describe("bad input", () => {
  test.each<[string, () => unknown, string, (string | number)[]]>([
    ["unsorted range", () => addRanges([2, 1], [0, 0]), "INVALID_RANGE", ["a", 1]],
    ["three ends", () => addRanges([1, 2, 3] as never, 1), "INVALID_RANGE", ["a"]],
    ["NaN end", () => scaleRange([1, Number.NaN], 2), "INVALID_RANGE", ["range", 1]],
    ["string factor", () => scaleRange([1, 2], "2" as never), "INVALID_RANGE", ["factor"]],
    ["bad list", () => sumRanges("x" as never), "INVALID_RANGE", ["ranges"]],
    ["bad item", () => sumRanges([[1, 2], [3]] as never), "INVALID_RANGE", ["ranges", 1]],
    [
      "unknown step",
      () => composeRanges(1, [{ times: 2 }] as never),
      "INVALID_OPTION",
      ["steps", 0],
    ],
    [
      "two-key step",
      () => composeRanges(1, [{ add: 1, scale: 2 }] as never),
      "INVALID_OPTION",
      ["steps", 0],
    ],
    [
      "bad step value",
      () => composeRanges(1, [{ add: [2, 1] }]),
      "INVALID_RANGE",
      ["steps", 0, "add", 1],
    ],
    ["bad rounding", () => addRanges(1, 1, 10 as never), "INVALID_OPTION", ["round"]],
    ["overflow", () => scaleRange([1e15, 1e15], 10), "INVALID_RANGE", []],
  ])("%s", (_name, call, code, path) => {
    const err = thrown(call);
    expect(err.code).toBe(code);
    expect(err.path).toEqual(path);
    expect(err.message.length).toBeGreaterThan(20);
  });
});
