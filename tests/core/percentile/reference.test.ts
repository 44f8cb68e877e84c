/**
 * Reference tests: every figure below was computed independently of paybands, with
 * SciPy 1.10 / NumPy 1.24 (scipy.stats.norm, scipy.interpolate.PchipInterpolator,
 * numpy.interp, scipy.optimize.brentq, fractions.Fraction) by tests/reference/percentiles.py,
 * whose output is pinned in ./scipy-reference.ts. Regenerate with:
 *
 *   /usr/bin/python3 tests/reference/percentiles.py > tests/core/percentile/scipy-reference.ts
 *
 * Tolerances: raw amounts agree to 1e-12 relative (both sides are double precision; the
 * differences are a few ulps), rounded amounts agree exactly, and ranks agree to 1e-9
 * percentile points (brentq's tolerance bounds the pchip side).
 */
import { describe, expect, test } from "vitest";
import {
  describePercentile,
  interpolatePercentile,
  type PercentileMethod,
  percentileRank,
} from "../../../src/core/index.js";
import type { PercentileBand } from "../../../src/schemas/band.js";
import { LEVELS, METHODS } from "./helpers.js";
import { SCIPY_REFERENCE } from "./scipy-reference.js";

const REL = 1e-12;
const RANK_ABS = 1e-9;

function closeRel(actual: number, expected: number, rel = REL): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

function toBand(anchors: readonly (readonly [number, number])[]): PercentileBand {
  return { anchors: anchors.map(([p, amount]) => ({ p, amount })) };
}

const levelNames = Object.keys(SCIPY_REFERENCE.levels) as (keyof typeof SCIPY_REFERENCE.levels)[];

describe("the reference bands are the guide's levels", () => {
  test.each(levelNames)("%s", (name) => {
    expect(toBand(SCIPY_REFERENCE.levels[name].anchors)).toEqual(LEVELS[name]);
  });
});

describe.each(levelNames)("%s: amounts at p10 … p99 (tail extend)", (name) => {
  const ref = SCIPY_REFERENCE.levels[name];
  const band = LEVELS[name];
  describe.each(METHODS)("%s", (method: PercentileMethod) => {
    test.each(ref.values[method].map((r) => [r.p, r.raw, r.rounded] as const))(
      "p%s ≈ %s → %s",
      (p, raw, rounded) => {
        closeRel(interpolatePercentile(band, p, { method, round: "none" }), raw);
        expect(interpolatePercentile(band, p, { method })).toBe(rounded);
      },
    );
    test.each(ref.deep[method].map((r) => [r.p, r.raw, r.rounded] as const))(
      "deep tail p%s ≈ %s → %s",
      (p, raw, rounded) => {
        closeRel(interpolatePercentile(band, p, { method, round: "none" }), raw, 1e-11);
        expect(interpolatePercentile(band, p, { method })).toBe(rounded);
      },
    );
    test.each(ref.ranks[method].map((r) => [r.amount, r.rank] as const))(
      "rank of $%s ≈ %s",
      (amount, rank) => {
        expect(Math.abs(percentileRank(band, amount, { method }) - rank)).toBeLessThanOrEqual(
          RANK_ABS,
        );
      },
    );
  });
});

describe.each(levelNames)("%s: Pareto tail", (name) => {
  const ref = SCIPY_REFERENCE.levels[name].pareto;
  const band = LEVELS[name];
  test.each(METHODS)("the tail is the same for every method (%s)", (method) => {
    for (const r of ref.values) {
      closeRel(interpolatePercentile(band, r.p, { method, tail: "pareto", round: "none" }), r.raw);
      expect(interpolatePercentile(band, r.p, { method, tail: "pareto" })).toBe(r.rounded);
    }
    for (const r of ref.ranks) {
      const rank = percentileRank(band, r.amount, { method, tail: "pareto" });
      expect(Math.abs(rank - r.rank)).toBeLessThanOrEqual(RANK_ABS);
    }
  });
  test("alpha is reported in the explanation", () => {
    const text = describePercentile(band, 99, { tail: "pareto" }).explanation;
    expect(text).toContain(`alpha ${ref.alpha.toFixed(3)}`);
  });
  test("below the bottom anchor, pareto is extend", () => {
    for (const method of METHODS) {
      for (const p of [0.001, 1, 10, 24.9]) {
        expect(interpolatePercentile(band, p, { method, tail: "pareto", round: "none" })).toBe(
          interpolatePercentile(band, p, { method, round: "none" }),
        );
      }
    }
  });
});

