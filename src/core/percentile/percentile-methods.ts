import type { PercentileMethod, TailPolicy } from "./types.js";

/**
 * Every {@link PercentileMethod}, the default first (for menus and validation).
 *
 * @example
 * ```ts
 * import { PERCENTILE_METHODS } from "paybands/core";
 * PERCENTILE_METHODS;
 * //=> ["log-probit", "pchip", "linear"]
 * ```
 *
 * @category Percentiles
 */
export const PERCENTILE_METHODS: readonly PercentileMethod[] = Object.freeze([
  "log-probit",
  "pchip",
  "linear",
] as const);

/**
 * Every {@link TailPolicy}, the default first.
 *
 * @example
 * ```ts
 * import { TAIL_POLICIES } from "paybands/core";
 * TAIL_POLICIES;
 * //=> ["extend", "clamp", "pareto", "error"]
 * ```
 *
 * @category Percentiles
 */
export const TAIL_POLICIES: readonly TailPolicy[] = Object.freeze([
  "extend",
  "clamp",
  "pareto",
  "error",
] as const);
