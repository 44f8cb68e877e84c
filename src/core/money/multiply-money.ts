import { toDecimal } from "../../_internal/decimal.js";
import { finishMoney, resolveRoundOption } from "../../_internal/money-rounding.js";
import type { MoneyInput, RoundOption } from "./types.js";

/**
 * Multiplies an amount by a factor exactly and rounds the product once by `rule`
 * (default half-even to the whole unit). Where binary floating point goes wrong —
 * `1.005 * 100` is `100.49999999999999` and `205000 * 1.15` is `235749.99999999997` —
 * this gives `100.5` and `235750`.
 *
 * @throws PaybandsError `INVALID_AMOUNT` for an amount or factor that is not a finite number
 *   or a decimal string, or a magnitude above 10^15; `INVALID_OPTION` for an unknown rule.
 *
 * @example
 * ```ts
 * import { multiplyMoney } from "paybands/core";
 * [multiplyMoney(1.005, 100, "none"), multiplyMoney(205000, 1.15), multiplyMoney(162500, 1, 1000)];
 * //=> [100.5, 235750, 162000]
 * ```
 *
 * @category Comp
 */
export function multiplyMoney(amount: MoneyInput, factor: MoneyInput, rule?: RoundOption): number {
  const resolved = resolveRoundOption(rule, ["rule"]);
  const x = toDecimal(amount, { name: "amount", path: ["amount"], code: "INVALID_AMOUNT" });
  const f = toDecimal(factor, { name: "factor", path: ["factor"], code: "INVALID_AMOUNT" });
  return finishMoney(x.times(f), resolved, "the product");
}
