import type { DeepReadonly } from "../../_internal/deep-readonly.js";
import { computeRank } from "../../_internal/percentile-compute.js";
import { explainRank, segmentOf } from "../../_internal/percentile-explain.js";
import type { PercentileBand } from "../../schemas/band.js";
import type { RankDescription, RankOptions } from "./types.js";

/**
 * {@link percentileRank} with its working: the percentile plus the method and tail used,
 * whether the tail policy decided it (`extrapolated`), whether it is only an upper bound
 * (the amount is above a censored band's top uncensored anchor, so its true percentile
 * may be lower), the segment or tail it came from, and a one-line explanation. Same
 * arguments and errors as {@link percentileRank}.
 *
 * @example
 * ```ts
 * import { describeRank } from "paybands/core";
 * const senior = {
 *   anchors: [
 *     { p: 25, amount: 162000 },
 *     { p: 50, amount: 205000 },
 *     { p: 75, amount: 255000 },
 *     { p: 90, amount: 305000 },
 *   ],
 * };
 * describeRank(senior, 231000, { decimals: 2 });
 * //=> {
 * //   value: 64.39,
 * //   amount: 231000,
 * //   method: "log-probit",
 * //   tail: "extend",
 * //   extrapolated: false,
 * //   upperBound: false,
 * //   segment: { from: { p: 50, amount: 205000 }, to: { p: 75, amount: 255000 } },
 * //   explanation: "$231,000 is p64.39: log-probit between p50 ($205,000) and p75 ($255,000)",
 * // }
 * ```
 *
 * @category Percentiles
 */
export function describeRank(
  band: DeepReadonly<PercentileBand>,
  amount: number,
  options?: RankOptions,
): RankDescription {
  const c = computeRank(band, amount, options);
  return {
    value: c.rank,
    amount: c.amount,
    method: c.method,
    tail: c.tail,
    extrapolated: c.result.extrapolated,
    upperBound: c.result.bound,
    segment: segmentOf(c.result.source),
    explanation: explainRank(c.prep, c.amount, c.rank, c.result.source, c.result.bound),
  };
}
