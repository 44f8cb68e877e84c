/**
 * Properties of every method and tail on random valid bands (2–9 anchors, see
 * ./helpers.ts). Tolerances are stated where they are used; "raw" means `round: "none"`.
 */
import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect } from "vitest";
import {
  interpolatePercentile,
  type PercentileMethod,
  percentileRank,
  type TailPolicy,
} from "../../../src/core/index.js";
import { isPaybandsError } from "../../../src/errors/index.js";
import type { PercentileBand } from "../../../src/schemas/band.js";
import { bandArb, METHODS, percentileArb } from "./helpers.js";

/** The raw value, or undefined where a tail cannot give a usable amount (it throws PERCENTILE_OUT_OF_RANGE). */
function rawOrNone(
  band: PercentileBand,
  p: number,
  method: PercentileMethod,
  tail: TailPolicy,
): number | undefined {
  try {
    return interpolatePercentile(band, p, { method, tail, round: "none" });
  } catch (e) {
    if (isPaybandsError(e, "PERCENTILE_OUT_OF_RANGE")) return undefined;
    throw e;
  }
}

function first(band: PercentileBand) {
  return band.anchors[0]!;
}
function last(band: PercentileBand) {
  return band.anchors[band.anchors.length - 1]!;
}
function inside(band: PercentileBand, p: number): boolean {
  return p >= first(band).p && p <= last(band).p;
}

