import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { MoneySchema, TextSchema } from "./common.js";
import { rangeOf } from "./range.js";

/**
 * What an amount or percentage applies to: base salary, total comp, the whole offer
 * as negotiated, or a basis the source does not state.
 *
 * @example
 * ```ts
 * import { BasisSchema } from "paybands/schemas";
 * BasisSchema.options;
 * //=> ["base", "total-comp", "offer", "equity", "unspecified"]
 * ```
 *
 * @category Schemas
 */
export const BasisSchema = z.enum(["base", "total-comp", "offer", "equity", "unspecified"]);

/** Fractions such as a 10–20% premium are stored as [0.10, 0.20]; more than +200% is a typo. */
const FractionRange = rangeOf(z.number().finite().min(0).max(2));

/**
 * The effect of a lever, premium or move: a money range, a fractional range, a share
 * of forfeited equity, or a claim without a figure.
 *
 * @example
 * ```ts
 * import { EffectSchema } from "paybands/schemas";
 * EffectSchema.parse({ kind: "percent", fraction: [0.1, 0.2], basis: "offer" }).kind;
 * //=> "percent"
 * ```
 *
 * @category Schemas
 */
export const EffectSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("amount"),
    amount: rangeOf(MoneySchema),
    basis: BasisSchema,
  }),
  z.strictObject({
    kind: z.literal("percent"),
    fraction: FractionRange,
    basis: BasisSchema,
  }),
  z.strictObject({
    kind: z.literal("fraction-of-forfeit"),
    fraction: rangeOf(z.number().finite().min(0).max(1)),
  }),
  z.strictObject({
    kind: z.literal("qualitative"),
    summary: TextSchema,
  }),
]);

/**
 * An effect, as validated by {@link EffectSchema}.
 *
 * @example
 * ```ts
 * import type { Effect } from "paybands/schemas";
 * const e: Effect = { kind: "amount", amount: [15000, 30000], basis: "base" };
 * e.kind;
 * //=> "amount"
 * ```
 *
 * @category Schemas
 */
export type Effect = DeepReadonly<z.infer<typeof EffectSchema>>;
