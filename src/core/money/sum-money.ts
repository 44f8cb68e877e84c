import { Dec, describeValue, toDecimal } from "../../_internal/decimal.js";
import { finishMoney, resolveRoundOption } from "../../_internal/money-rounding.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { MoneyInput, RoundOption } from "./types.js";

/**
 * Adds a list of amounts exactly and rounds the total once by `rule` (default half-even
 * to the whole unit) — not the sum of rounded parts. An empty list sums to `0`.
 *
 * @throws PaybandsError `INVALID_AMOUNT` for a list that is not an array, or an item that is
 *   not a finite number or a decimal string (its index is in `path`); `INVALID_OPTION` for
 *   an unknown rule.
 *
 * @example
 * ```ts
 * import { sumMoney } from "paybands/core";
 * [sumMoney([0.1, 0.2, 0.3], "none"), sumMoney([205000, 30750.5, 40000.5])];
 * //=> [0.6, 275751]
 * ```
 *
 * @category Comp
 */
export function sumMoney(amounts: readonly MoneyInput[], rule?: RoundOption): number {
  const resolved = resolveRoundOption(rule, ["rule"]);
  if (!Array.isArray(amounts)) {
    throw new PaybandsError(
      "INVALID_AMOUNT",
      `amounts must be an array of numbers or decimal strings; got ${describeValue(amounts)}`,
      { path: ["amounts"] },
    );
  }
  let total = new Dec(0);
  for (let i = 0; i < amounts.length; i++) {
    const item: unknown = amounts[i];
    total = total.plus(
      toDecimal(item, { name: `amounts[${i}]`, path: ["amounts", i], code: "INVALID_AMOUNT" }),
    );
  }
  return finishMoney(total, resolved, "the total");
}
