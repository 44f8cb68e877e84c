/**
 * describePercentile / describeRank: the working behind a number. Amounts quoted here are
 * the SciPy reference values of ./scipy-reference.ts (senior band), rounded half-even.
 */
import { test as propTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  describePercentile,
  describeRank,
  interpolatePercentile,
  percentileRank,
} from "../../../src/core/index.js";
import type { PercentileBand } from "../../../src/schemas/band.js";
import { bandArb, LEVELS, METHODS, percentileArb } from "./helpers.js";

const senior = LEVELS.senior;
const oews: PercentileBand = {
  anchors: [
    { p: 10, amount: 60000 },
    { p: 25, amount: 80000 },
    { p: 50, amount: 150000 },
    { p: 75, amount: 239200, censored: true },
    { p: 90, amount: 239200, censored: true },
  ],
};

describe("describePercentile", () => {
  test("between two anchors", () => {
    expect(describePercentile(senior, 60)).toEqual({
      value: 222514,
      p: 60,
      method: "log-probit",
      tail: "extend",
      extrapolated: false,
      lowerBound: false,
      segment: { from: { p: 50, amount: 205000 }, to: { p: 75, amount: 255000 } },
      explanation: "p60 = $222,514: log-probit between p50 ($205,000) and p75 ($255,000)",
    });
  });

  test("at an anchor", () => {
    const d = describePercentile(senior, 75, { method: "pchip" });
    expect(d.value).toBe(255000);
    expect(d.explanation).toBe("p75 = $255,000: the p75 anchor");
    expect(d.extrapolated).toBe(false);
  });

  test.each([
    [
      "log-probit",
      "extend",
      95,
      "p95 = $339,497: log-probit tail above p90 ($305,000), continuing the p75–p90 segment (a log-normal tail)",
    ],
    [
      "linear",
      "extend",
      95,
      "p95 = $321,667: linear tail above p90 ($305,000), continuing the straight line through p75 and p90",
    ],
    [
      "pchip",
      "extend",
      10,
      "p10 = $138,300: pchip tail below p25 ($162,000), a straight line with the curve's end slope",
    ],
    [
      "log-probit",
      "pareto",
      99,
      "p99 = $478,305: Pareto tail above p90 ($305,000), alpha 5.118 fitted to p75 and p90",
    ],
    ["pchip", "clamp", 99, "p99 = $305,000: clamped to the top anchor p90 ($305,000)"],
    ["linear", "clamp", 5, "p5 = $162,000: clamped to the bottom anchor p25 ($162,000)"],
  ] as const)("%s / %s at p%s", (method, tail, p, explanation) => {
    const d = describePercentile(senior, p, { method, tail });
    expect(d.explanation).toBe(explanation);
    expect(d.extrapolated).toBe(true);
    expect(d.segment).toEqual(
      p > 90
        ? { tail: "above", anchor: { p: 90, amount: 305000 } }
        : { tail: "below", anchor: { p: 25, amount: 162000 } },
    );
  });

  test("rounding other than the default is named", () => {
    expect(describePercentile(senior, 60, { round: { step: 1000, mode: "up" } }).explanation).toBe(
      "p60 = $223,000 (rounded up to $1,000): log-probit between p50 ($205,000) and p75 ($255,000)",
    );
    expect(describePercentile(senior, 60, { round: "none" }).explanation).toBe(
      "p60 = $222,513.74: log-probit between p50 ($205,000) and p75 ($255,000)",
    );
  });

  test("censored bands: unaffected at or below the top uncensored anchor, a lower bound above", () => {
    const plain: PercentileBand = { anchors: oews.anchors.slice(0, 3) };
    for (const method of METHODS) {
      for (const p of [1, 10, 20, 33.3, 50]) {
        const d = describePercentile(oews, p, { method, round: "none" });
        expect(d.value).toBe(interpolatePercentile(plain, p, { method, round: "none" }));
        expect(d.lowerBound).toBe(false);
      }
      for (const p of [50.1, 60, 75, 80, 95]) {
        const d = describePercentile(oews, p, { method });
        expect(d.lowerBound).toBe(true);
        expect(d.explanation).toContain("≥");
        expect(d.explanation).toContain(
          "a lower bound, as the band is top-coded at $239,200 from p75",
        );
        expect(d.value).toBeGreaterThan(150000);
      }
      // At or above the first censored anchor the value is never below the top-code.
      for (const tail of ["extend", "clamp", "pareto", "error"] as const) {
        expect(describePercentile(oews, 75, { method, tail }).value).toBe(239200);
        expect(describePercentile(oews, 85, { method, tail }).value).toBeGreaterThanOrEqual(239200);
      }
    }
  });

  test("between censored anchors, clamp and error say 'at least the top-code'", () => {
    for (const tail of ["clamp", "error"] as const) {
      const d = describePercentile(oews, 85, { tail });
      expect(d).toMatchObject({
        value: 239200,
        lowerBound: true,
        extrapolated: false,
        segment: { from: { p: 75, amount: 239200 }, to: { p: 90, amount: 239200 } },
      });
      expect(d.explanation).toBe(
        "p85 ≥ $239,200: between the censored anchors p75 and p90, known only to be at least the top-code $239,200; a lower bound, as the band is top-coded at $239,200 from p75",
      );
    }
    expect(describePercentile(oews, 95, { tail: "clamp" }).value).toBe(239200);
  });
});

