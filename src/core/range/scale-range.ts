import { resolveRoundOption } from "../../_internal/money-rounding.js";
import {
  finishRange,
  multiplyDecimalRanges,
  toDecimalRange,
} from "../../_internal/range-decimal.js";
import type { RoundOption } from "../money/types.js";
import type { MoneyRange } from "./types.js";

/**
 * Multiplies a range by a factor or a factor range, exactly, and rounds each end once by
 * `round` (default half-even to the whole unit). With a factor range the result spans
 * every product of an amount and a factor (interval arithmetic), so it is sorted
 * `low <= high` even for negative factors.
 *
 * @throws PaybandsError `INVALID_RANGE` for a malformed range or factor; `INVALID_OPTION`
 *   for an unknown rounding rule.
 *
 * @example
 * ```ts
 * import { scaleRange } from "paybands/core";
 * [scaleRange([150000, 200000], [1.1, 1.2]), scaleRange([205000, 205000], 1.15)];
 * //=> [[165000, 240000], [235750, 235750]]
 * ```
 *
 * @category Comp
 */
export function scaleRange(
  range: number | MoneyRange,
  factor: number | MoneyRange,
  round?: RoundOption,
): MoneyRange {
  const rule = resolveRoundOption(round, ["round"]);
  const r = toDecimalRange(range, "range", ["range"]);
  const f = toDecimalRange(factor, "factor", ["factor"]);
  return finishRange(multiplyDecimalRanges(r, f), rule, "the scaled range");
}
