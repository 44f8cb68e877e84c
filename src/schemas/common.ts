import * as z from "zod";

/** Longest id, alias or name we accept: long enough for any real name, short enough to bound memory. */
const MAX_ID = 64;

/**
 * A kebab-case identifier: lowercase letters and digits in hyphen-separated words
 * (`senior`, `sf-bay-area`, `2026`).
 *
 * @example
 * ```ts
 * import { IdSchema } from "paybands/schemas";
 * [IdSchema.safeParse("sf-bay-area").success, IdSchema.safeParse("SF Bay").success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(MAX_ID)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be kebab-case (e.g. 'sf-bay-area')" });

/**
 * A short human-readable name or label (1–200 characters).
 *
 * @example
 * ```ts
 * import { NameSchema } from "paybands/schemas";
 * NameSchema.parse("Senior Backend Developer");
 * //=> "Senior Backend Developer"
 * ```
 *
 * @category Schemas
 */
export const NameSchema = z.string().trim().min(1).max(200);

/**
 * Free text: a note, a description or a quotation from a source (1–2,000 characters).
 *
 * @example
 * ```ts
 * import { TextSchema } from "paybands/schemas";
 * TextSchema.safeParse("").success;
 * //=> false
 * ```
 *
 * @category Schemas
 */
export const TextSchema = z.string().trim().min(1).max(2000);

/**
 * An amount of money in whole or fractional currency units: finite, >= 0 and below
 * 10^9 (a plausibility bound that catches a misplaced decimal point).
 *
 * @example
 * ```ts
 * import { MoneySchema } from "paybands/schemas";
 * [MoneySchema.safeParse(205000).success, MoneySchema.safeParse(-1).success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export const MoneySchema = z.number().finite().min(0).max(1e9);

/** @internal Duplicate-free list of ids, for aliases and references. */
export function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((value, index) => {
        if (seen.has(value)) {
          ctx.addIssue({ code: "custom", message: `duplicate entry '${value}'`, path: [index] });
        }
        seen.add(value);
      });
    });
}
