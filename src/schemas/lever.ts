import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { EffectSchema } from "./effect.js";

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
 */
export const LeverSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  aliases: uniqueList(IdSchema, 16),
  /** Position in the source's ranking, 1 = most effective. */
  rank: z.int().min(1).max(50),
  effectiveness: z.enum(["high", "medium", "low"]),
  effect: EffectSchema,
  description: TextSchema,
  advice: TextSchema.optional(),
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
 */
export type Lever = DeepReadonly<z.infer<typeof LeverSchema>>;
