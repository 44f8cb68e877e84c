import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { PercentileSchema } from "./band.js";
import { IdSchema, NameSchema, TextSchema } from "./common.js";
import { BasisSchema } from "./effect.js";

/**
 * A headline figure the source prints above its tables ("Median (Senior) $205k"),
 * kept so that conflicts between headline and table can be recorded and checked.
 *
 * @example
 * ```ts
 * import { HeadlineSchema } from "paybands/schemas";
 * HeadlineSchema.parse({
 *   id: "median-senior",
 *   label: "Median (Senior Backend Developer)",
 *   value: 205000,
 *   unit: "usd",
 *   level: "senior",
 *   percentile: 50,
 *   basis: "base",
 *   source: "guide",
 * }).value;
 * //=> 205000
 * ```
 */
export const HeadlineSchema = z.strictObject({
  id: IdSchema,
  label: NameSchema,
  value: z.number().finite().min(0).max(1e9),
  unit: z.enum(["usd", "count"]),
  level: IdSchema.optional(),
  percentile: PercentileSchema.optional(),
  basis: BasisSchema.optional(),
  /** Set when the headline disagrees with the table; explains which figure wins. */
  conflict: TextSchema.optional(),
  source: IdSchema,
});

/**
 * A headline figure, as validated by {@link HeadlineSchema}.
 *
 * @example
 * ```ts
 * import type { Headline } from "paybands/schemas";
 * const h: Pick<Headline, "value" | "unit"> = { value: 4, unit: "count" };
 * h.unit;
 * //=> "count"
 * ```
 */
export type Headline = DeepReadonly<z.infer<typeof HeadlineSchema>>;