describe.each(METHODS)("%s", (method) => {
  test.prop([bandArb, fc.constantFrom<TailPolicy>("extend", "clamp", "pareto", "error")])(
    "exact at every anchor, rounded and raw, under every tail",
    (band, tail) => {
      for (const a of band.anchors) {
        expect(interpolatePercentile(band, a.p, { method, tail })).toBe(a.amount);
        expect(interpolatePercentile(band, a.p, { method, tail, round: "none" })).toBe(a.amount);
        expect(percentileRank(band, a.amount, { method, tail })).toBe(a.p);
      }
    },
  );

  test.prop([
    bandArb,
    percentileArb,
    percentileArb,
    fc.constantFrom<TailPolicy>("extend", "pareto"),
  ])(
    "strictly increasing in p under extend and pareto (raw values, p at least 1e-6 apart)",
    (band, a, b, tail) => {
      fc.pre(Math.abs(a - b) >= 1e-6);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const vlo = rawOrNone(band, lo, method, tail);
      const vhi = rawOrNone(band, hi, method, tail);
      // Only a tail can fail to give a usable amount (<= 0 below, or above 10^15).
      if (vlo === undefined) expect(inside(band, lo)).toBe(false);
      if (vhi === undefined) expect(inside(band, hi)).toBe(false);
      if (vlo !== undefined && vhi !== undefined) expect(vlo).toBeLessThan(vhi);
    },
  );

  test.prop([bandArb, percentileArb, percentileArb])(
    "strictly increasing between the anchors under every tail",
    (band, a, b) => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      fc.pre(hi - lo >= 1e-6 && inside(band, lo) && inside(band, hi));
      for (const tail of ["extend", "clamp", "pareto", "error"] as const) {
        const vlo = interpolatePercentile(band, lo, { method, tail, round: "none" });
        const vhi = interpolatePercentile(band, hi, { method, tail, round: "none" });
        expect(vlo).toBeLessThan(vhi);
      }
    },
  );

  test.prop([
    bandArb,
    fc.double({ min: 0.01, max: 99.99, noNaN: true }),
    fc.constantFrom<TailPolicy>("extend", "clamp", "pareto"),
  ])("continuous: moving p by 1e-9 moves the raw value by less than 0.01%", (band, p, tail) => {
    const v0 = rawOrNone(band, p, method, tail);
    const v1 = rawOrNone(band, p + 1e-9, method, tail);
    fc.pre(v0 !== undefined && v1 !== undefined);
    expect(Math.abs(v1! - v0!)).toBeLessThanOrEqual(1e-4 * v0!);
  });

  test.prop([bandArb, fc.constantFrom<TailPolicy>("extend", "clamp", "pareto")])(
    "continuous at the anchors: p ± 1e-9 lands within 0.001% of the anchor amount",
    (band, tail) => {
      for (const a of band.anchors) {
        for (const p of [a.p - 1e-9, a.p + 1e-9]) {
          const v = rawOrNone(band, p, method, tail);
          if (v !== undefined) expect(Math.abs(v - a.amount)).toBeLessThanOrEqual(1e-5 * a.amount);
        }
      }
    },
  );

  test.prop([bandArb, percentileArb, fc.constantFrom<TailPolicy>("extend", "pareto")])(
    "percentileRank(interpolate(p)) ≈ p (within 1e-7 percentile points, raw values)",
    (band, p, tail) => {
      const v = rawOrNone(band, p, method, tail);
      fc.pre(v !== undefined);
      expect(Math.abs(percentileRank(band, v!, { method, tail }) - p)).toBeLessThanOrEqual(1e-7);
    },
  );

  test.prop([bandArb, percentileArb, fc.constantFrom<TailPolicy>("clamp", "error")])(
    "percentileRank(interpolate(p)) ≈ p between the anchors under clamp and error",
    (band, p, tail) => {
      fc.pre(inside(band, p));
      const v = interpolatePercentile(band, p, { method, tail, round: "none" });
      expect(Math.abs(percentileRank(band, v, { method, tail }) - p)).toBeLessThanOrEqual(1e-7);
    },
  );

  test.prop([
    bandArb,
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom<TailPolicy>("extend", "clamp", "pareto", "error"),
  ])(
    "interpolate(percentileRank(x)) ≈ x for amounts between the anchors (within 1e-9 relative)",
    (band, t, tail) => {
      const x = first(band).amount + t * (last(band).amount - first(band).amount);
      const p = percentileRank(band, x, { method, tail });
      const back = interpolatePercentile(band, p, { method, tail, round: "none" });
      expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-9 * x);
    },
  );

  test.prop([
    bandArb,
    fc.double({ min: 0.001, max: 99.9, noNaN: true }),
    fc.constantFrom<TailPolicy>("extend", "pareto"),
  ])(
    "interpolate(percentileRank(x)) ≈ x for any amount a tail reaches (within 1e-9 relative)",
    (band, q, tail) => {
      const x = rawOrNone(band, q, method, tail);
      fc.pre(x !== undefined);
      const back = interpolatePercentile(band, percentileRank(band, x!, { method, tail }), {
        method,
        tail,
        round: "none",
      });
      expect(Math.abs(back - x!)).toBeLessThanOrEqual(1e-9 * x!);
    },
  );

  test.prop([bandArb, fc.double({ min: 0, max: 1, noNaN: true })])(
    "never overshoots the neighbouring anchors",
    (band, t) => {
      const anchors = band.anchors;
      for (let j = 0; j + 1 < anchors.length; j++) {
        const a = anchors[j]!;
        const b = anchors[j + 1]!;
        const p = Math.min(a.p + t * (b.p - a.p), b.p); // the sum can round past b.p
        const v = interpolatePercentile(band, p, { method, round: "none" });
        expect(v).toBeGreaterThanOrEqual(a.amount);
        expect(v).toBeLessThanOrEqual(b.amount);
      }
    },
  );

  test.prop([bandArb, percentileArb])("clamp stays inside the anchors", (band, p) => {
    const v = interpolatePercentile(band, p, { method, tail: "clamp", round: "none" });
    expect(v).toBeGreaterThanOrEqual(first(band).amount);
    expect(v).toBeLessThanOrEqual(last(band).amount);
    const r = percentileRank(band, v, { method, tail: "clamp" });
    expect(r).toBeGreaterThanOrEqual(first(band).p);
    expect(r).toBeLessThanOrEqual(last(band).p);
  });

  test.prop([bandArb, percentileArb])("error throws exactly outside the anchors", (band, p) => {
    let code: string | undefined;
    try {
      interpolatePercentile(band, p, { method, tail: "error" });
    } catch (e) {
      code = isPaybandsError(e) ? e.code : "not a PaybandsError";
    }
    expect(code).toBe(inside(band, p) ? undefined : "PERCENTILE_OUT_OF_RANGE");
  });

  test.prop([
    bandArb,
    percentileArb,
    fc.constantFrom<TailPolicy>("extend", "clamp", "pareto"),
    fc.constantFrom(1 as const, 100 as const, 1000 as const),
  ])("outputs are finite, positive whole multiples of the rounding step", (band, p, tail, step) => {
    let v: number;
    try {
      v = interpolatePercentile(band, p, { method, tail, round: step });
    } catch (e) {
      // A tail that runs out of usable amounts (<= 0, or above 10^15) says so, and only a tail.
      expect(isPaybandsError(e, "PERCENTILE_OUT_OF_RANGE")).toBe(true);
      expect(inside(band, p)).toBe(false);
      return;
    }
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThan(0);
    expect(Number.isInteger(v / step)).toBe(true);
  });

  test.prop([
    bandArb,
    fc.oneof(
      fc.double({ min: 0, max: 1e7, noNaN: true }),
      fc.constantFrom(0, 1e-300, 1e15, 1.7e308),
    ),
    fc.constantFrom<TailPolicy>("extend", "clamp", "pareto"),
  ])("ranks of any amount are strictly inside (0, 100)", (band, x, tail) => {
    const r = percentileRank(band, x, { method, tail });
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(100);
  });

  test.prop([
    bandArb,
    fc.double({ min: 0, max: 1e7, noNaN: true }),
    fc.integer({ min: 0, max: 12 }),
  ])("decimals rounds the rank and keeps it inside (0, 100)", (band, x, decimals) => {
    const exact = percentileRank(band, x, { method });
    const r = percentileRank(band, x, { method, decimals });
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(100);
    expect(Math.abs(r - exact)).toBeLessThanOrEqual(Number(`1e-${decimals}`));
    expect(Number(r.toFixed(decimals))).toBe(r);
  });
});

