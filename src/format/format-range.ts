import { describeValue } from "../_internal/decimal.js";
import { formatRangeCached } from "../_internal/format-intl.js";
import {
  moneyFormatter,
  readAmount,
  readMoneyOptions,
  roundForDisplay,
} from "../_internal/format-money.js";
import type { MoneyRange } from "../core/range/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { FormatMoneyOptions } from "./types.js";

/**
 * Formats a `[low, high]` range of money as the locale writes ranges, with
 * `Intl.NumberFormat.prototype.formatRange`: an en dash, the currency symbol once where
 * the locale does so ("$162–305K"), a wave dash in Japanese. Each end is rounded once,
 * as by {@link formatMoney} with the same options; if both ends round to the same text,
 * the range is shown as that single amount (Intl would write "~$258K"). Ties round
 * half-even by default: 1,250,000 is "$1.2M" (Intl alone would write "$1.3M").
 *
 * @throws PaybandsError `INVALID_RANGE` for anything but an array of two finite
 *   amounts within 10^15 in magnitude with low <= high; `INVALID_OPTION` as
 *   {@link formatMoney}.
 *
 * @example
 * ```ts
 * import { formatRange } from "paybands/format";
 * [formatRange([162000, 305000]), formatRange([162000, 305000], { compact: true })];
 * //=> ["$162,000 – $305,000", "$162–305K"]
 * [formatRange([950000, 1250000], { compact: true }), formatRange([258200, 258400], { compact: true })];
 * //=> ["$950K – $1.2M", "$258K"]
 * [formatRange([162000, 305000], { locale: "de-DE", currency: "EUR" }), formatRange([162000, 305000], { locale: "ja-JP", compact: true })];
 * //=> ["162.000–305.000\u00a0€", "$16～30万"]
 * ```
 *
 * @category Format
 */
export function formatRange(range: MoneyRange, options?: FormatMoneyOptions): string {
  const plan = readMoneyOptions(options);
  const value: unknown = range;
  if (!Array.isArray(value) || value.length !== 2) {
    throw new PaybandsError(
      "INVALID_RANGE",
      `range must be an array [low, high] of two amounts; got ${describeValue(value)}${
        Array.isArray(value) ? ` of length ${value.length}` : ""
      }`,
      { path: ["range"] },
    );
  }
  const low = readAmount(value[0], "range[0] (low)", ["range", 0], "INVALID_RANGE");
  const high = readAmount(value[1], "range[1] (high)", ["range", 1], "INVALID_RANGE");
  if (low.greaterThan(high)) {
    throw new PaybandsError(
      "INVALID_RANGE",
      `range must have low <= high; got [${low.toString()}, ${high.toString()}]`,
      { path: ["range"] },
    );
  }
  const a = roundForDisplay(low, plan);
  const b = roundForDisplay(high, plan);
  const min = Math.max(a.minDigits, b.minDigits);
  const max = Math.max(a.maxDigits, b.maxDigits);
  const f = moneyFormatter(plan, min, max);
  return a.value === b.value ? f.format(a.value) : formatRangeCached(f, a.value, b.value);
}
