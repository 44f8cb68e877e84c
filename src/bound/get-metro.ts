import { getMetro as getMetroIn } from "../core/lookup/get-metro.js";
import type { MetroAlias, MetroId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";
import type { Metro } from "../schemas/metro.js";

/**
 * Finds a metro of the default dataset by id or alias, case-insensitively. An
 * unknown key throws a `PaybandsError` naming the valid ids and the nearest match.
 * (To look up in another dataset, use `getMetro(dataset, key)` from "paybands/core".)
 *
 * @example
 * ```ts
 * import { getMetro } from "paybands";
 * getMetro("sf").id;
 * //=> "sf-bay-area"
 * ```
 *
 * @category Data
 */
export function getMetro(key: MetroId | MetroAlias | (string & {})): Metro {
  return getMetroIn(getDataset(), key);
}
