import { readOptions } from "../../_internal/options.js";
import { computeDatasetAge } from "../../_internal/staleness.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { DatasetAge, StalenessOptions } from "./types.js";

/**
 * How old a dataset is at `now` (default: the current time) and whether it is stale:
 * older than `staleAfterMonths` whole months (default 18) after its effective date.
 * Counted on UTC calendar dates, so the answer does not depend on the time zone of the
 * machine; a `now` of `2027-07-01T23:30:00-05:00` is 2027-07-02.
 *
 * The domain results (`estimateCompensation`, `evaluateOffer`, `applyLevers`,
 * `projectCareer`, `adjustForMetro`) carry the same check as a sentence in `warnings`.
 *
 * @throws PaybandsError `INVALID_OPTION` for a `now` that is not a valid Date or ISO
 *   date string, or a `staleAfterMonths` that is not a whole number from 0 to 1200.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { datasetAge } from "paybands/core";
 * const ds = getDataset();
 * const { months, stale } = datasetAge(ds, "2027-07-01");
 * [months, stale, datasetAge(ds, "2027-07-02").stale, datasetAge(ds, "2027-07-02", { staleAfterMonths: 24 }).stale];
 * //=> [18, false, true, false]
 * ```
 *
 * @category Data
 */
export function datasetAge(
  dataset: Dataset,
  now?: Date | string,
  options?: Pick<StalenessOptions, "staleAfterMonths">,
): DatasetAge {
  const o = readOptions(options, ["staleAfterMonths"], "datasetAge options");
  return computeDatasetAge(dataset, now, o.staleAfterMonths, {
    now: ["now"],
    staleAfterMonths: ["staleAfterMonths"],
  });
}
