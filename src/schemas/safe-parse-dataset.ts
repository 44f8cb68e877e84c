import { deepFreeze } from "../_internal/deep-freeze.js";
import { zodErrorToPaybandsError } from "../_internal/zod-issues.js";
import { PaybandsError } from "../errors/paybands-error.js";
import { type Dataset, DatasetSchema } from "./dataset.js";

/**
 * zod keeps an optional key given as `undefined` (`{ advice: undefined }`): a dataset
 * must not hold undefined values (they vanish through JSON and read as "missing"), so
 * the validated copy leaves such keys out.
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  );
}

/**
 * The result of {@link safeParseDataset}: the validated, deeply frozen dataset, or the
 * error that says which field is wrong.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { safeParseDataset } from "paybands/schemas";
 * const result = safeParseDataset(getDataset());
 * result.success ? result.data.version : result.error.code;
 * //=> "2026.1.0"
 * ```
 *
 * @category Schemas
 */
export type SafeParseDatasetResult =
  | {
      /** `true`: the input is a valid dataset. */
      readonly success: true;
      /** The validated dataset, deeply frozen. */
      readonly data: Dataset;
    }
  | {
      /** `false`: the input breaks a rule. */
      readonly success: false;
      /** An `INVALID_DATASET` error whose `path` points at the first bad field. */
      readonly error: PaybandsError;
    };

/**
 * Validates untrusted data (a user's company bands, a JSON file) against every
 * dataset rule without throwing. On success `data` is a fresh, deeply frozen copy:
 * later changes to the input do not reach it.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from "paybands/schemas";
 * const result = safeParseDataset({ id: "Not Kebab" });
 * result.success ? "ok" : [result.error.code, result.error.path];
 * //=> ["INVALID_DATASET", ["id"]]
 * ```
 *
 * @category Schemas
 */
export function safeParseDataset(input: unknown): SafeParseDatasetResult {
  try {
    const result = DatasetSchema.safeParse(input);
    if (result.success) {
      return { success: true, data: deepFreeze(withoutUndefined(result.data) as Dataset) };
    }
    return {
      success: false,
      error: zodErrorToPaybandsError(result.error, "INVALID_DATASET", "dataset"),
    };
  } catch (cause) {
    // Exotic input (a Proxy whose traps throw, a getter that throws) must not escape as
    // a foreign exception type.
    return {
      success: false,
      error: new PaybandsError("INVALID_DATASET", "Invalid dataset: the value could not be read.", {
        cause,
      }),
    };
  }
}
