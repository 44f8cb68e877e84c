import type { DeepReadonly } from "../../_internal/deep-readonly.js";
import { computeRankOnly } from "../../_internal/percentile-compute.js";
import type { PercentileBand } from "../../schemas/band.js";
import type { RankOptions } from "./types.js";

/**
 * The percentile of `amount` in a band: the exact inverse of
 * {@link interpolatePercentile} (before rounding) for the same method and tail — in
 * closed form for log-probit (via Φ) and linear (exact decimal), by bisection to the last
 * bit on pchip's monotone cubic.
 *
 * The result is strictly inside (0, 100), unrounded unless `decimals` is given. Beyond
 * the anchors the tail policy decides: `"clamp"` gives the end anchor's percentile,
 * `"error"` throws `AMOUNT_OUT_OF_RANGE`, `"extend"` and `"pareto"` invert the tail —
 * amounts beyond what a tail can reach get the nearest percentile inside (0, 100)
 * (`Number.MIN_VALUE`, or `100 - 2^-46`), never 0, 100 or NaN. An amount at an anchor
 * gets the anchor's percentile exactly.
 *
 * @throws PaybandsError `INVALID_BAND`, `INVALID_AMOUNT` (not a finite number >= 0),
 *   `INVALID_OPTION`, `AMOUNT_OUT_OF_RANGE` (under `tail: "error"`).
 *
 * @example
 * ```ts
 * import { percentileRank } from "paybands/core";
 * const senior = {
 *   anchors: [
 *     { p: 25, amount: 162000 },
 *     { p: 50, amount: 205000 },
 *     { p: 75, amount: 255000 },
 *     { p: 90, amount: 305000 },
 *   ],
 * };
 * [
 *   percentileRank(senior, 205000),
 *   percentileRank(senior, 231000, { decimals: 2 }),
 *   percentileRank(senior, 231000, { method: "linear" }),
 *   percentileRank(senior, 400000, { tail: "clamp" }),
 * ];
 * //=> [50, 64.39, 63, 90]
 * ```
 *
 * @category Percentiles
 */
export function percentileRank(
  band: DeepReadonly<PercentileBand>,
  amount: number,
  options?: RankOptions,
): number {
  return computeRankOnly(band, amount, options);
}
