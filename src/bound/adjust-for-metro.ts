import { adjustForMetro as adjustForMetroIn } from "../core/geo/adjust-for-metro.js";
import type { AdjustForMetroOptions, MetroAdjustment } from "../core/geo/types.js";
import type { MetroAlias, MetroId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * Converts an amount that is a market rate in one metro (`from`, default US national =
 * remote) to what an employer pays in `to` under a pay policy (default `local`), on the
 * default dataset: `amount × policyFactor(to) ÷ (1 + premium(from))`, exact, rounded
 * once. See `adjustForMetro` in "paybands/core" for another dataset.
 *
 * @example
 * ```ts
 * import { adjustForMetro } from "paybands";
 * [
 *   adjustForMetro(205000, "seattle").amount,
 *   adjustForMetro(282900, "austin", { from: "sf" }).amount,
 *   adjustForMetro(205000, "austin", { policy: { kind: "elasticity", elasticity: 0.5 } }).amount,
 * ];
 * //=> [258300, 215250, 210125]
 * ```
 *
 * @category Geo
 */
export function adjustForMetro(
  amount: number,
  to: MetroId | MetroAlias | (string & {}),
  options?: AdjustForMetroOptions,
): MetroAdjustment {
  return adjustForMetroIn(getDataset(), amount, to, options);
}
