export { evaluateOffer } from "./evaluate-offer.js";
export { evaluateOffers } from "./evaluate-offers.js";
export type {
  Offer,
  OfferBonus,
  OfferContext,
  OfferEquity,
  OfferEvaluation,
  OfferRow,
  OfferYear,
  VestingSchedule,
} from "./types.js";
