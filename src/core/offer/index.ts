export { evaluateOffer } from "./evaluate-offer.js";
export type {
  Offer,
  OfferBonus,
  OfferContext,
  OfferEquity,
  OfferEvaluation,
  OfferYear,
  VestingSchedule,
} from "./types.js";
