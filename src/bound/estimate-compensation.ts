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

/** {@link EstimateInput} with the default dataset's ids suggested by the editor. */
export type BoundEstimateInput = Omit<EstimateInput, "level" | "metro" | "premiums"> & {
  readonly level: LevelId | LevelAlias | (string & {});
  readonly metro?: MetroId | MetroAlias | (string & {});
  readonly premiums?: readonly (PremiumId | (string & {}))[];
};

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
 */
export function estimateCompensation(input: BoundEstimateInput): CompensationEstimate {
  return estimateCompensationIn(getDataset(), input);
}
