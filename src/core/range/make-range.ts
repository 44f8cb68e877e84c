import { toDecimalRange } from "../../_internal/range-decimal.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { MoneyRange } from "./types.js";

/**
 * Makes a validated `[low, high]` range; with one number, the degenerate range
 * `[x, x]`. The ends are kept as given (no rounding); the result is frozen. Ends may be
 * negative (a range of adjustments), but must be finite with magnitude <= 10^15.
 *
 * @throws PaybandsError `INVALID_RANGE` when an end is not a finite number or `low > high`.
 *
 * @example
 * ```ts
 * import { makeRange } from "paybands/core";
 * [makeRange(150000, 180000), makeRange(205000)];
 * //=> [[150000, 180000], [205000, 205000]]
 * ```
 *
 * @category Comp
 */
export function makeRange(low: number, high: number = low): MoneyRange {
  toDecimalRange(low, "low", ["low"]);
  toDecimalRange(high, "high", ["high"]);
  if (low > high) {
    throw new PaybandsError(
      "INVALID_RANGE",
      `a range needs low <= high; got low ${low} and high ${high}`,
      { path: ["high"] },
    );
  }
  return Object.freeze([low === 0 ? 0 : low, high === 0 ? 0 : high] as const);
}
