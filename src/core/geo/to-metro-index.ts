import { Dec } from "../../_internal/decimal.js";
import { atPath } from "../../_internal/options.js";
import type { Dataset } from "../../schemas/dataset.js";
import { getMetro } from "../lookup/get-metro.js";

/**
 * A metro's pay index relative to a reference metro (default SF Bay Area = 1.0), the
 * convention of calculators that quote "Austin = 0.76 of SF":
 * `(1 + premium(metro)) ÷ (1 + premium(reference))`.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toMetroIndex } from "paybands/core";
 * const ds = getDataset();
 * [toMetroIndex(ds, "sf"), toMetroIndex(ds, "remote"), toMetroIndex(ds, "seattle", "new-york")];
 * //=> [1, 0.7246376811594203, 0.9921259842519685]
 * ```
 *
 * @category Geo
 */
export function toMetroIndex(dataset: Dataset, metro: string, reference = "sf-bay-area"): number {
  const m = atPath(["metro"], () => getMetro(dataset, metro));
  const ref = atPath(["reference"], () => getMetro(dataset, reference));
  return new Dec(1).plus(m.premium).dividedBy(new Dec(1).plus(ref.premium)).toNumber();
}
