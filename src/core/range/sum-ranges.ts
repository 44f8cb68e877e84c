import { Dec, describeValue } from "../../_internal/decimal.js";
import { resolveRoundOption } from "../../_internal/money-rounding.js";
import { finishRange, toDecimalRange } from "../../_internal/range-decimal.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { RoundOption } from "../money/types.js";
import type { MoneyRange } from "./types.js";

/**
 * Sums a list of ranges (and numbers) end to end, exactly, rounding each end of the total
 * once by `round` (default half-even to the whole unit). An empty list sums to `[0, 0]`.
 *
 * @throws PaybandsError `INVALID_RANGE` for a list that is not an array or a malformed item
 *   (its index is in `path`); `INVALID_OPTION` for an unknown rounding rule.
 *
 * @example
 * ```ts
 * import { sumRanges } from "paybands/core";
 * sumRanges([[205000, 205000], [20500, 30750], [15000, 30000], 10000]);
 * //=> [250500, 275750]
 * ```
 *
 * @category Comp
 */
export function sumRanges(
  ranges: readonly (number | MoneyRange)[],
  round?: RoundOption,
): MoneyRange {
  const rule = resolveRoundOption(round, ["round"]);
  if (!Array.isArray(ranges)) {
    throw new PaybandsError(
      "INVALID_RANGE",
      `ranges must be an array of numbers and [low, high] pairs; got ${describeValue(ranges)}`,
      { path: ["ranges"] },
    );
  }
  let low = new Dec(0);
  let high = new Dec(0);
  for (let i = 0; i < ranges.length; i++) {
    const item: unknown = ranges[i];
    const [a, b] = toDecimalRange(item, `ranges[${i}]`, ["ranges", i]);
    low = low.plus(a);
    high = high.plus(b);
  }
  return finishRange([low, high], rule, "the total");
}
