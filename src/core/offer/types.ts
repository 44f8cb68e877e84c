import type { GeoPolicy } from "../geo/types.js";
import type { RoundOption } from "../money/types.js";
import type { BandPoint, PercentileMethod, TailPolicy } from "../percentile/types.js";
import type { StalenessOptions } from "../staleness/types.js";
import type { DatasetRef, TraceStep } from "../trace/types.js";

/**
 * How an equity grant vests, year by year:
 * - `"even"`: 25/25/25/25.
 * - `"cliff"`: a one-year cliff, then monthly: nothing vests before month 12, when 25%
 *   vests at once; the yearly totals are 25/25/25/25, as for `"even"`.
 * - `"front-loaded"`: 40/30/20/10 (the guide names no front-loaded split; this is a common one).
 * - `"back-loaded"`: 5/15/40/40.
 * - an array of per-year fractions (1 to 10 years), each >= 0, summing to exactly 1 in
 *   decimal arithmetic (`[0.1, 0.2, 0.7]` is accepted; thirds are not — write
 *   `[0.3333, 0.3333, 0.3334]`).
 *
 * @example
 * ```ts
 * import type { VestingSchedule } from "paybands/core";
 * const schedules: VestingSchedule[] = ["back-loaded", [0.5, 0.3, 0.2]];
 * schedules.length;
 * //=> 2
 * ```
 *
 * @category Offers
 */
export type VestingSchedule = "even" | "cliff" | "front-loaded" | "back-loaded" | readonly number[];

/**
 * A target bonus: `{ percent }`, a fraction of base (0.15 = 15%, from 0 to 2), or
 * `{ amount }` in money. Paid at target every year.
 *
 * @example
 * ```ts
 * import type { OfferBonus } from "paybands/core";
 * const bonus: OfferBonus = { percent: 0.15 };
 * bonus;
 * //=> { percent: 0.15 }
 * ```
 *
 * @category Offers
 */
export type OfferBonus =
  | {
      /** A fraction of base (0.15 = 15%), from 0 to 2. */
      readonly percent: number;
    }
  | {
      /** An amount of money. */
      readonly amount: number;
    };

/**
 * An equity grant: its value (`grant`) or `shares` × `price`, with its vesting schedule
 * (default `"even"`).
 *
 * @example
 * ```ts
 * import type { OfferEquity } from "paybands/core";
 * const equity: OfferEquity = { shares: 2000, price: 200, vesting: "back-loaded" };
 * equity.vesting;
 * //=> "back-loaded"
 * ```
 *
 * @category Offers
 */
export type OfferEquity = (
  | {
      /** The grant's value. */
      readonly grant: number;
    }
  | {
      /** Number of shares granted. */
      readonly shares: number;
      /** Price per share. */
      readonly price: number;
    }
) & {
  /** The vesting schedule (default `"even"`). */
  readonly vesting?: VestingSchedule;
};

/**
 * A job offer. Money is a finite number >= 0 (no strings).
 * - `base`: annual base salary.
 * - `bonus`: annual target bonus, `{ percent }` (fraction of base) or `{ amount }`.
 * - `equity`: the initial grant and its vesting schedule.
 * - `signOn`: a one-time sign-on bonus, paid in year 1.
 * - `refreshers`: a refresher grant worth `annual` at the start of every year from
 *   year 2 on, each vesting on the equity's schedule (default even) from the year it is
 *   granted; so year y receives `annual × (f₁ + … + f_{y−1})` and, once the schedule has
 *   run, `annual` a year.
 *
 * @example
 * ```ts
 * import type { Offer } from "paybands/core";
 * const offer: Offer = { base: 250000, bonus: { percent: 0.15 }, equity: { grant: 400000 }, signOn: 30000 };
 * offer.base;
 * //=> 250000
 * ```
 *
 * @category Offers
 */
export interface Offer {
  /** Annual base salary. */
  readonly base: number;
  /** Annual target bonus. */
  readonly bonus?: OfferBonus;
  /** The initial equity grant and its vesting. */
  readonly equity?: OfferEquity;
  /** One-time sign-on bonus, paid in year 1. */
  readonly signOn?: number;
  /** Refresher grants: one worth `annual` every year from year 2 on. */
  readonly refreshers?: {
    /** Value of each yearly refresher grant. */
    readonly annual: number;
  };
}

/**
 * Where an offer is judged: the level (id or alias) and metro, the employer's pay
 * policy, the percentile method and tail, and the rounding of money figures.
 *
 * @example
 * ```ts
 * import type { OfferContext } from "paybands/core";
 * const context: OfferContext = { level: "senior", metro: "seattle" };
 * context.level;
 * //=> "senior"
 * ```
 *
 * @category Offers
 */
