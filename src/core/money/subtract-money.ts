import { toDecimal } from "../../_internal/decimal.js";
import { finishMoney, resolveRoundOption } from "../../_internal/money-rounding.js";
import type { MoneyInput, RoundOption } from "./types.js";

/**
 * Subtracts `b` from `a` exactly and rounds the difference once by `rule` (default
 * half-even to the whole unit). The difference may be negative.
 *
 * @throws PaybandsError `INVALID_AMOUNT` for an amount that is not a finite number or a
 *   decimal string, or a magnitude above 10^15; `INVALID_OPTION` for an unknown rule.
 *
 * @example
 * ```ts
 * import { subtractMoney } from "paybands/core";
 * [subtractMoney(0.3, 0.1, "none"), subtractMoney(205000, 231000)];
 * //=> [0.2, -26000]
 * ```
 *
 * @category Comp
 */
export function subtractMoney(a: MoneyInput, b: MoneyInput, rule?: RoundOption): number {
  const resolved = resolveRoundOption(rule, ["rule"]);
  const x = toDecimal(a, { name: "a", path: ["a"], code: "INVALID_AMOUNT" });
  const y = toDecimal(b, { name: "b", path: ["b"], code: "INVALID_AMOUNT" });
  return finishMoney(x.minus(y), resolved, "the difference");
}
