import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, MoneySchema, TextSchema } from "./common.js";
import { BasisSchema } from "./effect.js";
import { rangeOf } from "./range.js";

/**
 * A figure or claim the source gives beside the tables — "tech companies start
 * $90–130k", "no state income tax" — with its kind, so a reader can tell a measurement
 * from a range or a claim.
 *
 * @example
 * ```ts
 * import { FactSchema } from "paybands/schemas";
 * FactSchema.parse({
 *   id: "entry-tech",
 *   kind: "range",
 *   text: "Entry-level backend roles at tech companies start $90-130k.",
 *   amount: [90000, 130000],
 *   basis: "base",
 *   source: "guide",
 * }).amount;
 * //=> [90000, 130000]
 * ```
 *
 * @category Schemas
 */
export const FactSchema = z.strictObject({
  /** Kebab-case id, unique among the facts of its level or metro. */
  id: IdSchema,
  /** measurement: a statistic; range: a stated range; claim: an assertion without a figure; example: one illustrative case. */
  kind: z.enum(["measurement", "range", "claim", "example"]),
  /** The fact in words, close to the source's. */
  text: TextSchema,
  /** The money range the fact states, `[low, high]`. */
  amount: rangeOf(MoneySchema).optional(),
  /** The fractional range the fact states (`[0.1, 0.2]` for 10–20%). */
  fraction: rangeOf(z.number().finite().min(-1).max(2)).optional(),
  /** What `amount` or `fraction` applies to. */
  basis: BasisSchema.optional(),
  /** The upper end is open ("$600k+"): `amount[1]` is the figure given, not a cap. */
  openEnded: z.boolean().optional(),
  /** Id of the source (in `Dataset.sources`) the figures come from. */
  source: IdSchema,
});

/**
 * A fact, as validated by {@link FactSchema}.
 *
 * @example
 * ```ts
 * import type { Fact } from "paybands/schemas";
 * const f: Fact = { id: "no-state-tax", kind: "claim", text: "No state income tax.", source: "guide" };
 * f.kind;
 * //=> "claim"
 * ```
 *
 * @category Schemas
 */
export interface Fact extends DeepReadonly<z.infer<typeof FactSchema>> {}
