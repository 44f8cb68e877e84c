import { PaybandsError } from "../errors/paybands-error.js";
import { describeValue } from "./decimal.js";

/** Most years a projection covers. */
export const MAX_CAREER_YEARS = 40;

/** Largest accepted annual raise (+50% a year). */
export const MAX_ANNUAL_RAISE = 0.5;

/** Validates `years`: a whole number from 1 to 40; INVALID_INPUT (path `years`) otherwise. */
export function readCareerYears(value: unknown): number {
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_CAREER_YEARS
  ) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `years must be a whole number from 1 to ${MAX_CAREER_YEARS}; got ${describeValue(value)}`,
      { path: ["years"] },
    );
  }
  return value;
}

/**
 * Validates `annualRaise` (default 0): a fraction from 0 to 0.5; INVALID_INPUT (path
 * `annualRaise`) otherwise. Negative raises are refused: a path's base never decreases.
 */
export function readAnnualRaise(value: unknown): number {
  if (value === undefined) return 0;
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < 0 ||
    value > MAX_ANNUAL_RAISE
  ) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `annualRaise must be a fraction from 0 to ${MAX_ANNUAL_RAISE} (0.03 for +3% a year); got ${describeValue(value)}`,
      { path: ["annualRaise"] },
    );
  }
  return value === 0 ? 0 : value;
}
