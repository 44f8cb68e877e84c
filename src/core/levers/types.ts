import type { GeoPolicy } from "../geo/types.js";
import type { RoundOption } from "../money/types.js";
import type { Offer } from "../offer/types.js";
import type { PercentileMethod, TailPolicy } from "../percentile/types.js";
import type { MoneyRange } from "../range/types.js";
import type { StalenessOptions } from "../staleness/types.js";
import type { DatasetRef, TraceStep } from "../trace/types.js";

/**
 * Forfeited unvested equity: an amount, or unvested `shares` × current stock `price`
 * (the guide: "unvested RSUs × current stock price").
 *
 * @example
 * ```ts
 * import type { ForfeitInput } from "paybands/core";
 * const forfeit: ForfeitInput = { shares: 800, price: 150 };
 * forfeit;
 * //=> { shares: 800, price: 150 }
 * ```
 *
 * @category Levers
 */
export type ForfeitInput =
  | number
  | {
      /** Number of unvested shares forfeited. */
      readonly shares: number;
      /** Price per share. */
      readonly price: number;
    };

/**
 * A lever to apply: its id or alias (`"competing-offer"`, `"ai"`), or an object naming
 * it with its parameters:
 * - `{ lever: "sign-on-bonus", forfeit }` — required: what you leave behind;
 * - `{ lever: "equity-refresh", ask }` — the extra initial grant you ask for;
 * - `{ lever: "level-escalation", toLevel }` — the level to compare with (default the next).
 *
 * @example
 * ```ts
 * import type { LeverInput } from "paybands/core";
 * const levers: LeverInput[] = ["competing-offer", { lever: "sign-on-bonus", forfeit: 120000 }];
 * levers.length;
 * //=> 2
 * ```
 *
 * @category Levers
 */
export type LeverInput =
  | string
  | {
      /** Lever id or alias. */
      readonly lever: string;
      /** Sign-on bonus: the unvested equity forfeited by leaving (required for it). */
      readonly forfeit?: ForfeitInput;
      /** Equity grant: the extra grant asked for (the range is `[0, ask]`). */
      readonly ask?: number;
      /** Level escalation: the level to compare with (default the next level up). */
      readonly toLevel?: string;
    };

/**
 * An estimate-like target: base and (annual) total comp, e.g. from
 * `estimateCompensation` (`{ base: e.base, totalComp: e.totalComp }`).
 *
 * @example
 * ```ts
 * import type { EstimateTarget } from "paybands/core";
 * const target: EstimateTarget = { base: 205000, totalComp: 287000 };
 * target.totalComp;
 * //=> 287000
 * ```
 *
 * @category Levers
 */
export interface EstimateTarget {
  /** Base salary. */
  readonly base: number;
  /** Annual total comp (at least `base`). */
  readonly totalComp: number;
}

/**
 * What levers apply to: an {@link Offer} (anything without `totalComp`, so
 * `{ base: 200000 }` is an offer of base only) or an {@link EstimateTarget}.
 *
 * @example
 * ```ts
 * import type { LeverTarget } from "paybands/core";
 * const targets: LeverTarget[] = [{ base: 200000 }, { base: 205000, totalComp: 287000 }];
 * "totalComp" in targets[1];
 * //=> true
 * ```
 *
 * @category Levers
 */
export type LeverTarget = Offer | EstimateTarget;

/**
 * Options of {@link applyLevers}: how percent levers combine, the rounding, and — for
 * level escalation's comparison with the next level's band — the level and metro of
 * the target, with the pay policy and percentile method.
 *
 * @example
 * ```ts
 * import type { ApplyLeversContext } from "paybands/core";
 * const context: ApplyLeversContext = { level: "senior", metro: "seattle", combine: "compound" };
 * context.combine;
 * //=> "compound"
 * ```
 *
 * @category Levers
 */
