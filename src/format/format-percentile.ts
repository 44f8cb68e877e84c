import { Dec, describeValue } from "../_internal/decimal.js";
import { numberFormat, readLocale } from "../_internal/format-intl.js";
import { percentileWords } from "../_internal/format-ordinal.js";
import { readOptions } from "../_internal/options.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { FormatPercentileOptions } from "./types.js";

const KEYS = ["locale", "decimals"] as const;
const MAX_DECIMALS = 3;

/**
 * Formats a percentile in words: "62nd percentile". The percentile is rounded once,
 * half-even, to `decimals` places (default 0: 62.5 → "62nd"), read as its shortest
 * decimal form (62.45 is a tie); a result that would round to 0 or 100 is shown as the
 * nearest value inside (0, 100) at that precision ("99th", "1st"), as percentiles are.
 *
 * Languages with a proper form: English ordinals from `Intl.PluralRules` (1st, 2nd, 3rd,
 * 4th, 11th, 12th, 13th, 21st, 22nd; "62.4th" with decimals), German "62. Perzentil",
 * French "62e centile" / "1er centile", Italian "62° percentile", Dutch "62e percentiel",
 * Spanish and Portuguese "percentil 62", Japanese "第62パーセンタイル", Chinese
 * "第62百分位". Any other language gets the English words with the locale's digits
 * and decimal separator.
 *
 * @throws PaybandsError `INVALID_PERCENTILE` for anything but a finite number in
 *   (0, 100); `INVALID_OPTION` for an unknown option or locale, or decimals outside
 *   0..3.
 *
 * @example
 * ```ts
 * import { formatPercentile } from "paybands/format";
 * [formatPercentile(62.4), formatPercentile(1), formatPercentile(12.5), formatPercentile(99.7)];
 * //=> ["62nd percentile", "1st percentile", "12th percentile", "99th percentile"]
 * [formatPercentile(62.4, { locale: "de-DE" }), formatPercentile(62.4, { locale: "ja-JP" }), formatPercentile(62.4, { locale: "de-DE", decimals: 1 })];
 * //=> ["62. Perzentil", "第62パーセンタイル", "62,4. Perzentil"]
 * ```
 *
 * @category Format
 */
export function formatPercentile(percentile: number, options?: FormatPercentileOptions): string {
  const o = readOptions(options, KEYS, "options");
  const locale = readLocale(o.locale ?? "en-US", ["locale"]);
  const decimals = o.decimals ?? 0;
  if (
    typeof decimals !== "number" ||
    !Number.isInteger(decimals) ||
    decimals < 0 ||
    decimals > MAX_DECIMALS
  ) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `decimals must be an integer from 0 to ${MAX_DECIMALS}; got ${describeValue(decimals)}`,
      { path: ["decimals"], validChoices: ["0", "1", "2", "3"] },
    );
  }
  const value: unknown = percentile;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value >= 100) {
    throw new PaybandsError(
      "INVALID_PERCENTILE",
      `percentile must be a finite number between 0 and 100 (exclusive); got ${describeValue(value)}`,
      { path: ["percentile"] },
    );
  }
  const unit = new Dec(10).pow(-decimals);
  let rounded = new Dec(value).toDecimalPlaces(decimals, Dec.ROUND_HALF_EVEN);
  if (rounded.lessThan(unit)) rounded = unit;
  const top = new Dec(100).minus(unit);
  if (rounded.greaterThan(top)) rounded = top;
  const num = numberFormat(locale, {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(rounded.toFixed());
  return percentileWords(num, rounded.toNumber(), locale);
}
