/**
 * `paybands/format`: money, ranges, percentiles and explanations as text, with
 * `Intl.NumberFormat` and `Intl.PluralRules`. Amounts are rounded once by paybands'
 * rule (half-even to the dollar by default) and Intl is given the exact rounded value,
 * so it never rounds again.
 *
 * @module paybands/format
 */
export { formatMoney } from "./format-money.js";
export { formatPercentile } from "./format-percentile.js";
export { formatRange } from "./format-range.js";
export { formatTrace } from "./format-trace.js";
export type {
  CompactOption,
  FormatMoneyOptions,
  FormatPercentileOptions,
  FormatTraceOptions,
} from "./types.js";
