import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { type Effect, EffectSchema } from "./effect.js";

/**
 * A negotiation lever: what moves an offer, how reliably (the source's ranking) and
 * by how much, as a range.
 *
 * @example
 * ```ts
 * import { LeverSchema } from "paybands/schemas";
 * LeverSchema.parse({
 *   id: "competing-offer",
 *   name: "Competing offer from a tier-equivalent or higher company",
 *   aliases: ["competing"],
 *   rank: 1,
 *   effectiveness: "high",
 *   effect: { kind: "percent", fraction: [0.1, 0.2], basis: "offer" },
 *   description: "The most reliable single lever.",
 *   source: "guide",
 * }).effectiveness;
 * //=> "high"
 * ```
 *
 * @category Schemas
 */
export const LeverSchema = z.strictObject({
  /** Kebab-case id, unique among the dataset's levers. */
  id: IdSchema,
  /** Display name. */
  name: NameSchema,
  /** Other kebab-case keys that lookups accept, unique across the levers' ids and aliases. */
  aliases: uniqueList(IdSchema, 16),
  /** Position in the source's ranking, 1 = most effective. */
  rank: z.int().min(1).max(50),
  /** The source's rating of how reliably the lever works. */
  effectiveness: z.enum(["high", "medium", "low"]),
  /** How much the lever moves pay, as a range. */
  effect: EffectSchema,
  /** What the lever is, in the source's words. */
  description: TextSchema,
  /** The source's advice on using the lever. */
  advice: TextSchema.optional(),
  /** Id of the source (in `Dataset.sources`) the figures come from. */
  source: IdSchema,
});

/**
 * A negotiation lever, as validated by {@link LeverSchema}.
 *
 * @example
 * ```ts
 * import { getLever } from "paybands";
 * import type { Lever } from "paybands/schemas";
 * const lever: Lever = getLever("competing-offer");
 * lever.effect;
 * //=> { kind: "percent", fraction: [0.1, 0.2], basis: "offer" }
 * ```
 *
 * @category Schemas
 */
export interface Lever extends DeepReadonly<z.infer<typeof LeverSchema>> {
  /** How much the lever moves pay, as a range. */
  readonly effect: Effect;
}
