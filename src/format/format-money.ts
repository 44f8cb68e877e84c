import {
  moneyFormatter,
  readAmount,
  readMoneyOptions,
  roundForDisplay,
} from "../_internal/format-money.js";
import type { MoneyInput } from "../core/money/types.js";
import type { FormatMoneyOptions } from "./types.js";

/**
 * Formats an amount of money for a locale with `Intl.NumberFormat`, after rounding it
 * once by paybands' rule: half-even to the whole unit by default (`2.5` → "$2",
 * `3.5` → "$4"), or the `round` option. Intl is then given the rounded value as an exact
 * decimal string with exactly the fraction digits it needs, so it never rounds again —
 * no double rounding, and no binary-float digits.
 *
 * The compact form (`compact: true`) rounds the exact amount once, straight to the
 * displayed precision: 258,500 is "$258K" (a tie, to the even thousand), 258,500.4 is
 * "$259K" — not "$258K" via 258,500. Its precision is Intl's default for compact
 * notation (two significant digits when the scaled figure has one integer digit:
 * "$9.5K", "$1.3M"; else whole units of the scale: "$258K"), or `compact: { decimals }`.
 * The scale is the locale's: "K"/"M" in English, 万/億 in Japanese, none below a million
 * in German ("258.300 $").
 *
 * Formatters are cached, so calling this on every slider move is cheap. Intl output
 * contains no-break spaces in some locales (de-DE "258.300\u00a0$", fr-FR uses
 * U+202F between digit groups).
 *
 * @throws PaybandsError `INVALID_AMOUNT` for an amount that is not a finite number or a
 *   decimal string, or beyond 10^15 in magnitude; `INVALID_OPTION` for an unknown
 *   option, an unknown currency or locale (the message names valid ones), a bad
 *   `compact` or `round`.
 *
 * @example
 * ```ts
 * import { formatMoney } from "paybands/format";
 * [formatMoney(258300), formatMoney(2.5), formatMoney(258300, { compact: true }), formatMoney(258300, { compact: { decimals: 1 } })];
 * //=> ["$258,300", "$2", "$258K", "$258.3K"]
 * [formatMoney(258500, { compact: true }), formatMoney(258500, { compact: true, round: { step: 1, mode: "half-up" } })];
 * //=> ["$258K", "$259K"]
 * [formatMoney(258300, { locale: "de-DE", currency: "EUR" }), formatMoney(258300, { locale: "ja-JP", currency: "JPY", compact: true })];
 * //=> ["258.300\u00a0€", "￥26万"]
 * formatMoney(0.125, { round: "none" });
 * //=> "$0.12"
 * ```
 *
 * @category Format
 */
export function formatMoney(amount: MoneyInput, options?: FormatMoneyOptions): string {
  const plan = readMoneyOptions(options);
  const shown = roundForDisplay(readAmount(amount, "amount", ["amount"]), plan);
  return moneyFormatter(plan, shown.minDigits, shown.maxDigits).format(shown.value);
}
