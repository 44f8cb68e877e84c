import { datasetAge as datasetAgeIn } from "../core/staleness/dataset-age.js";
import type { DatasetAge, StalenessOptions } from "../core/staleness/types.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * How old the default dataset is at `now` (default: the current time) and whether it
 * is stale: older than `staleAfterMonths` whole months (default 18) after its effective
 * date, counted on UTC calendar dates. See `datasetAge` in "paybands/core" for another
 * dataset.
 *
 * @example
 * ```ts
 * import { datasetAge } from "paybands";
 * const age = datasetAge(new Date("2027-08-01T12:00:00Z"));
 * [age.effectiveDate, age.months, age.stale];
 * //=> ["2026-01-01", 19, true]
 * ```
 *
 * @category Data
 */
export function datasetAge(
  now?: Date | string,
  options?: Pick<StalenessOptions, "staleAfterMonths">,
): DatasetAge {
  return datasetAgeIn(getDataset(), now, options);
}
