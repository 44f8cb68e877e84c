import { resolveEntry } from "../../_internal/resolve-entry.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Lever } from "../../schemas/lever.js";

/**
 * Finds a lever of `dataset` by id or alias, case-insensitively. An unknown key
 * throws `UNKNOWN_LEVER` naming the valid ids and the nearest match.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { getLever } from "paybands/core";
 * getLever(getDataset(), "competing").id;
 * //=> "competing-offer"
 * ```
 *
 * @category Data
 */
export function getLever(dataset: Dataset, key: string): Lever {
  return resolveEntry(dataset.levers, key, "lever", "UNKNOWN_LEVER");
}
