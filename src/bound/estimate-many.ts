import { estimateMany as estimateManyIn } from "../core/estimate/estimate-many.js";
import type { CompensationEstimate } from "../core/estimate/types.js";
import { getDataset } from "../data/get-dataset.js";
import type { BoundEstimateInput } from "./estimate-compensation.js";

/**
 * Estimates pay for many rows at once on the default dataset: one estimate per row, in
 * order, each exactly what `estimateCompensation(row)` returns. A bad row throws its
 * own error with the row's index in front of its path (`[3, "level"]`). See
 * `estimateMany` in "paybands/core" for another dataset.
 *
 * @example
 * ```ts
 * import { estimateMany } from "paybands";
 * estimateMany([
 *   { level: "senior", metro: "seattle" },
 *   { level: "senior", metro: "seattle", percentile: 75 },
 * ]).map((e) => e.base);
 * //=> [258300, 321300]
 * ```
 *
 * @category Comp
 */
export function estimateMany(rows: readonly BoundEstimateInput[]): CompensationEstimate[] {
  return estimateManyIn(getDataset(), rows);
}