export interface ApplyLeversContext extends StalenessOptions {
  /** The level the target is at (enables the next-level comparison of level escalation). */
  readonly level?: string;
  /** Metro id or alias (default: the dataset baseline); used with `level`. */
  readonly metro?: string;
  /** Pay policy giving the level's band in the metro (default `local`). */
  readonly policy?: GeoPolicy;
  /** Lowest pay factor over the baseline the policy may pay. */
  readonly floor?: number;
  /** Percentile method of the comparison (default `log-probit`). */
  readonly method?: PercentileMethod;
  /** Tail policy of the comparison (default `extend`). */
  readonly tail?: TailPolicy;
  /**
   * How several percent levers combine: `"add"` (default: base × (1 + f₁ + f₂)) or
   * `"compound"` (base × (1 + f₁) × (1 + f₂), in the order given).
   */
  readonly combine?: "add" | "compound";
  /** Rounding of money figures (default half-even to the dollar). */
  readonly round?: RoundOption;
}

/**
 * Level escalation's comparison: the next level's (or `toLevel`'s) base and estimated
 * total comp in the metro at the percentile the target's base has in its own level.
 *
 * @example
 * ```ts
 * import { applyLevers } from "paybands";
 * applyLevers({ base: 205000, totalComp: 287000 }, ["level-escalation"], { level: "senior" })
 *   .contributions[0].comparison;
 * //=> { fromLevel: "senior", toLevel: "staff", percentile: 50, base: 310000, totalComp: 496000 }
 * ```
 *
 * @category Levers
 */
export interface LevelComparison {
  /** The target's level id. */
  readonly fromLevel: string;
  /** The level id compared with. */
  readonly toLevel: string;
  /** The target base's percentile in its level's band (1 decimal). */
  readonly percentile: number;
  /** The other level's base at that percentile in the metro. */
  readonly base: number;
  /** That base × the other level's TC/base multiplier. */
  readonly totalComp: number;
}

/**
 * One lever's contribution: what it adds (`range`, `[low, high]`) to which part of the
 * target (`basis`): `"base"` (percent levers), `"total-comp"` (level escalation),
 * `"sign-on"` (one-time, year 1) or `"equity-grant"` (an initial-grant increase).
 *
 * @example
 * ```ts
 * import { applyLevers } from "paybands";
 * const c = applyLevers({ base: 200000 }, ["competing-offer"]).contributions[0];
 * [c.lever, c.basis, c.range, c.effectiveness, c.rank];
 * //=> ["competing-offer", "base", [20000, 40000], "high", 1]
 * ```
 *
 * @category Levers
 */
export interface LeverContribution {
  /** The lever's id. */
  readonly lever: string;
  /** The lever's display name. */
  readonly name: string;
  /** The guide's rating of the lever. */
  readonly effectiveness: "high" | "medium" | "low";
  /** The guide's rank (1 = most effective). */
  readonly rank: number;
  /** What the range adds to: base, total comp, the sign-on or the equity grant. */
  readonly basis: "base" | "total-comp" | "sign-on" | "equity-grant";
  /** What the lever adds, `[low, high]`. */
  readonly range: MoneyRange;
  /** How it was applied, with the guide's sentence. */
  readonly note: string;
  /** Level escalation with a context level: the next level's band at the same percentile. */
  readonly comparison?: LevelComparison;
}

/**
 * The result of {@link applyLevers} for an offer.
 *
 * @example
 * ```ts
 * import { applyLevers } from "paybands";
 * const r = applyLevers({ base: 200000 }, ["competing-offer"]);
 * [r.kind, r.before, r.after];
 * //=> ["offer", { base: 200000, firstYearTotal: 200000, steadyStateTotal: 200000 }, { base: [220000, 240000], firstYearTotal: [220000, 240000], steadyStateTotal: [220000, 240000] }]
 * ```
 *
 * @category Levers
 */
