import { MAX_MONEY_MAGNITUDE, toDecimal } from "../../_internal/decimal.js";
import { resolveRoundOption, roundDecimal, roundFloat } from "../../_internal/money-rounding.js";
import type { MoneyInput, RoundOption } from "./types.js";

/**
 * Rounds an amount by a named rule — by default half-even to the whole unit (banker's
 * rounding: ties go to the even neighbour). `rule` may be a step (`1`, `100`, `1000`,
 * half-even), `{ step, mode }` with mode `"half-even"`, `"half-up"`, `"up"` or `"down"`,
 * or `"none"`.
 *
 * The amount is read exactly: a number as its shortest decimal representation (so
 * `1.005` is 1.005, not the binary 1.00499999999999989…), a decimal string digit for
 * digit (up to 20 significant digits). Any finite amount with magnitude up to 10^15 is
 * accepted, negative ones too (differences and adjustments are signed); `up` and `down`
 * mean away from and towards zero. Rounding is idempotent: `roundMoney(roundMoney(x, r), r)`
 * equals `roundMoney(x, r)`.
 *
 * @throws PaybandsError `INVALID_AMOUNT` for a non-finite number, a non-numeric string or a
 *   magnitude above 10^15; `INVALID_OPTION` for an unknown rule.
 *
 * @example
 * ```ts
 * import { roundMoney } from "paybands/core";
 * [roundMoney(2.5), roundMoney(3.5), roundMoney(162500, 1000), roundMoney(163500, 1000)];
 * //=> [2, 4, 162000, 164000]
 * ```
 *
 * @category Comp
 */
export function roundMoney(amount: MoneyInput, rule?: RoundOption): number {
  const resolved = resolveRoundOption(rule, ["rule"]);
  if (typeof amount === "number" && Math.abs(amount) <= MAX_MONEY_MAGNITUDE) {
    // The float path is exact (see roundFloat) and avoids building a Decimal. NaN and
    // out-of-range numbers fall through to toDecimal, which throws.
    return roundFloat(amount, resolved);
  }
  const d = toDecimal(amount, { name: "amount", path: ["amount"], code: "INVALID_AMOUNT" });
  return roundDecimal(d, resolved);
}
