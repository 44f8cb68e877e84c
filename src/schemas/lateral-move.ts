import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { type Effect, EffectSchema } from "./effect.js";

/**
 * A lateral move out of the role (platform engineer, MLE, ...), with its premium and
 * the source's condition for it.
 *
 * @example
 * ```ts
 * import { LateralMoveSchema } from "paybands/schemas";
 * LateralMoveSchema.parse({
 *   id: "ml-engineer",
 *   name: "Machine Learning Engineer",
 *   aliases: ["mle"],
 *   effect: { kind: "amount", amount: [15000, 30000], basis: "unspecified" },
 *   condition: "At AI-native companies.",
 *   levels: [],
 *   description: "High growth path in 2026.",
 *   source: "guide",
 * }).effect.kind;
 * //=> "amount"
 * ```
 *
 * @category Schemas
 */
export const LateralMoveSchema = z.strictObject({
  /** Kebab-case id, unique among the dataset's lateral moves. */
  id: IdSchema,
  /** Display name. */
  name: NameSchema,
  /** Other kebab-case keys that lookups accept, unique across the lateral moves' ids and aliases. */
  aliases: uniqueList(IdSchema, 16),
  /** What the move adds to pay, as the source gives it. */
  effect: EffectSchema,
  /** The source's condition for the premium ("at AI-native companies"). */
  condition: TextSchema.optional(),
  /** Level ids the source ties the premium to (empty: not tied to a level). */
  levels: uniqueList(IdSchema, 50),
  /** The source's description of the move. */
  description: TextSchema,
  /** Id of the source (in `Dataset.sources`) the figures come from. */
  source: IdSchema,
});

/**
 * A lateral move, as validated by {@link LateralMoveSchema}.
 *
 * @example
 * ```ts
 * import type { LateralMove } from "paybands/schemas";
 * const move: Pick<LateralMove, "id"> = { id: "full-stack" };
 * move.id;
 * //=> "full-stack"
 * ```
 *
 * @category Schemas
 */
export interface LateralMove extends DeepReadonly<z.infer<typeof LateralMoveSchema>> {
  /** What the move adds to pay, as the source gives it. */
  readonly effect: Effect;
}
