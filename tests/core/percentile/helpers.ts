import fc from "fast-check";
import { isPaybandsError, type PaybandsError } from "../../../src/errors/index.js";
import type { PercentileBand } from "../../../src/schemas/band.js";

/** The four US base-salary bands of the 2026 backend-developer guide. */
export const LEVELS: Record<"junior" | "mid" | "senior" | "staff", PercentileBand> = {
  junior: band([25, 82000], [50, 105000], [75, 128000], [90, 152000]),
  mid: band([25, 120000], [50, 148000], [75, 180000], [90, 215000]),
  senior: band([25, 162000], [50, 205000], [75, 255000], [90, 305000]),
  staff: band([25, 240000], [50, 310000], [75, 400000], [90, 490000]),
};

export function band(...anchors: (readonly [number, number])[]): PercentileBand {
  return { anchors: anchors.map(([p, amount]) => ({ p, amount })) };
}

export const METHODS = ["log-probit", "pchip", "linear"] as const;
export const TAILS = ["extend", "clamp", "pareto", "error"] as const;

/** Runs f and returns the PaybandsError it throws (fails if it throws nothing or something else). */
export function thrown(f: () => unknown): PaybandsError {
  try {
    f();
  } catch (e) {
    if (isPaybandsError(e)) return e;
    throw e;
  }
  throw new Error("expected a PaybandsError, but nothing was thrown");
}

/**
 * Random valid bands: 2–9 anchors at distinct percentiles in [1, 99] (steps of 0.1),
 * amounts from $10,000 rising by at least 0.5% and at most 60% per anchor.
 */
export const bandArb: fc.Arbitrary<PercentileBand> = fc
  .uniqueArray(fc.integer({ min: 10, max: 990 }), { minLength: 2, maxLength: 9 })
  .chain((ps) =>
    fc
      .tuple(
        fc.integer({ min: 10_000, max: 400_000 }),
        fc.array(fc.integer({ min: 5, max: 600 }), { minLength: ps.length, maxLength: ps.length }),
      )
      .map(([start, steps]) => {
        const sorted = [...ps].sort((a, b) => a - b);
        let amount = start;
        return {
          anchors: sorted.map((tenths, i) => {
            if (i > 0) amount = Math.round(amount * (1 + (steps[i] ?? 5) / 1000));
            return { p: tenths / 10, amount };
          }),
        };
      }),
  );

/** A percentile strictly inside (0, 100), biased towards the usual range but reaching the tails. */
export const percentileArb: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: 0.5, max: 99.5, noNaN: true }),
  fc.double({ min: 1e-6, max: 99.999, noNaN: true }),
  fc.integer({ min: 1, max: 99 }),
);
