import type { PaybandsErrorCode } from "./error-codes.js";
import { PAYBANDS_ERROR_BRAND, PaybandsError } from "./paybands-error.js";

/**
 * True when `value` is a {@link PaybandsError} — also one thrown by another copy of
 * the package — optionally with the given code.
 *
 * @example
 * ```ts
 * import { getMetro, isPaybandsError } from "paybands";
 * try {
 *   getMetro("paris");
 * } catch (err) {
 *   isPaybandsError(err, "UNKNOWN_METRO");
 *   //=> true
 * }
 * ```
 *
 * @category Errors
 */
export function isPaybandsError(value: unknown, code?: PaybandsErrorCode): value is PaybandsError {
  if (value instanceof PaybandsError) return code === undefined || value.code === code;
  if (typeof value !== "object" || value === null) return false;
  const branded = (value as Record<PropertyKey, unknown>)[PAYBANDS_ERROR_BRAND] === true;
  return branded && (code === undefined || (value as { code?: unknown }).code === code);
}
