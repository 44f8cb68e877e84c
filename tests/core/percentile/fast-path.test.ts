// Frozen bands (every band of a validated dataset) take the fast path: per-band arrays,
// the rigorous error bounds and the column kernels (src/_internal/percentile-fast.ts).
// Plain bands, and describePercentile / describeRank, go through the engine. The two
// must give the same number — or the same error — for every method, tail and rule.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  describePercentile,
  describeRank,
  interpolatePercentile,
  interpolatePercentiles,
  isPaybandsError,
  percentileRank,
  percentileRanks,
} from "../../../src/index.js";
import type { PercentileBand } from "../../../src/schemas/band.js";
import { bandArb, METHODS, percentileArb, TAILS } from "./helpers.js";

function outcome(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    if (isPaybandsError(e)) return e.code;
    throw e;
  }
}

function frozen(band: PercentileBand): PercentileBand {
  return Object.freeze({
    anchors: Object.freeze(band.anchors.map((a) => Object.freeze({ ...a }))),
  });
}

const method = fc.constantFrom(...METHODS);
const tail = fc.constantFrom(...TAILS);
const round = fc.constantFrom<unknown>(
  undefined,
  1,
  100,
  1000,
  "none",
  { step: 1, mode: "up" },
  { step: 1, mode: "down" },
  { step: 100, mode: "half-up" },
);

describe("fast path = engine", () => {
  test("interpolatePercentile and interpolatePercentiles on a frozen band = describePercentile", () => {
    fc.assert(
      fc.property(
        bandArb,
        fc.array(percentileArb, { maxLength: 30 }),
        method,
        tail,
        round,
        (b, ps, m, t, r) => {
          const band = frozen(b);
          const options = { method: m, tail: t, ...(r === undefined ? {} : { round: r }) } as never;
          const engine = ps.map((p) => outcome(() => describePercentile(b, p, options).value));
          ps.forEach((p, i) => {
            expect(
              outcome(() => interpolatePercentile(band, p, options)),
              `p=${p}`,
            ).toEqual(engine[i]);
            expect(outcome(() => interpolatePercentiles(band, [p], options)[0] as number)).toEqual(
              engine[i],
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test("percentileRank and percentileRanks on a frozen band = describeRank", () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.double({ min: 0, max: 1e7, noNaN: true }),
    );
    const decimals = fc.constantFrom(undefined, 0, 2, 6);
    fc.assert(
      fc.property(
        bandArb,
        fc.array(amount, { maxLength: 30 }),
        method,
        tail,
        decimals,
        (b, xs, m, t, d) => {
          const band = frozen(b);
          const options = { method: m, tail: t, ...(d === undefined ? {} : { decimals: d }) };
          const engine = xs.map((x) => outcome(() => describeRank(b, x, options).value));
          xs.forEach((x, i) => {
            expect(
              outcome(() => percentileRank(band, x, options)),
              `x=${x}`,
            ).toEqual(engine[i]);
            expect(outcome(() => percentileRanks(band, [x], options)[0] as number)).toEqual(
              engine[i],
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
