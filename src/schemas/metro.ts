import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { type Fact, FactSchema } from "./fact.js";

/**
 * A metro's pay premium over the dataset's baseline, as a fraction: `0.38` for +38%.
 * Multipliers outside 0.5x–3x (premium -0.5 to +2) are rejected as typos: a premium
 * typed as `38` instead of `0.38` fails. At most four decimal places (basis points).
 *
 * @example
 * ```ts
 * import { PremiumFractionSchema } from "paybands/schemas";
 * [PremiumFractionSchema.safeParse(0.38).success, PremiumFractionSchema.safeParse(38).success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export const PremiumFractionSchema = z
  .number()
  .finite()
  .min(-0.5, { error: "premium below -50% (multiplier < 0.5) is implausible" })
  .max(2, { error: "premium above +200% (multiplier > 3) is implausible; write +38% as 0.38" })
  .refine((v) => Math.abs(Math.round(v * 1e4) - v * 1e4) < 1e-6, {
    error: "premium has more than four decimal places",
  });

/**
 * A metro area with its multiplicative pay premium relative to the dataset's baseline
 * (US national median = remote, +0%).
 *
 * @example
 * ```ts
 * import { MetroSchema } from "paybands/schemas";
 * MetroSchema.parse({
 *   id: "seattle",
 *   name: "Seattle",
 *   aliases: ["sea"],
 *   premium: 0.26,
 *   facts: [],
 *   source: "guide",
 * }).premium;
 * //=> 0.26
 * ```
 *
 * @category Schemas
 */
export const MetroSchema = z.strictObject({
  /** Kebab-case id, unique among the dataset's metros. */
  id: IdSchema,
  /** Display name. */
  name: NameSchema,
  /** Other kebab-case keys that lookups accept, unique across the metros' ids and aliases. */
  aliases: uniqueList(IdSchema, 16),
  /** Pay premium over the baseline metro, as a fraction (`0.38` for +38%). */
  premium: PremiumFractionSchema,
  /** The source says there is no state income tax here. */
  noStateIncomeTax: z.boolean().optional(),
  /** Employers or industries the source names as driving demand. */
  drivers: z.array(NameSchema).max(20).optional(),
  /** The source's description of the metro's market. */
  description: TextSchema.optional(),
  /** Figures and claims the source gives about the metro. */
  facts: z.array(FactSchema).max(30),
  /** Id of the source (in `Dataset.sources`) the figures come from. */
  source: IdSchema,
});

/**
 * A metro, as validated by {@link MetroSchema}.
 *
 * @example
 * ```ts
 * import { getMetro } from "paybands";
 * import type { Metro } from "paybands/schemas";
 * const metro: Metro = getMetro("sf");
 * metro.premium;
 * //=> 0.38
 * ```
 *
 * @category Schemas
 */
export interface Metro extends DeepReadonly<z.infer<typeof MetroSchema>> {
  /** Figures and claims the source gives about the metro. */
  readonly facts: readonly Fact[];
}
