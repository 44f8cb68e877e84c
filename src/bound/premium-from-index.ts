import { premiumFromIndex as premiumFromIndexIn } from "../core/geo/premium-from-index.js";
import type { MetroAlias, MetroId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * Converts an index relative to a reference metro (default SF Bay Area = 1.0) into a
 * premium over the default dataset's baseline: `index × (1 + premium(reference)) − 1`.
 *
 * @example
 * ```ts
 * import { premiumFromIndex } from "paybands";
 * premiumFromIndex(0.8);
 * //=> 0.104
 * ```
 *
 * @category Geo
 */
export function premiumFromIndex(
  index: number,
  reference: MetroId | MetroAlias | (string & {}) = "sf-bay-area",
): number {
  return premiumFromIndexIn(getDataset(), index, reference);
}
