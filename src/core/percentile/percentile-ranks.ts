import type { DeepReadonly } from "../../_internal/deep-readonly.js";
import { computeRanks } from "../../_internal/percentile-compute.js";
import type { PercentileBand } from "../../schemas/band.js";
import type { RankOptions } from "./types.js";

/**
 * The batch form of {@link percentileRank}: the percentile of each amount of a column,
 * as a Float64Array. The band and options are validated once; every row goes through
 * the same steps as the scalar function, so the results are identical to calling it row
 * by row. A bad row throws a `PaybandsError` whose path is `["amounts", i]`.
 *
 * @category Percentiles
 * @example
 * ```ts
 * import { getLevel, percentileRanks } from "paybands";
 * Array.from(percentileRanks(getLevel("senior").base, [162000, 205000, 231000], { decimals: 1 }));
 * //=> [25, 50, 64.4]
 * ```
 */
export function percentileRanks(
  band: DeepReadonly<PercentileBand>,
  amounts: Float64Array | readonly number[],
  options?: RankOptions,
): Float64Array {
  return computeRanks(band, amounts, options);
}
