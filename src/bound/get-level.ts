import { getLevel as getLevelIn } from "../core/lookup/get-level.js";
import type { LevelAlias, LevelId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";
import type { Level } from "../schemas/level.js";

/**
 * Finds a level of the default dataset by id or alias, case-insensitively. An
 * unknown key throws a `PaybandsError` naming the valid ids and the nearest match.
 * (To look up in another dataset, use `getLevel(dataset, key)` from "paybands/core".)
 *
 * @example
 * ```ts
 * import { getLevel } from "paybands";
 * getLevel("principal").id;
 * //=> "staff"
 * ```
 *
 * @category Data
 */
export function getLevel(key: LevelId | LevelAlias | (string & {})): Level {
  return getLevelIn(getDataset(), key);
}
