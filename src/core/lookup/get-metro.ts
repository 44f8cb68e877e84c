import { resolveEntry } from "../../_internal/resolve-entry.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Metro } from "../../schemas/metro.js";

/**
 * Finds a metro of `dataset` by id or alias, case-insensitively. An unknown key
 * throws `UNKNOWN_METRO` naming the valid ids and the nearest match.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { getMetro } from "paybands/core";
 * getMetro(getDataset(), "sf").id;
 * //=> "sf-bay-area"
 * ```
 *
 * @category Data
 */
export function getMetro(dataset: Dataset, key: string): Metro {
  return resolveEntry(dataset.metros, key, "metro", "UNKNOWN_METRO");
}
