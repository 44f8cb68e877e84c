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
 *
 * @category Schemas
 */
export const RoleSchema = z.strictObject({
  /** Kebab-case id, unique among the dataset's roles. */
  id: IdSchema,
  /** Display name. */
  name: NameSchema,
  /** Other kebab-case keys that lookups accept, unique across the roles' ids and aliases. */
  aliases: uniqueList(IdSchema, 16),
  /** The track the role is on. */
  track: z.enum(["ic", "manager"]),
  /** The compensation the source gives for the role, if any. */
  comp: z
    .strictObject({
      /** The money range, `[low, high]`. */
      amount: rangeOf(MoneySchema),
      /** What the amount measures. */
      basis: BasisSchema,
      /** "$600k+": the top figure is a floor of the top, not a cap. */
      openEnded: z.boolean().optional(),
    })
    .optional(),
  /** Years from the track's start over which the source says this comp opens up. */
  horizonYears: rangeOf(z.number().min(0).max(60)).optional(),
  /** The source's description of the role. */
  description: TextSchema.optional(),
  /** Id of the source (in `Dataset.sources`) the figures come from. */
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
 *
 * @category Schemas
 */
export interface Role extends DeepReadonly<z.infer<typeof RoleSchema>> {}