export interface OfferContext extends StalenessOptions {
  /** Level id or alias. */
  readonly level: string;
  /** Metro id or alias (default: the dataset baseline, US national = remote). */
  readonly metro?: string;
  /** Pay policy giving the metro's band (default `local`). */
  readonly policy?: GeoPolicy;
  /** Lowest pay factor over the baseline the policy may pay. */
  readonly floor?: number;
  /** Percentile method of the ranks (default `log-probit`). */
  readonly method?: PercentileMethod;
  /** Tail policy of the ranks beyond the anchors (default `extend`). */
  readonly tail?: TailPolicy;
  /** Rounding of money figures (default half-even to the dollar). */
  readonly round?: RoundOption;
}

/**
 * One row of {@link evaluateOffers}: an offer and the context it is judged in, as the
 * arguments of {@link evaluateOffer}.
 *
 * @example
 * ```ts
 * import type { OfferRow } from "paybands/core";
 * const row: OfferRow = { offer: { base: 250000 }, context: { level: "senior", metro: "seattle" } };
 * row.context.metro;
 * //=> "seattle"
 * ```
 *
 * @category Offers
 */
export interface OfferRow {
  /** The offer. */
  readonly offer: Offer;
  /** The level and metro (and options) it is judged in. */
  readonly context: OfferContext;
}

/**
 * One year of an offer. `base + bonus + equity + refreshers + signOn === total` exactly.
 *
 * @example
 * ```ts
 * import { evaluateOffer } from "paybands";
 * evaluateOffer({ base: 200000, equity: { grant: 400000, vesting: "back-loaded" } }, { level: "senior" }).years[2];
 * //=> { year: 3, base: 200000, bonus: 0, equity: 160000, refreshers: 0, signOn: 0, total: 360000 }
 * ```
 *
 * @category Offers
 */
export interface OfferYear {
  /** The year, from 1. */
  readonly year: number;
  /** Base salary. */
  readonly base: number;
  /** Target bonus. */
  readonly bonus: number;
  /** The initial grant's vesting this year. */
  readonly equity: number;
  /** Refresher grants vesting this year. */
  readonly refreshers: number;
  /** Sign-on bonus (year 1 only). */
  readonly signOn: number;
  /** The year's total. */
  readonly total: number;
}

/**
 * The result of {@link evaluateOffer}. Money is rounded once, at the output: the years'
 * totals sum exactly to `fourYearTotal` (years 1–4) and each year's parts sum exactly to
 * its total (largest-remainder allocation; see docs/model-offers.md).
 *
 * @example
 * ```ts
 * import { evaluateOffer } from "paybands";
 * const r = evaluateOffer({ base: 258300 }, { level: "senior", metro: "seattle" });
 * [r.compaRatio, r.baseRank, r.position];
 * //=> [1, 50, "within"]
 * ```
 *
 * @category Offers
 */
export interface OfferEvaluation {
  /** The level id. */
  readonly level: string;
  /** The metro id. */
  readonly metro: string;
  /** The pay policy's kind. */
  readonly policy: "local" | "national" | "benchmark" | "elasticity" | "zones";
  /** Years 1–4, or as many as the vesting schedule when it is longer. */
  readonly years: readonly OfferYear[];
  /** Year 1's total (base + bonus + year-1 vesting + sign-on). */
  readonly firstYearTotal: number;
  /**
   * base + target bonus + initial grant ÷ vesting years + annual refresher value:
   * yearly pay once refreshers have fully ramped up, with the initial grant at its
   * average yearly value and no sign-on.
   */
  readonly steadyStateTotal: number;
  /** Sum of years 1–4. */
  readonly fourYearTotal: number;
  /** The vesting schedule used and its per-year fractions. */
  readonly vesting: {
    /** The schedule's name (`"even"`, `"back-loaded"`, ...), or `"explicit"`. */
    readonly schedule: string;
    /** The fraction of the grant vesting in each year. */
    readonly fractions: readonly number[];
  };
  /** Percentile of base in the level's band for the metro (1 decimal). */
  readonly baseRank: number;
  /**
   * Percentile of the steady-state total in the level's total-comp band for the metro,
   * approximated as the base band × the TC/base multiplier (1 decimal).
   */
  readonly totalRank: number;
  /** base ÷ the metro's p50 base (3 decimals). */
  readonly compaRatio: number;
  /** Base against the metro band's lowest and highest anchors. */
  readonly position: "below" | "within" | "above";
  /** The level's anchors in the metro, rounded. */
  readonly band: readonly BandPoint[];
  /** The TC/base multiplier used for `totalRank` (estimated TC ÷ p50 base). */
  readonly tcMultiplier: number;
  /** Assumptions and caveats, in words. */
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
