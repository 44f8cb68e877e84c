/**
 * The rounding steps paybands knows: whole units, hundreds and thousands.
 *
 * @example
 * ```ts
 * import type { RoundStep } from "paybands/core";
 * const step: RoundStep = 1000;
 * step;
 * //=> 1000
 * ```
 *
 * @category Comp
 */
export type RoundStep = 1 | 100 | 1000;

/**
 * How a value exactly between two steps (or, for `up`/`down`, any value between two
 * steps) is rounded. `half-even` rounds ties to the even step (banker's rounding),
 * `half-up` rounds ties away from zero, `up` rounds away from zero, `down` towards zero.
 * For the non-negative amounts paybands deals in, "away from zero" is "up".
 *
 * @example
 * ```ts
 * import type { RoundingMode } from "paybands/core";
 * const mode: RoundingMode = "half-even";
 * mode;
 * //=> "half-even"
 * ```
 *
 * @category Comp
 */
export type RoundingMode = "half-even" | "half-up" | "up" | "down";

/**
 * A named rounding rule: a step (`1`, `100`, `1000`, rounded half-even), a step with a
 * mode, or `"none"` for the unrounded value.
 *
 * @example
 * ```ts
 * import { roundMoney, type RoundOption } from "paybands/core";
 * const toHundreds: RoundOption = { step: 100, mode: "up" };
 * roundMoney(162001, toHundreds);
 * //=> 162100
 * ```
 *
 * @category Comp
 */
export type RoundOption =
  | RoundStep
  | "none"
  | {
      /** Round to a multiple of this step. */
      readonly step: RoundStep;
      /** How ties and remainders round. */
      readonly mode: RoundingMode;
    };

/**
 * An amount of money as paybands accepts it: a finite number, or a decimal string such
 * as `"1.005"` for values that must be read exactly.
 *
 * @example
 * ```ts
 * import { roundMoney, type MoneyInput } from "paybands/core";
 * const typed: MoneyInput = "162500.50";
 * roundMoney(typed);
 * //=> 162500
 * ```
 *
 * @category Comp
 */
export type MoneyInput = number | string;
