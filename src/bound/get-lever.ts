import { getLever as getLeverIn } from "../core/lookup/get-lever.js";
import type { LeverAlias, LeverId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";
import type { Lever } from "../schemas/lever.js";

/**
 * Finds a lever of the default dataset by id or alias, case-insensitively. An
 * unknown key throws a `PaybandsError` naming the valid ids and the nearest match.
 * (To look up in another dataset, use `getLever(dataset, key)` from "paybands/core".)
 *
 * @example
 * ```ts
 * import { getLever } from "paybands";
 * getLever("Competing").id;
 * //=> "competing-offer"
 * ```
 *
 * @category Data
 */
export function getLever(key: LeverId | LeverAlias | (string & {})): Lever {
  return getLeverIn(getDataset(), key);
}
