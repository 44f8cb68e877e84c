import { checkRows, mapRows } from "../../_internal/batch.js";
import type { Dataset } from "../../schemas/dataset.js";
import { estimateCompensation } from "./estimate-compensation.js";
import type { CompensationEstimate, EstimateInput } from "./types.js";

/**
 * The batch form of {@link estimateCompensation}: one estimate per input row, in order —
 * each exactly what `estimateCompensation(dataset, row)` returns (the same base, total
 * comp, band, premiums and trace).
 *
 * @throws PaybandsError `INVALID_INPUT` when `rows` is not an array; for a bad row, the
 *   row's own error (`UNKNOWN_LEVEL`, `INVALID_PERCENTILE`, ...) with the row's index in
 *   front of its path (`[3, "level"]`) and of its message (`[3]: ...`).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { estimateMany } from "paybands/core";
 * estimateMany(getDataset(), [
 *   { level: "senior", metro: "seattle" },
 *   { level: "mid", percentile: 75 },
 * ]).map((e) => [e.base, e.totalComp]);
 * //=> [[258300, 361620], [180000, 225000]]
 * ```
 *
 * @category Comp
 */
export function estimateMany(
  dataset: Dataset,
  rows: readonly EstimateInput[],
): CompensationEstimate[] {
  const list = checkRows(rows, 'estimateMany rows (estimate inputs such as { level: "senior" })');
  return mapRows(list, (row) => estimateCompensation(dataset, row as EstimateInput));
}
