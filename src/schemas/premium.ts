import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { type Effect, EffectSchema } from "./effect.js";

/**
 * A skill premium (containers/cloud, Go/Rust, AI services): an effect range, the
 * levels it applies at, and the source's condition ("at companies actively using
 * those languages").
 *
 * @example
 * ```ts
 * import { PremiumSchema } from "paybands/schemas";
 * PremiumSchema.parse({
 *   id: "go-rust",
 *   name: "Go / Rust",
 *   aliases: ["go", "rust"],
 *   levels: ["mid"],
 *   effect: { kind: "percent", fraction: [0.1, 0.2], basis: "base" },
 *   condition: "At companies actively using those languages.",
 *   relativeTo: "Python/Node engineers at equivalent levels",
 *   source: "guide",
 * }).levels;
 * //=> ["mid"]
 * ```
 *
 * @category Schemas
 */
export const PremiumSchema = z.strictObject({
  /** Kebab-case id, unique among the dataset's premiums. */
  id: IdSchema,
  /** Display name. */
  name: NameSchema,
  /** Other kebab-case keys that lookups accept, unique across the premiums' ids and aliases. */
  aliases: uniqueList(IdSchema, 16),
  /** Level ids the premium applies at; each must name a level of the dataset. */
  levels: uniqueList(IdSchema, 50).min(1),
  /** What the premium adds to base, as a range. */
  effect: EffectSchema,
  /** The source's condition for the premium. */
  condition: TextSchema,
  /** What the premium is relative to, in the source's words. */
  relativeTo: TextSchema,
  /** Id of the source (in `Dataset.sources`) the figures come from. */
  source: IdSchema,
});

/**
 * A skill premium, as validated by {@link PremiumSchema}.
 *
 * @example
 * ```ts
 * import type { Premium } from "paybands/schemas";
 * const p: Pick<Premium, "id" | "levels"> = { id: "ai-services", levels: ["senior", "staff"] };
 * p.levels.length;
 * //=> 2
 * ```
 *
 * @category Schemas
 */
export interface Premium extends DeepReadonly<z.infer<typeof PremiumSchema>> {
  /** What the premium adds to base, as a range. */
  readonly effect: Effect;
}
