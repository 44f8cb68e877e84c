import { resolveEntry } from "../../_internal/resolve-entry.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Level } from "../../schemas/level.js";

/**
 * Finds a level of `dataset` by id or alias, case-insensitively (`"Senior"`, `"sr"`).
 * An unknown key throws `UNKNOWN_LEVEL` naming the valid ids and the nearest match.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { getLevel } from "paybands/core";
 * getLevel(getDataset(), "principal").id;
 * //=> "staff"
 * ```
 *
 * @category Data
 */
export function getLevel(dataset: Dataset, key: string): Level {
  return resolveEntry(dataset.levels, key, "level", "UNKNOWN_LEVEL");
}