test.prop([bandArb, percentileArb])(
  "the methods agree at the anchors and pareto agrees with extend below the bottom anchor",
  (band, p) => {
    for (const method of METHODS) {
      if (p < first(band).p) {
        expect(rawOrNone(band, p, method, "pareto")).toBe(rawOrNone(band, p, method, "extend"));
      }
    }
  },
);

test.prop([
  bandArb.map((b) => ({ anchors: b.anchors.slice(0, 2) })),
  fc.oneof(
    percentileArb,
    fc.integer({ min: 1, max: 9999 }).map((n) => n / 100),
  ),
  fc.constantFrom(1 as const, 100 as const, 1000 as const),
  fc.constantFrom("half-even" as const, "half-up" as const, "up" as const, "down" as const),
])(
  "with two anchors pchip is the straight line: its rounded values equal linear's exact-decimal ones",
  (band, p, step, mode) => {
    const round = { step, mode };
    const linear = rawOrNone(band, p, "linear", "extend");
    fc.pre(linear !== undefined && linear >= step);
    expect(interpolatePercentile(band, p, { method: "pchip", round })).toBe(
      interpolatePercentile(band, p, { method: "linear", round }),
    );
  },
);

describe("pchip rounds by its exact value on rounding boundaries", () => {
  // Worked by hand: with two anchors pchip is the line through them.
  // p74 $117,000 – p84 $167,000 has slope $5,000 per point: p75.92 is exactly $126,600,
  // which floats compute as 126600.00000000001 (so a naive "up" would give $126,601).
  const band = {
    anchors: [
      { p: 74, amount: 117000 },
      { p: 84, amount: 167000 },
    ],
  };
  test.each([
    ["up", 126600],
    ["down", 126600],
    ["half-even", 126600],
  ] as const)("%s", (mode, expected) => {
    expect(interpolatePercentile(band, 75.92, { method: "pchip", round: "none" })).not.toBe(126600);
    expect(interpolatePercentile(band, 75.92, { method: "pchip", round: { step: 1, mode } })).toBe(
      expected,
    );
  });
  test("a tie: junior's pchip tail at p99.5 is exactly $169,622.50", () => {
    // End derivative at p90 (SciPy's edge rule): ((2·15 + 25)·1600 − 15·920) / 40 = 1855;
    // 152000 + 1855 × 9.5 = 169622.5.
    const junior = {
      anchors: [
        { p: 25, amount: 82000 },
        { p: 50, amount: 105000 },
        { p: 75, amount: 128000 },
        { p: 90, amount: 152000 },
      ],
    };
    expect(interpolatePercentile(junior, 99.5, { method: "pchip" })).toBe(169622);
    expect(
      interpolatePercentile(junior, 99.5, { method: "pchip", round: { step: 1, mode: "half-up" } }),
    ).toBe(169623);
  });
});