describe.each(levelNames)("%s: clamp", (name) => {
  const band = LEVELS[name];
  const [bottom, , , top] = SCIPY_REFERENCE.levels[name].anchors;
  test.each(METHODS)("%s gives the end anchors beyond them", (method) => {
    for (const p of [0.001, 10, 24.99]) {
      expect(interpolatePercentile(band, p, { method, tail: "clamp" })).toBe(bottom[1]);
    }
    for (const p of [90.01, 95, 99, 99.999]) {
      expect(interpolatePercentile(band, p, { method, tail: "clamp" })).toBe(top[1]);
    }
    expect(percentileRank(band, 1, { method, tail: "clamp" })).toBe(bottom[0]);
    expect(percentileRank(band, 5_000_000, { method, tail: "clamp" })).toBe(top[0]);
  });
});

describe.each(Object.keys(SCIPY_REFERENCE.censored) as (keyof typeof SCIPY_REFERENCE.censored)[])(
  "censored band %s",
  (label) => {
    const ref = SCIPY_REFERENCE.censored[label];
    const band: PercentileBand = {
      anchors: ref.anchors.map(([p, amount, censored]) =>
        censored ? { p, amount, censored: true } : { p, amount },
      ),
    };
    const anchors: readonly (readonly [number, number, boolean])[] = ref.anchors;
    const uncensored = anchors.filter(([, , c]) => !c);
    const topP = uncensored[uncensored.length - 1]![0];
    describe.each(METHODS)("%s", (method) => {
      test.each(ref.values[method].map((r) => [r.p, r.raw, r.rounded] as const))(
        "p%s ≈ %s → %s",
        (p, raw, rounded) => {
          closeRel(interpolatePercentile(band, p, { method, round: "none" }), raw);
          const d = describePercentile(band, p, { method });
          expect(d.value).toBe(rounded);
          expect(d.lowerBound).toBe(p > topP);
        },
      );
      test.each(ref.ranks[method].map((r) => [r.amount, r.rank] as const))(
        "rank of $%s ≈ %s",
        (amount, rank) => {
          expect(Math.abs(percentileRank(band, amount, { method }) - rank)).toBeLessThanOrEqual(
            RANK_ABS,
          );
        },
      );
    });
  },
);

describe("hand-worked figures of docs/methodology.md", () => {
  test("linear is exact decimal: p25.0125 on senior is $162,021.50 exactly, half-even $162,022", () => {
    // 162000 + (205000 − 162000) × 0.0125 / 25 = 162000 + 21.5
    expect(interpolatePercentile(LEVELS.senior, 25.0125, { method: "linear", round: "none" })).toBe(
      162021.5,
    );
    expect(interpolatePercentile(LEVELS.senior, 25.0125, { method: "linear" })).toBe(162022);
  });
  test("straight-line tails: senior linear is $119,000 at p → 0 and $338,333 at p → 100", () => {
    // 162000 − 25 × 1720 and 305000 + 10 × 50000 / 15
    expect(interpolatePercentile(LEVELS.senior, 1e-9, { method: "linear" })).toBe(119000);
    expect(interpolatePercentile(LEVELS.senior, 99.999999, { method: "linear" })).toBe(338333);
  });
  test("ranks with decimals stay inside (0, 100): p99.999 to one decimal is 99.9", () => {
    const x = interpolatePercentile(LEVELS.senior, 99.999, { round: "none" });
    expect(percentileRank(LEVELS.senior, x, { decimals: 1 })).toBe(99.9);
  });
});
