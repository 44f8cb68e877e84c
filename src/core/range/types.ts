import type { Range } from "../../schemas/range.js";

/**
 * A closed range `[low, high]` with `low <= high` — of money, or of a factor or a
 * fraction — the same tuple as the schemas' `Range`. Where a source gives one number,
 * `low === high`.
 *
 * @example
 * ```ts
 * import type { MoneyRange } from "paybands/core";
 * const relevel: MoneyRange = [30000, 60000];
 * relevel[1] - relevel[0];
 * //=> 30000
 * ```
 *
 * @category Comp
 */
export type MoneyRange = Range;

/**
 * One step of {@link composeRanges}: add an amount or range (`{ add }`), or multiply by a
 * factor or factor range (`{ scale }`).
 *
 * @example
 * ```ts
 * import type { RangeStep } from "paybands/core";
 * const aiPremium: RangeStep = { scale: [1.1, 1.15] };
 * "scale" in aiPremium;
 * //=> true
 * ```
 *
 * @category Comp
 */
export type RangeStep =
  | {
      /** Add an amount or a `[low, high]` range. */
      readonly add: number | MoneyRange;
    }
  | {
      /** Multiply by a factor or a `[low, high]` range of factors. */
      readonly scale: number | MoneyRange;
    };