describe("describeRank", () => {
  test("between two anchors", () => {
    expect(describeRank(senior, 231000, { decimals: 2 })).toEqual({
      value: 64.39,
      amount: 231000,
      method: "log-probit",
      tail: "extend",
      extrapolated: false,
      upperBound: false,
      segment: { from: { p: 50, amount: 205000 }, to: { p: 75, amount: 255000 } },
      explanation: "$231,000 is p64.39: log-probit between p50 ($205,000) and p75 ($255,000)",
    });
  });

  test("tails and clamping", () => {
    expect(describeRank(senior, 400000, { tail: "clamp" }).explanation).toBe(
      "$400,000 is p90: clamped to the top anchor p90 ($305,000)",
    );
    const d = describeRank(senior, 450000, { tail: "pareto" });
    expect(d.extrapolated).toBe(true);
    expect(d.segment).toEqual({ tail: "above", anchor: { p: 90, amount: 305000 } });
    expect(d.explanation).toMatch(/^\$450,000 is p98\.63: Pareto tail above p90/);
  });

  test("censored bands: an upper bound above the top uncensored anchor", () => {
    expect(describeRank(oews, 100000).upperBound).toBe(false);
    const d = describeRank(oews, 200000, { decimals: 1 });
    expect(d.upperBound).toBe(true);
    expect(d.explanation).toMatch(/^\$200,000 is at most p\d+(\.\d)?: .*an upper bound/);
    expect(describeRank(oews, 239200).value).toBe(75);
  });
});

describe("both", () => {
  propTest.prop([
    bandArb,
    percentileArb,
    fc.constantFrom(...METHODS),
    fc.constantFrom("extend", "clamp", "pareto" as const),
  ])(
    "agree with interpolatePercentile / percentileRank and are plain JSON",
    (band, p, method, tail) => {
      let d: ReturnType<typeof describePercentile>;
      try {
        d = describePercentile(band, p, { method, tail });
      } catch {
        return; // a tail with no usable amount throws in both (see errors.test.ts)
      }
      expect(d.value).toBe(interpolatePercentile(band, p, { method, tail }));
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
      const r = describeRank(band, d.value, { method, tail });
      expect(r.value).toBe(percentileRank(band, d.value, { method, tail }));
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(typeof r.explanation).toBe("string");
      expect(r.explanation).not.toMatch(/NaN|undefined|Infinity/);
      expect(d.explanation).not.toMatch(/NaN|undefined|Infinity/);
    },
  );
});
