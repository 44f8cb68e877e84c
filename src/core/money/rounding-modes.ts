import type { RoundingMode, RoundStep } from "./types.js";

/**
 * Every {@link RoundingMode}, in the order the docs list them (for menus and validation).
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from "paybands/core";
 * ROUNDING_MODES;
 * //=> ["half-even", "half-up", "up", "down"]
 * ```
 *
 * @category Comp
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  "half-even",
  "half-up",
  "up",
  "down",
] as const);

/**
 * Every {@link RoundStep}.
 *
 * @example
 * ```ts
 * import { ROUND_STEPS } from "paybands/core";
 * ROUND_STEPS;
 * //=> [1, 100, 1000]
 * ```
 *
 * @category Comp
 */
export const ROUND_STEPS: readonly RoundStep[] = Object.freeze([1, 100, 1000] as const);
