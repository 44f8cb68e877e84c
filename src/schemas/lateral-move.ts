import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { EffectSchema } from "./effect.js";

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
 */
export const LateralMoveSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  aliases: uniqueList(IdSchema, 16),
  effect: EffectSchema,
  condition: TextSchema.optional(),
  /** Level ids the source ties the premium to (empty: not tied to a level). */
  levels: uniqueList(IdSchema, 50),
  description: TextSchema,
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
 */
export type LateralMove = DeepReadonly<z.infer<typeof LateralMoveSchema>>;
