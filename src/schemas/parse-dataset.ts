import type { Dataset } from "./dataset.js";
import { safeParseDataset } from "./safe-parse-dataset.js";

/**
 * Validates untrusted data as a dataset and returns a deeply frozen copy, or throws a
 * `PaybandsError` with code `INVALID_DATASET` whose `path` points at the first bad
 * field (all problems are in `issues`).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { parseDataset } from "paybands/schemas";
 * const mine = JSON.parse(JSON.stringify(getDataset()));
 * mine.levels[0].base.anchors[1].amount = 1; // below p25: unordered
 * try {
 *   parseDataset(mine);
 * } catch (err) {
 *   err.path;
 *   //=> ["levels", 0, "base", "anchors", 1, "amount"]
 * }
 * ```
 *
 * @category Schemas
 */
export function parseDataset(input: unknown): Dataset {
  const result = safeParseDataset(input);
  if (!result.success) throw result.error;
  return result.data;
}
