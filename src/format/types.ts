import type { RoundOption } from "../core/money/types.js";

/**
 * The compact form's precision: how many decimals the scaled figure may show
 * (`{ decimals: 1 }`: "$258.3K"). Trailing zeros are dropped ("$258K", not "$258.0K"),
 * and the precision is never finer than one unit of the currency.
 *
 * @example
 * ```ts
 * import { formatMoney, type CompactOption } from "paybands/format";
 * const oneDecimal: CompactOption = { decimals: 1 };
 * formatMoney(258300, { compact: oneDecimal });
 * //=> "$258.3K"
 * ```
 *
 * @category Format
 */
export interface CompactOption {
  /** Decimals of the scaled figure, 0 to 3. */
  readonly decimals: number;
}

/**
 * Options of {@link formatMoney} and {@link formatRange}.
 *
 * @example
 * ```ts
 * import { formatMoney, type FormatMoneyOptions } from "paybands/format";
 * const options: FormatMoneyOptions = { currency: "EUR", locale: "de-DE", round: 1000 };
 * formatMoney(258300, options);
 * //=> "258.000\u00a0€"
 * ```
 *
 * @category Format
 */
export interface FormatMoneyOptions {
  /** ISO 4217 currency code (default `"USD"`, the embedded dataset's currency). */
  readonly currency?: string;
  /** BCP 47 locale (default `"en-US"`). */
  readonly locale?: string;
  /**
   * Compact notation ("$258K", "$1.3M", "$26万"): `true` for the default precision (two
   * significant digits when the scaled figure has one integer digit, else none — Intl's
   * own default), or `{ decimals }`. Default `false`: the full amount.
   */
  readonly compact?: boolean | CompactOption;
  /**
   * The rounding rule, applied once, from the exact amount (default half-even to the
   * whole unit). `"none"` rounds half-even to the currency's minor unit (cents) and shows
   * it. In compact form the amount is rounded once to the displayed precision, or to the
   * rule's step if that is coarser, by the rule's mode.
   */
  readonly round?: RoundOption;
}

/**
 * Options of {@link formatPercentile}.
 *
 * @example
 * ```ts
 * import { formatPercentile, type FormatPercentileOptions } from "paybands/format";
 * const options: FormatPercentileOptions = { locale: "en-US", decimals: 1 };
 * formatPercentile(62.45, options);
 * //=> "62.4th percentile"
 * ```
 *
 * @category Format
 */
export interface FormatPercentileOptions {
  /** BCP 47 locale (default `"en-US"`). */
  readonly locale?: string;
  /** Decimals shown, 0 to 3 (default 0); trailing zeros are dropped. */
  readonly decimals?: number;
}

/**
 * Options of {@link formatTrace}.
 *
 * @example
 * ```ts
 * import { formatTrace, type FormatTraceOptions } from "paybands/format";
 * const options: FormatTraceOptions = { numbered: true };
 * formatTrace([{ key: "x", label: "x", op: "given", inputs: [], result: 1, text: "x = 1" }], options);
 * //=> ["1. x = 1"]
 * ```
 *
 * @category Format
 */
export interface FormatTraceOptions {
  /** Prefix each line with its step number, `"1. "` (default `false`). */
  readonly numbered?: boolean;
}
