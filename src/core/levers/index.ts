export { applyLevers } from "./apply-levers.js";
export { signOnForForfeit } from "./sign-on-for-forfeit.js";
export type {
  ApplyLeversContext,
  EstimateLeversResult,
  EstimateTarget,
  ForfeitInput,
  LevelComparison,
  LeverContribution,
  LeverInput,
  LeversResult,
  LeverTarget,
  OfferLeversResult,
  SignOnForForfeit,
  SignOnOptions,
} from "./types.js";
