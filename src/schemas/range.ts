import * as z from "zod";

/**
 * A closed range `[low, high]` of finite numbers with `low <= high`. Where a source
 * gives one number, `low === high`.
 *
 * @example
 * ```ts
 * import { RangeSchema } from "paybands/schemas";
 * [RangeSchema.safeParse([10, 20]).success, RangeSchema.safeParse([20, 10]).success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export const RangeSchema = rangeOf(z.number().finite());

/**
 * A range `[low, high]` as a tuple type.
 *
 * @example
 * ```ts
 * import type { Range } from "paybands/schemas";
 * const raise: Range = [0.28, 0.42];
 * raise[1];
 * //=> 0.42
 * ```
 *
 * @category Schemas
 */
export type Range = readonly [low: number, high: number];

/**
 * Builds a `[low, high]` range schema whose ends satisfy `bound` and whose low is <= high.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { rangeOf } from "paybands/schemas";
 * const Fraction = rangeOf(z.number().min(0).max(1));
 * [Fraction.safeParse([0.1, 0.2]).success, Fraction.safeParse([0.1, 2]).success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export function rangeOf(bound: z.ZodNumber) {
  return z.tuple([bound, bound]).refine(([low, high]) => low <= high, {
    error: "range low must be <= high",
    path: [1],
  });
}
