import { evaluateOffers as evaluateOffersIn } from "../core/offer/evaluate-offers.js";
import type { OfferEvaluation, OfferRow } from "../core/offer/types.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * Evaluates many offers at once on the default dataset: one evaluation per row
 * `{ offer, context }`, in order, each exactly what `evaluateOffer(offer, context)`
 * returns. A bad row throws its own error with the row's index in front of its path
 * (`[3, "base"]`). See `evaluateOffers` in "paybands/core" for another dataset.
 *
 * @example
 * ```ts
 * import { evaluateOffers } from "paybands";
 * evaluateOffers([
 *   { offer: { base: 200000 }, context: { level: "senior" } },
 *   { offer: { base: 200000, bonus: { percent: 0.1 } }, context: { level: "senior" } },
 * ]).map((r) => r.firstYearTotal);
 * //=> [200000, 220000]
 * ```
 *
 * @category Offers
 */
export function evaluateOffers(rows: readonly OfferRow[]): OfferEvaluation[] {
  return evaluateOffersIn(getDataset(), rows);
}
