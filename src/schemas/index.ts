/**
 * `paybands/schemas`: zod schemas and inferred types for every model, for validating
 * user data and composing schemas — and `createPaybands`, the `paybands` functions over
 * your own dataset (validated here, since validation needs zod).
 *
 * @module paybands/schemas
 */

export type { DeepReadonly } from "../_internal/deep-readonly.js";
export {
  type BoundFunctions,
  createPaybands,
  type DatasetOverrides,
  type EntryOverrides,
  type MergePatch,
  type Paybands,
} from "../create-paybands/index.js";
export {
  isPaybandsError,
  PAYBANDS_ERROR_CODES,
  PaybandsError,
  type PaybandsErrorCode,
} from "../errors/index.js";
export {
  type Anchor,
  AnchorSchema,
  type PercentileBand,
  PercentileBandSchema,
  PercentileSchema,
} from "./band.js";
export { IdSchema, MoneySchema, NameSchema, TextSchema } from "./common.js";
export {
  DATASET_SCHEMA_VERSION,
  type Dataset,
  DatasetSchema,
  DatasetVersionSchema,
} from "./dataset.js";
export { BasisSchema, type Effect, EffectSchema } from "./effect.js";
export { type Fact, FactSchema } from "./fact.js";
export { type Headline, HeadlineSchema } from "./headline.js";
export { type LateralMove, LateralMoveSchema } from "./lateral-move.js";
export { type Level, LevelSchema } from "./level.js";
export { type Lever, LeverSchema } from "./lever.js";
export { type Metro, MetroSchema, PremiumFractionSchema } from "./metro.js";
export { type Note, NoteSchema } from "./note.js";
export { parseDataset } from "./parse-dataset.js";
export { type Premium, PremiumSchema } from "./premium.js";
export { type ProgressionStep, ProgressionStepSchema } from "./progression-step.js";
export { type Range, RangeSchema, rangeOf } from "./range.js";
export { type Role, RoleSchema } from "./role.js";
export { type SafeParseDatasetResult, safeParseDataset } from "./safe-parse-dataset.js";
export { type Source, SourceSchema } from "./source.js";
