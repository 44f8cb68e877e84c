import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, MoneySchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { BasisSchema } from "./effect.js";
import { rangeOf } from "./range.js";

/**
 * A role off the level ladder that the progression reaches: the engineering manager,
 * and the director and VP comp the manager track opens.
 *
 * @example
 * ```ts
 * import { RoleSchema } from "paybands/schemas";
 * RoleSchema.parse({
 *   id: "director",
 *   name: "Director of Engineering",
 *   aliases: [],
 *   track: "manager",
 *   comp: { amount: [250000, 400000], basis: "unspecified" },
 *   horizonYears: [5, 10],
 *   source: "guide",
 * }).comp?.amount;
 * //=> [250000, 400000]
 * ```
 */
export const RoleSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  aliases: uniqueList(IdSchema, 16),
  track: z.enum(["ic", "manager"]),
  comp: z
    .strictObject({
      amount: rangeOf(MoneySchema),
      basis: BasisSchema,
      /** "$600k+": the top figure is a floor of the top, not a cap. */
      openEnded: z.boolean().optional(),
    })
    .optional(),
  /** Years from the track's start over which the source says this comp opens up. */
  horizonYears: rangeOf(z.number().min(0).max(60)).optional(),
  description: TextSchema.optional(),
  source: IdSchema,
});

/**
 * A role, as validated by {@link RoleSchema}.
 *
 * @example
 * ```ts
 * import type { Role } from "paybands/schemas";
 * const em: Role = { id: "engineering-manager", name: "Engineering Manager", aliases: ["em"], track: "manager", source: "guide" };
 * em.track;
 * //=> "manager"
 * ```
 */
export type Role = DeepReadonly<z.infer<typeof RoleSchema>>;
