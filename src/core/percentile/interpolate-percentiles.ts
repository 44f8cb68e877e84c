import type { DeepReadonly } from "../../_internal/deep-readonly.js";
import { computeValues } from "../../_internal/percentile-compute.js";
import type { PercentileBand } from "../../schemas/band.js";
import type { InterpolateOptions } from "./types.js";

/**
 * The batch form of {@link interpolatePercentile}: the amount at each percentile of a
 * column, as a Float64Array. The band and options are validated once; every row goes
 * through the same steps as the scalar function, so the results are identical to
 * calling it row by row. A bad row throws a `PaybandsError` whose path is `["ps", i]`.
 *
 * @category Percentiles
 * @example
 * ```ts
 * import { getLevel, interpolatePercentiles } from "paybands";
 * Array.from(interpolatePercentiles(getLevel("senior").base, [25, 50, 60, 90]));
 * //=> [162000, 205000, 222514, 305000]
 * ```
 */
export function interpolatePercentiles(
  band: DeepReadonly<PercentileBand>,
  ps: Float64Array | readonly number[],
  options?: InterpolateOptions,
): Float64Array {
  return computeValues(band, ps, options);
}
