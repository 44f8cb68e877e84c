import { resolveRoundOption } from "../../_internal/money-rounding.js";
import { finishRange, toDecimalRange } from "../../_internal/range-decimal.js";
import type { RoundOption } from "../money/types.js";
import type { MoneyRange } from "./types.js";

/**
 * Adds two ranges (or a range and a number) end to end — `[a.low + b.low, a.high + b.high]`
 * — exactly, rounding each end once by `round` (default half-even to the whole unit;
 * pass `"none"` for factor or fraction ranges).
 *
 * @throws PaybandsError `INVALID_RANGE` for a malformed range; `INVALID_OPTION` for an
 *   unknown rounding rule.
 *
 * @example
 * ```ts
 * import { addRanges } from "paybands/core";
 * [addRanges([205000, 205000], [30000, 60000]), addRanges([0.1, 0.2], [0.05, 0.1], "none")];
 * //=> [[235000, 265000], [0.15, 0.3]]
 * ```
 *
 * @category Comp
 */
export function addRanges(
  a: number | MoneyRange,
  b: number | MoneyRange,
  round?: RoundOption,
): MoneyRange {
  const rule = resolveRoundOption(round, ["round"]);
  const x = toDecimalRange(a, "a", ["a"]);
  const y = toDecimalRange(b, "b", ["b"]);
  return finishRange([x[0].plus(y[0]), x[1].plus(y[1])], rule, "the sum");
}
