/**
 * Every error code a {@link PaybandsError} can carry. Codes are stable API:
 * adding one is a minor change, renaming or removing one is a major change.
 *
 * @example
 * ```ts
 * import { PAYBANDS_ERROR_CODES } from "paybands";
 * PAYBANDS_ERROR_CODES.includes("UNKNOWN_METRO");
 * //=> true
 * ```
 *
 * @category Errors
 */
export const PAYBANDS_ERROR_CODES = [
  /** A dataset (ours or a user's) breaks a schema rule; `path` points at the field. */
  "INVALID_DATASET",
  /** A value passed to a function breaks a schema rule (band, offer, options). */
  "INVALID_INPUT",
  /** No dataset with that id / version is embedded. */
  "UNKNOWN_DATASET",
  "UNKNOWN_LEVEL",
  "UNKNOWN_METRO",
  "UNKNOWN_LEVER",
  "UNKNOWN_PREMIUM",
  "UNKNOWN_TRACK",
  /** A percentile that is not a finite number in the open interval (0, 100). */
  "INVALID_PERCENTILE",
  /** A percentile outside the band's anchors under the `error` tail policy. */
  "PERCENTILE_OUT_OF_RANGE",
  /** An amount of money that is negative, non-finite or not a number. */
  "INVALID_AMOUNT",
  /** An amount outside what the band's tail can reach under the `error` tail policy. */
  "AMOUNT_OUT_OF_RANGE",
  /** A band whose anchors are too few, unordered, duplicated or otherwise unusable. */
  "INVALID_BAND",
  /** A range whose low is above its high, or whose ends are not finite. */
  "INVALID_RANGE",
  /** An option with an unknown name or a value outside its valid choices. */
  "INVALID_OPTION",
  /** Vesting fractions that do not sum to 1, or an unknown schedule. */
  "INVALID_VESTING",
] as const;

/**
 * A stable, machine-readable error code; see {@link PAYBANDS_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { PaybandsErrorCode } from "paybands";
 * const code: PaybandsErrorCode = "UNKNOWN_LEVEL";
 * code;
 * //=> "UNKNOWN_LEVEL"
 * ```
 *
 * @category Errors
 */
export type PaybandsErrorCode = (typeof PAYBANDS_ERROR_CODES)[number];
