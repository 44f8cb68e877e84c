import { applyLevers as applyLeversIn } from "../core/levers/apply-levers.js";
import type {
  ApplyLeversContext,
  EstimateLeversResult,
  EstimateTarget,
  LeverInput,
  LeversResult,
  LeverTarget,
  OfferLeversResult,
} from "../core/levers/types.js";
import type { Offer } from "../core/offer/types.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * Applies the guide's negotiation levers to an offer or an estimate with the default
 * dataset, as `[low, high]` ranges: each lever's contribution, the outcome, the levers
 * ranked by the guide's effectiveness, and the trace. Same as `applyLevers(dataset,
 * target, levers, context)` from "paybands/core"; see docs/model-levers.md.
 *
 * @example
 * ```ts
 * import { applyLevers } from "paybands";
 * const r = applyLevers({ base: 200000 }, ["ai-premium", "competing-offer"]);
 * [r.after.base, r.ranked];
 * //=> [[240000, 270000], ["competing-offer", "ai-premium"]]
 * ```
 *
 * @category Levers
 */
export function applyLevers(
  target: EstimateTarget,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): EstimateLeversResult;
export function applyLevers(
  target: Offer,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): OfferLeversResult;
export function applyLevers(
  target: LeverTarget,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): LeversResult;
export function applyLevers(
  target: LeverTarget,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): LeversResult {
  return applyLeversIn(getDataset(), target, levers, context);
}