export interface OfferLeversResult {
  /** `"offer"`: the target was an offer. */
  readonly kind: "offer";
  /** The offer as it stands. */
  readonly before: {
    /** Base salary. */
    readonly base: number;
    /** Year 1's total (with the sign-on and year-1 vesting). */
    readonly firstYearTotal: number;
    /** The steady-state yearly total (see {@link OfferEvaluation}). */
    readonly steadyStateTotal: number;
  };
  /** The offer with the levers pulled, as `[low, high]` ranges. */
  readonly after: {
    /** Base salary. */
    readonly base: MoneyRange;
    /** Year 1's total. */
    readonly firstYearTotal: MoneyRange;
    /** The steady-state yearly total. */
    readonly steadyStateTotal: MoneyRange;
  };
  /** What each lever adds, in the order given. */
  readonly contributions: readonly LeverContribution[];
  /** The applied levers' ids, most effective first (the guide's ranking). */
  readonly ranked: readonly string[];
  /** How percent levers combined. */
  readonly combine: "add" | "compound";
  /** Caveats and the guide's advice, in words. */
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

/**
 * The result of {@link applyLevers} for an estimate-like target. `totalComp` is annual
 * (without a one-time sign-on); `firstYearTotalComp` adds the sign-on.
 *
 * @example
 * ```ts
 * import { applyLevers } from "paybands";
 * const r = applyLevers({ base: 205000, totalComp: 287000 }, ["level-escalation"]);
 * [r.kind, r.after.totalComp];
 * //=> ["estimate", [317000, 347000]]
 * ```
 *
 * @category Levers
 */
export interface EstimateLeversResult {
  /** `"estimate"`: the target was an estimate `{ base, totalComp }`. */
  readonly kind: "estimate";
  /** The estimate as it stands. */
  readonly before: {
    /** Base salary. */
    readonly base: number;
    /** Annual total comp. */
    readonly totalComp: number;
  };
  /** The estimate with the levers pulled, as `[low, high]` ranges. */
  readonly after: {
    /** Base salary. */
    readonly base: MoneyRange;
    /** Annual total comp (without the one-time sign-on). */
    readonly totalComp: MoneyRange;
    /** First-year total comp: annual total comp plus the sign-on. */
    readonly firstYearTotalComp: MoneyRange;
  };
  /** What each lever adds, in the order given. */
  readonly contributions: readonly LeverContribution[];
  /** The applied levers' ids, most effective first (the guide's ranking). */
  readonly ranked: readonly string[];
  /** How percent levers combined. */
  readonly combine: "add" | "compound";
  /** Caveats and the guide's advice, in words. */
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

/**
 * The result of {@link applyLevers}: `kind` says whether the target was an offer or an
 * estimate.
 *
 * @example
 * ```ts
 * import { applyLevers } from "paybands";
 * import type { LeversResult } from "paybands/core";
 * const r: LeversResult = applyLevers({ base: 200000 }, ["ai"]);
 * r.kind === "offer" ? r.after.base : [];
 * //=> [220000, 230000]
 * ```
 *
 * @category Levers
 */
export type LeversResult = OfferLeversResult | EstimateLeversResult;

/**
 * Options of {@link signOnForForfeit}.
 *
 * @example
 * ```ts
 * import type { SignOnOptions } from "paybands/core";
 * const options: SignOnOptions = { round: 1000 };
 * options.round;
 * //=> 1000
 * ```
 *
 * @category Levers
 */
export interface SignOnOptions {
  /** Rounding of money figures (default half-even to the dollar). */
  readonly round?: RoundOption;
}

/**
 * The result of {@link signOnForForfeit}: the sign-on range that covers the guide's
 * 50–100% of the forfeited value.
 *
 * @example
 * ```ts
 * import { signOnForForfeit } from "paybands";
 * const r = signOnForForfeit(120000);
 * [r.range, r.forfeit, r.fraction, r.lever];
 * //=> [[60000, 120000], 120000, [0.5, 1], "sign-on-bonus"]
 * ```
 *
 * @category Levers
 */
export interface SignOnForForfeit {
  /** The sign-on bonus that covers the forfeit, `[low, high]`. */
  readonly range: MoneyRange;
  /** The forfeited value (shares × price when given so). */
  readonly forfeit: number;
  /** The share of the forfeit companies cover, from the dataset's lever. */
  readonly fraction: MoneyRange;
  /** The lever the fraction comes from. */
  readonly lever: string;
  /** The formula steps that produced the numbers. */
  readonly trace: readonly TraceStep[];
  /** The dataset id and version the figures come from. */
  readonly dataset: DatasetRef;
}
