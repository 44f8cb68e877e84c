import { estimateCompensation as estimateCompensationIn } from "../core/estimate/estimate-compensation.js";
import type { CompensationEstimate, EstimateInput } from "../core/estimate/types.js";
import type {
  LevelAlias,
  LevelId,
  MetroAlias,
  MetroId,
  PremiumId,
} from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * {@link EstimateInput} with the default dataset's ids suggested by the editor.
 *
 * @example
 * ```ts
 * import type { BoundEstimateInput } from "paybands";
 * const input: BoundEstimateInput = { level: "sr", metro: "sea", premiums: ["go-rust"] };
 * input.level;
 * //=> "sr"
 * ```
 *
 * @category Comp
 */
export interface BoundEstimateInput extends Omit<EstimateInput, "level" | "metro" | "premiums"> {
  /** Level id or alias. */
  readonly level: LevelId | LevelAlias | (string & {});
  /** Metro id or alias (default: the dataset baseline, US national = remote). */
  readonly metro?: MetroId | MetroAlias | (string & {});
  /** Skill premium ids or aliases, applied to base as ranges. */
  readonly premiums?: readonly (PremiumId | (string & {}))[];
}

/**
 * Estimates pay for a level in a metro at a percentile on the default dataset: base
 * (point and band), total comp from the level's TC/base multiplier, the split of TC,
 * and skill premiums as ranges, with the trace of every step. See
 * `estimateCompensation` in "paybands/core" for the formulas and another dataset.
 *
 * @example
 * ```ts
 * import { estimateCompensation } from "paybands";
 * const e = estimateCompensation({ level: "senior", metro: "seattle" });
 * [e.base, e.totalComp, e.band.map((a) => a.amount)];
 * //=> [258300, 361620, [204120, 258300, 321300, 384300]]
 * ```
 *
 * @category Comp
 */
export function estimateCompensation(input: BoundEstimateInput): CompensationEstimate {
  return estimateCompensationIn(getDataset(), input);
}
