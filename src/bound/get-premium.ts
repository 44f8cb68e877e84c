import { getPremium as getPremiumIn } from "../core/lookup/get-premium.js";
import type { PremiumId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";
import type { Premium } from "../schemas/premium.js";

/**
 * Finds a skill premium of the default dataset by id or alias, case-insensitively.
 *
 * @example
 * ```ts
 * import { getPremium } from "paybands";
 * getPremium("rust").effect;
 * //=> { kind: "percent", fraction: [0.1, 0.2], basis: "base" }
 * ```
 *
 * @category Data
 */
export function getPremium(key: PremiumId | (string & {})): Premium {
  return getPremiumIn(getDataset(), key);
}
