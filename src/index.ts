/**
 * `paybands`: everything most users need, bound to the default embedded dataset
 * (backend-developer, latest version). The same functions, taking the dataset as an
 * argument, are in `paybands/core`. Validating your own data (`parseDataset`,
 * `safeParseDataset`) and the same functions over it (`createPaybands`) are in
 * `paybands/schemas`, so that importing `paybands` does not load zod (about 90 ms of
 * start-up and most of the bundle).
 *
 * @module paybands
 */
export * from "./bound/index.js";
export type {
  CareerMilestone,
  CareerNote,
  CareerPoint,
  CareerProjection,
  CareerPromotion,
  CareerScenario,
  CareerTrack,
  CareerYear,
  LateralMoveEffect,
  LateralMoveOption,
  LateralMoves,
  ProjectCareerInput,
} from "./core/career/types.js";
// diffDatasets takes both datasets as arguments: the root shares it with core.
export * from "./core/dataset/index.js";
export type { AppliedPremium, CompensationEstimate, EstimateInput } from "./core/estimate/types.js";
export type {
  AdjustForMetroOptions,
  GeoPolicy,
  MetroAdjustment,
  PayZone,
} from "./core/geo/types.js";
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
} from "./core/levers/types.js";
// Band-level functions take a band, not a dataset: the root entry shares them with core.
export * from "./core/money/index.js";
export type {
  Offer,
  OfferBonus,
  OfferContext,
  OfferEquity,
  OfferEvaluation,
  OfferYear,
  VestingSchedule,
} from "./core/offer/types.js";
export * from "./core/percentile/index.js";
export * from "./core/range/index.js";
export type { DatasetAge, StalenessOptions } from "./core/staleness/types.js";
export type { DatasetRef, TraceOp, TraceStep } from "./core/trace/types.js";
export * from "./data/index.js";
export * from "./errors/index.js";
export type {
  Anchor,
  Dataset,
  Effect,
  Fact,
  Headline,
  LateralMove,
  Level,
  Lever,
  Metro,
  Note,
  PercentileBand,
  Premium,
  ProgressionStep,
  Range,
  Role,
  Source,
} from "./schemas/index.js";
