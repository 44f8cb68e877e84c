import { toDecimal } from "../../_internal/decimal.js";
import { finishMoney, resolveRoundOption } from "../../_internal/money-rounding.js";
import type { MoneyInput, RoundOption } from "./types.js";

/**
 * Adds two amounts exactly (decimal arithmetic, no binary floating-point error) and rounds
 * the sum once by `rule` (default half-even to the whole unit; `"none"` for the exact sum
 * as the nearest number). Amounts are numbers or decimal strings, as in
 * {@link roundMoney}.
 *
 * @throws PaybandsError `INVALID_AMOUNT` for an amount that is not a finite number or a
 *   decimal string, or a magnitude above 10^15; `INVALID_OPTION` for an unknown rule.
 *
 * @example
 * ```ts
 * import { addMoney } from "paybands/core";
 * [addMoney(0.1, 0.2, "none"), addMoney(162000.5, 0.25), addMoney("1000.50", 2)];
 * //=> [0.3, 162001, 1002]
 * ```
 *
 * @category Comp
 */
export function addMoney(a: MoneyInput, b: MoneyInput, rule?: RoundOption): number {
  const resolved = resolveRoundOption(rule, ["rule"]);
  const x = toDecimal(a, { name: "a", path: ["a"], code: "INVALID_AMOUNT" });
  const y = toDecimal(b, { name: "b", path: ["b"], code: "INVALID_AMOUNT" });
  return finishMoney(x.plus(y), resolved, "the sum");
}
