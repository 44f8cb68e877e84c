import { applyDatasetOverrides } from "../_internal/dataset-overrides.js";
import { PaybandsError } from "../errors/paybands-error.js";
import { parseDataset } from "../schemas/parse-dataset.js";
import { safeParseDataset } from "../schemas/safe-parse-dataset.js";
import { bindDataset } from "./bound-functions.js";
import type { DatasetOverrides, Paybands } from "./types.js";

/**
 * The `paybands` API over your own dataset — your company's bands — or over a dataset
 * with a few changes: every function of the `paybands` entry that reads a dataset
 * (`getLevel`, `estimateCompensation`, `evaluateOffer`, `datasetAge`, ...), bound to it,
 * and the validated `dataset`.
 *
 * The dataset is validated first, as strictly as the embedded one (`parseDataset`),
 * then `overrides` are merged into a copy — top-level fields replaced, list entries
 * patched, added or removed by id ({@link DatasetOverrides}) — and the result is
 * validated again. Nothing passed in is changed, and the result shares nothing mutable
 * with it. Lives in `paybands/schemas` because validation needs zod.
 *
 * @throws PaybandsError `INVALID_DATASET` when the dataset, or the dataset with the
 *   overrides, breaks a rule (`path` points into the dataset; all problems are in
 *   `issues`); `INVALID_INPUT` for overrides that cannot be applied (an unknown key or
 *   id, a `__proto__` / `constructor` / `prototype` key; `path` starts with
 *   `"overrides"`).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { createPaybands } from "paybands/schemas";
 * const mine = createPaybands(getDataset(), {
 *   id: "acme-backend",
 *   metros: { seattle: { premium: 0.3 } },
 * });
 * const e = mine.estimateCompensation({ level: "senior", metro: "seattle" });
 * [e.base, e.dataset];
 * //=> [266500, { id: "acme-backend", version: "2026.1.0" }]
 * ```
 *
 * @category Data
 */
export function createPaybands(dataset: unknown, overrides?: DatasetOverrides): Paybands {
  let validated = parseDataset(dataset);
  if (overrides !== undefined) {
    const result = safeParseDataset(applyDatasetOverrides(validated, overrides));
    if (!result.success) {
      const e = result.error;
      throw new PaybandsError("INVALID_DATASET", `${e.message} (after applying the overrides)`, {
        path: e.path,
        validChoices: e.validChoices,
        issues: e.issues,
        cause: e,
      });
    }
    validated = result.data;
  }
  return Object.freeze({ ...bindDataset(validated), dataset: validated });
}
