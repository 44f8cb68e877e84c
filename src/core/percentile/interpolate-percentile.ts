import type { DeepReadonly } from "../../_internal/deep-readonly.js";
import { computeValueOnly } from "../../_internal/percentile-compute.js";
import type { PercentileBand } from "../../schemas/band.js";
import type { InterpolateOptions } from "./types.js";

/**
 * The amount at percentile `p` of a band, from its anchors.
 *
 * - `method`: `"log-probit"` (default) — straight lines in (Φ⁻¹(p/100), ln amount), a
 *   log-normal between each pair of anchors; `"pchip"` — SciPy's monotone cubic
 *   (PchipInterpolator) on (p, amount); `"linear"` — straight lines on (p, amount),
 *   computed in exact decimal arithmetic. Every method returns the anchor's own amount
 *   at an anchor and rises strictly between anchors.
 * - `tail` (beyond the end anchors): `"extend"` (default) — log-probit continues its end
 *   segments (log-normal tails), linear its end lines, pchip a straight line with the
 *   cubic's end slope; `"clamp"` — the end anchor; `"pareto"` — above the top anchor a
 *   Pareto tail through the top two anchors, below the bottom anchor as `"extend"`;
 *   `"error"` — throws.
 * - `round`: half-even to the whole unit by default; `100`, `1000`, `{ step, mode }`, or
 *   `"none"` for the raw value.
 *
 * Censored (top-coded) anchors: at or below the top uncensored anchor the value uses the
 * uncensored anchors only; above it, the first censored anchor is used at its top-code
 * and the value is a lower bound ({@link describePercentile} flags it).
 * See docs/methodology.md for the formulas.
 *
 * @throws PaybandsError `INVALID_BAND` (with the path of the bad anchor),
 *   `INVALID_PERCENTILE` when p is not a finite number in (0, 100),
 *   `INVALID_OPTION` for an unknown option or value,
 *   `PERCENTILE_OUT_OF_RANGE` beyond the anchors under `tail: "error"`, or where a tail
 *   would give an amount <= 0 (or above 10^15).
 *
 * @example
 * ```ts
 * import { interpolatePercentile } from "paybands/core";
 * const senior = {
 *   anchors: [
 *     { p: 25, amount: 162000 },
 *     { p: 50, amount: 205000 },
 *     { p: 75, amount: 255000 },
 *     { p: 90, amount: 305000 },
 *   ],
 * };
 * [
 *   interpolatePercentile(senior, 60),
 *   interpolatePercentile(senior, 60, { method: "linear" }),
 *   interpolatePercentile(senior, 95, { tail: "clamp" }),
 *   interpolatePercentile(senior, 99, { tail: "pareto", round: 1000 }),
 * ];
 * //=> [222514, 225000, 305000, 478000]
 * ```
 *
 * @category Percentiles
 */
export function interpolatePercentile(
  band: DeepReadonly<PercentileBand>,
  p: number,
  options?: InterpolateOptions,
): number {
  return computeValueOnly(band, p, options);
}
