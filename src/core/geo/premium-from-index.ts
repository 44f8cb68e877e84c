import { Dec, describeValue } from "../../_internal/decimal.js";
import { atPath } from "../../_internal/options.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import { getMetro } from "../lookup/get-metro.js";

/**
 * The inverse of {@link toMetroIndex}: converts an index relative to a reference metro
 * (default SF Bay Area = 1.0) into a premium over the dataset's baseline,
 * `index × (1 + premium(reference)) − 1`. Use it to bring another calculator's
 * location factors into a dataset of your own.
 *
 * @throws PaybandsError `INVALID_INPUT` for an index that is not a finite number in (0, 10].
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { premiumFromIndex } from "paybands/core";
 * const ds = getDataset();
 * [premiumFromIndex(ds, 1), premiumFromIndex(ds, 0.75), premiumFromIndex(ds, 0.5)];
 * //=> [0.38, 0.035, -0.31]
 * ```
 *
 * @category Geo
 */
export function premiumFromIndex(
  dataset: Dataset,
  index: number,
  reference = "sf-bay-area",
): number {
  if (typeof index !== "number" || !Number.isFinite(index) || index <= 0 || index > 10) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `index must be a finite number in (0, 10]; got ${describeValue(index)}`,
      {
        path: ["index"],
      },
    );
  }
  const ref = atPath(["reference"], () => getMetro(dataset, reference));
  return new Dec(index).times(new Dec(1).plus(ref.premium)).minus(1).toNumber();
}
