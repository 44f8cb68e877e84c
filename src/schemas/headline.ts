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
 *
 * @category Schemas
 */
export const HeadlineSchema = z.strictObject({
  /** Kebab-case id, unique among the headlines. */
  id: IdSchema,
  /** The label the source prints. */
  label: NameSchema,
  /** The figure as printed: dollars for `usd`, a plain number for `count`. */
  value: z.number().finite().min(0).max(1e9),
  /** `usd` for money, `count` for a plain number. */
  unit: z.enum(["usd", "count"]),
  /** The level id the figure is about, if any. */
  level: IdSchema.optional(),
  /** The percentile the figure is, if it is one (50 for a median). */
  percentile: PercentileSchema.optional(),
  /** What the figure measures. */
  basis: BasisSchema.optional(),
  /** Set when the headline disagrees with the table; explains which figure wins. */
  conflict: TextSchema.optional(),
  /** Id of the source (in `Dataset.sources`) the figures come from. */
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
 *
 * @category Schemas
 */
export interface Headline extends DeepReadonly<z.infer<typeof HeadlineSchema>> {}
