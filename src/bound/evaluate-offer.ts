import { evaluateOffer as evaluateOfferIn } from "../core/offer/evaluate-offer.js";
import type { Offer, OfferContext, OfferEvaluation } from "../core/offer/types.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * Evaluates a job offer for a level in a metro, with the default dataset: per-year pay
 * (years 1–4), first-year, steady-state and four-year totals, the percentile of base
 * and of the total in the level's band for the metro, compa-ratio, position and trace.
 * Bonus percents are fractions (0.15 = 15%). Same as `evaluateOffer(dataset, offer,
 * context)` from "paybands/core"; see docs/model-offers.md.
 *
 * @example
 * ```ts
 * import { evaluateOffer } from "paybands";
 * const r = evaluateOffer(
 *   { base: 200000, equity: { grant: 400000, vesting: "back-loaded" } },
 *   { level: "senior" },
 * );
 * [r.years.map((y) => y.equity), r.years.map((y) => y.total), r.fourYearTotal, r.steadyStateTotal];
 * //=> [[20000, 60000, 160000, 160000], [220000, 260000, 360000, 360000], 1200000, 300000]
 * ```
 *
 * @category Offers
 */
export function evaluateOffer(offer: Offer, context: OfferContext): OfferEvaluation {
  return evaluateOfferIn(getDataset(), offer, context);
}
