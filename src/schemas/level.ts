import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { type PercentileBand, PercentileBandSchema } from "./band.js";
import { IdSchema, MoneySchema, NameSchema, TextSchema, uniqueList } from "./common.js";
import { type Fact, FactSchema } from "./fact.js";
import { rangeOf } from "./range.js";

/** Total comp below the median base, or above 5x it, is a transcription error, not a pay structure. */
const MAX_TC_MULTIPLIER = 5;

/**
 * A career level: its US base-salary band, typical years of experience and the
 * source's estimated total comp (from which the TC/base multiplier is derived).
 *
 * Cross-field rules: the band has a p50 anchor and the estimated total comp lies
 * between 1x and 5x that median.
 *
 * @example
 * ```ts
 * import { LevelSchema } from "paybands/schemas";
 * const senior = LevelSchema.parse({
 *   id: "senior",
 *   name: "Senior Backend Developer",
 *   aliases: ["senior-backend-developer"],
 *   rank: 3,
 *   years: [5, 9],
 *   base: { anchors: [{ p: 25, amount: 162000 }, { p: 50, amount: 205000 }] },
 *   estimatedTotalComp: { amount: 287000, approximate: true },
 *   facts: [],
 *   source: "guide",
 * });
 * senior.years;
 * //=> [5, 9]
 * ```
 *
 * @category Schemas
 */
export const LevelSchema = z
  .strictObject({
    /** Kebab-case id, unique among the dataset's levels. */
    id: IdSchema,
    /** Display name. */
    name: NameSchema,
    /** Other kebab-case keys that lookups accept, unique across the levels' ids and aliases. */
    aliases: uniqueList(IdSchema, 16),
    /** 1 for the most junior level; strictly increasing through the ladder. */
    rank: z.int().min(1).max(50),
    /** Typical years of experience, `[low, high]`. */
    years: rangeOf(z.number().min(0).max(60)),
    /** The US base-salary band (p25, p50, p75, p90 in the embedded dataset). */
    base: PercentileBandSchema,
    /** The source's estimated total comp (base + bonus + equity) at the level. */
    estimatedTotalComp: z.strictObject({
      /** Estimated annual total comp. */
      amount: MoneySchema.gt(0),
      /** The source writes "~$287k": an estimate, not a measurement. */
      approximate: z.boolean(),
    }),
    /** The source's description of the level. */
    description: TextSchema.optional(),
    /** Figures and claims the source gives about the level beside its table. */
    facts: z.array(FactSchema).max(30),
    /** Id of the source (in `Dataset.sources`) the figures come from. */
    source: IdSchema,
  })
  .superRefine((level, ctx) => {
    const median = level.base.anchors.find((a) => a.p === 50);
    if (!median) {
      ctx.addIssue({
        code: "custom",
        message:
          "a level's base band needs a p50 anchor (the TC/base multiplier is relative to it)",
        path: ["base", "anchors"],
      });
      return;
    }
    const multiplier = level.estimatedTotalComp.amount / median.amount;
    if (multiplier < 1 || multiplier > MAX_TC_MULTIPLIER) {
      ctx.addIssue({
        code: "custom",
        message: `estimated total comp must be 1x to ${MAX_TC_MULTIPLIER}x the p50 base (${median.amount}); got ${multiplier.toFixed(2)}x`,
        path: ["estimatedTotalComp", "amount"],
      });
    }
  });

/**
 * A career level, as validated by {@link LevelSchema}.
 *
 * @example
 * ```ts
 * import { getLevel } from "paybands";
 * import type { Level } from "paybands/schemas";
 * const level: Level = getLevel("senior");
 * level.estimatedTotalComp.amount;
 * //=> 287000
 * ```
 *
 * @category Schemas
 */
export interface Level extends DeepReadonly<z.infer<typeof LevelSchema>> {
  /** The US base-salary band (p25, p50, p75, p90 in the embedded dataset). */
  readonly base: PercentileBand;
  /** Figures and claims the source gives about the level beside its table. */
  readonly facts: readonly Fact[];
}
