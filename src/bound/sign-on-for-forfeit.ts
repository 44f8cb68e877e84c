import { signOnForForfeit as signOnForForfeitIn } from "../core/levers/sign-on-for-forfeit.js";
import type { ForfeitInput, SignOnForForfeit, SignOnOptions } from "../core/levers/types.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * The sign-on bonus range that covers the guide's 50–100% of forfeited unvested equity
 * (an amount, or unvested shares × current price), with the default dataset. Same as
 * `signOnForForfeit(dataset, forfeit, options)` from "paybands/core".
 *
 * @example
 * ```ts
 * import { signOnForForfeit } from "paybands";
 * signOnForForfeit({ shares: 800, price: 150 }).range;
 * //=> [60000, 120000]
 * ```
 *
 * @category Levers
 */
export function signOnForForfeit(forfeit: ForfeitInput, options?: SignOnOptions): SignOnForForfeit {
  return signOnForForfeitIn(getDataset(), forfeit, options);
}
