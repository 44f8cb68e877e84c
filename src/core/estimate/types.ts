import type { GeoPolicy } from "../geo/types.js";
import type { RoundOption } from "../money/types.js";
import type { BandPoint, PercentileMethod, TailPolicy } from "../percentile/types.js";
import type { MoneyRange } from "../range/types.js";
import type { StalenessOptions } from "../staleness/types.js";
import type { DatasetRef, TraceStep } from "../trace/types.js";

/**
 * What to estimate: a level, optionally in a metro, at a percentile, with skill
 * premiums and an employer pay policy.
 *
 * @example
 * ```ts
 * import type { EstimateInput } from "paybands/core";
 * const input: EstimateInput = { level: "senior", metro: "seattle", percentile: 60, premiums: ["ai-services"] };
 * input.percentile;
 * //=> 60
 * ```
 *
 * @category Comp
 */
export interface EstimateInput extends StalenessOptions {
  /** Level id or alias. */
  readonly level: string;
  /** Metro id or alias (default: the dataset baseline, US national = remote). */
  readonly metro?: string;
  /** Percentile of base within the level's band, in (0, 100) (default 50). */
  readonly percentile?: number;
  /** Skill premium ids or aliases (e.g. `"go-rust"`), applied to base as ranges. */
  readonly premiums?: readonly string[];
  /** Pay policy (default `local`); see {@link GeoPolicy}. */
  readonly policy?: GeoPolicy;
  /** Lowest pay factor over the baseline the policy may pay. */
  readonly floor?: number;
  /** Percentile method (default `log-probit`). */
  readonly method?: PercentileMethod;
  /** Tail policy beyond the anchors (default `extend`). */
  readonly tail?: TailPolicy;
  /** Rounding of every money figure (default half-even to the dollar). */
  readonly round?: RoundOption;
  /**
   * Apply premiums at levels the guide does not give them for (default false: such a
   * premium is an error naming the levels it applies at).
   */
  readonly anyLevelPremiums?: boolean;
}

/**
 * A skill premium as applied by an estimate.
 *
 * @example
 * ```ts
 * import { estimateCompensation } from "paybands";
 * estimateCompensation({ level: "mid", premiums: ["go-rust"] }).premiums[0].range;
 * //=> [14800, 29600]
 * ```
 *
 * @category Comp
 */
export interface AppliedPremium {
  /** The premium's id. */
  readonly id: string;
  /** The premium's display name. */
  readonly name: string;
  /** What it adds to base, in money, `[low, high]`. */
  readonly range: MoneyRange;
  /** The source's condition for the premium. */
  readonly condition: string;
  /** What the premium is relative to, in the source's words. */
  readonly relativeTo: string;
}

/**
 * The result of {@link estimateCompensation}. Money figures are rounded once, at the
 * output; `breakdown.base + breakdown.other === totalComp` exactly.
 *
 * @example
 * ```ts
 * import { estimateCompensation } from "paybands";
 * const e = estimateCompensation({ level: "senior", metro: "seattle" });
 * [e.base, e.totalComp, e.multiplier, e.breakdown];
 * //=> [258300, 361620, 1.4, { base: 258300, other: 103320 }]
 * ```
 *
 * @category Comp
 */
export interface CompensationEstimate {
  /** The level id. */
  readonly level: string;
  /** The metro id. */
  readonly metro: string;
  /** The percentile of base within the level's band. */
  readonly percentile: number;
  /** The pay policy's kind. */
  readonly policy: "local" | "national" | "benchmark" | "elasticity" | "zones";
  /** Base at the percentile in the metro, before skill premiums. */
  readonly base: number;
  /** Base with the skill premiums' low and high ends (`[base, base]` without premiums). */
  readonly baseRange: MoneyRange;
  /** The level's anchors in the metro (p25..p90 for the embedded dataset). */
  readonly band: readonly BandPoint[];
  /** Total comp = base × the level's TC/base multiplier, before premiums. */
  readonly totalComp: number;
  /** Total comp with the premiums' ends (premiums add to base only). */
  readonly totalCompRange: MoneyRange;
  /** TC/base multiplier: the level's estimated total comp ÷ its p50 base. */
  readonly multiplier: number;
  /** Total comp split into base and the rest (bonus, equity). */
  readonly breakdown: {
    /** Base salary. */
    readonly base: number;
    /** Everything else: bonus and equity (`totalComp - base`). */
    readonly other: number;
  };
  /** The skill premiums applied. */
  readonly premiums: readonly AppliedPremium[];
  /** Caveats and the source's conditions, in words. */
  readonly notes: readonly string[];
  /**
   * Staleness warnings: a sentence when the dataset is older than the staleness limit
   * (see {@link StalenessOptions}), else empty.
   */
  readonly warnings: readonly string[];
  /** The formula steps that produced the numbers. */
  readonly trace: readonly TraceStep[];
  /** The dataset id and version the figures come from. */
  readonly dataset: DatasetRef;
}
