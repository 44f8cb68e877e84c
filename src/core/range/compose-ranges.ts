import { describeValue } from "../../_internal/decimal.js";
import { resolveRoundOption } from "../../_internal/money-rounding.js";
import {
  type DecimalRange,
  finishRange,
  multiplyDecimalRanges,
  toDecimalRange,
} from "../../_internal/range-decimal.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { RoundOption } from "../money/types.js";
import type { MoneyRange, RangeStep } from "./types.js";

/**
 * Applies a chain of steps to a starting amount or range — `{ scale }` multiplies by a
 * factor (range), `{ add }` adds an amount (range) — in exact decimal arithmetic, and
 * rounds once at the end by `round` (default half-even to the whole unit). This is how
 * adjustments stack without rounding drift: geo premium, then a lever, then a fixed
 * amount.
 *
 * Each step uses interval arithmetic, so the result is the smallest range containing
 * every outcome of choosing one value from each step's range.
 *
 * @throws PaybandsError `INVALID_RANGE` for a malformed start or step value;
 *   `INVALID_OPTION` for a step that is not `{ scale }` or `{ add }`, or an unknown
 *   rounding rule.
 *
 * @example
 * ```ts
 * import { composeRanges } from "paybands/core";
 * composeRanges(205000, [{ scale: 1.05 }, { scale: [1.1, 1.15] }, { add: [30000, 60000] }]);
 * //=> [266775, 307538]
 * ```
 *
 * @category Comp
 */
export function composeRanges(
  start: number | MoneyRange,
  steps: readonly RangeStep[],
  round?: RoundOption,
): MoneyRange {
  const rule = resolveRoundOption(round, ["round"]);
  let acc: DecimalRange = toDecimalRange(start, "start", ["start"]);
  if (!Array.isArray(steps)) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `steps must be an array of { scale } and { add } steps; got ${describeValue(steps)}`,
      { path: ["steps"], validChoices: ["scale", "add"] },
    );
  }
  for (let i = 0; i < steps.length; i++) {
    const step: unknown = steps[i];
    const keys = typeof step === "object" && step !== null ? Object.keys(step) : [];
    const kind = keys.length === 1 ? keys[0] : undefined;
    if (kind !== "scale" && kind !== "add") {
      throw new PaybandsError(
        "INVALID_OPTION",
        `steps[${i}] must be one of { scale: factor } or { add: amount } (a number or a [low, high] range); got ${describeValue(step)}`,
        { path: ["steps", i], validChoices: ["scale", "add"] },
      );
    }
    const value = (step as Record<string, unknown>)[kind];
    const operand = toDecimalRange(value, `steps[${i}].${kind}`, ["steps", i, kind]);
    acc =
      kind === "scale"
        ? multiplyDecimalRanges(acc, operand)
        : [acc[0].plus(operand[0]), acc[1].plus(operand[1])];
  }
  return finishRange(acc, rule, "the composed range");
}
