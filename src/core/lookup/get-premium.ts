import { resolveEntry } from "../../_internal/resolve-entry.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Premium } from "../../schemas/premium.js";

/**
 * Finds a premium of `dataset` by id or alias, case-insensitively. An unknown key
 * throws `UNKNOWN_PREMIUM` naming the valid ids and the nearest match.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { getPremium } from "paybands/core";
 * getPremium(getDataset(), "golang").id;
 * //=> "go-rust"
 * ```
 *
 * @category Data
 */
export function getPremium(dataset: Dataset, key: string): Premium {
  return resolveEntry(dataset.premiums, key, "premium", "UNKNOWN_PREMIUM");
}
