import type { DeepReadonly } from "../../_internal/deep-readonly.js";
import { computeValue } from "../../_internal/percentile-compute.js";
import { explainValue, segmentOf } from "../../_internal/percentile-explain.js";
import type { PercentileBand } from "../../schemas/band.js";
import type { InterpolateOptions, PercentileDescription } from "./types.js";

/**
 * {@link interpolatePercentile} with its working: the value plus the method and tail
 * used, whether the tail policy decided it (`extrapolated`), whether it is only a lower
 * bound (it depends on a censored anchor), the segment or tail it came from, and a
 * one-line explanation — a plain JSON-serialisable object for a widget to show under a
 * number. Same arguments and errors as {@link interpolatePercentile}.
 *
 * @example
 * ```ts
 * import { describePercentile } from "paybands/core";
 * const senior = {
 *   anchors: [
 *     { p: 25, amount: 162000 },
 *     { p: 50, amount: 205000 },
 *     { p: 75, amount: 255000 },
 *     { p: 90, amount: 305000 },
 *   ],
 * };
 * describePercentile(senior, 60);
 * //=> {
 * //   value: 222514,
 * //   p: 60,
 * //   method: "log-probit",
 * //   tail: "extend",
 * //   extrapolated: false,
 * //   lowerBound: false,
 * //   segment: { from: { p: 50, amount: 205000 }, to: { p: 75, amount: 255000 } },
 * //   explanation: "p60 = $222,514: log-probit between p50 ($205,000) and p75 ($255,000)",
 * // }
 * ```
 *
 * @category Percentiles
 */
export function describePercentile(
  band: DeepReadonly<PercentileBand>,
  p: number,
  options?: InterpolateOptions,
): PercentileDescription {
  const c = computeValue(band, p, options);
  return {
    value: c.value,
    p: c.p,
    method: c.method,
    tail: c.tail,
    extrapolated: c.result.extrapolated,
    lowerBound: c.result.bound,
    segment: segmentOf(c.result.source),
    explanation: explainValue(c.prep, c.p, c.value, c.result.source, c.result.bound, c.round),
  };
}
