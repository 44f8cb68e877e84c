import { toMetroIndex as toMetroIndexIn } from "../core/geo/to-metro-index.js";
import type { MetroAlias, MetroId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * A metro's pay index relative to a reference metro (default SF Bay Area = 1.0) on the
 * default dataset: `(1 + premium(metro)) ÷ (1 + premium(reference))`.
 *
 * @example
 * ```ts
 * import { toMetroIndex } from "paybands";
 * [toMetroIndex("austin"), toMetroIndex("remote", "remote")];
 * //=> [0.7608695652173914, 1]
 * ```
 *
 * @category Geo
 */
export function toMetroIndex(
  metro: MetroId | MetroAlias | (string & {}),
  reference: MetroId | MetroAlias | (string & {}) = "sf-bay-area",
): number {
  return toMetroIndexIn(getDataset(), metro, reference);
}
