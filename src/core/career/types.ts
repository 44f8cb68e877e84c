import type { GeoPolicy } from "../geo/types.js";
import type { RoundOption } from "../money/types.js";
import type { StalenessOptions } from "../staleness/types.js";
import type { DatasetRef, TraceStep } from "../trace/types.js";

/**
 * A career track: `ic` (individual contributor, junior → mid → senior → staff) or
 * `manager` (the IC ladder up to senior, then senior → engineering manager).
 *
 * @example
 * ```ts
 * import type { CareerTrack } from "paybands/core";
 * const track: CareerTrack = "manager";
 * track;
 * //=> "manager"
 * ```
 *
 * @category Careers
 */
export type CareerTrack = "ic" | "manager";

/**
 * A scenario of a career projection: `high` (each promotion after the step's fewest
 * years, with its largest raise), `expected` (midpoint years rounded up, midpoint raise)
 * and `low` (most years, smallest raise).
 *
 * @example
 * ```ts
 * import type { CareerScenario } from "paybands/core";
 * const scenarios: CareerScenario[] = ["low", "expected", "high"];
 * scenarios.length;
 * //=> 3
 * ```
 *
 * @category Careers
 */
export type CareerScenario = "low" | "expected" | "high";

/**
 * Input of {@link projectCareer}.
 *
 * @example
 * ```ts
 * import type { ProjectCareerInput } from "paybands/core";
 * const input: ProjectCareerInput = { level: "junior", years: 10, track: "ic" };
 * input.track;
 * //=> "ic"
 * ```
 *
 * @category Careers
 */
export interface ProjectCareerInput extends StalenessOptions {
  /** The level (id or alias) the person has just arrived at: 0 years in it so far. */
  readonly level: string;
  /** Metro (id or alias) the person is paid in (default: the dataset baseline, US national = remote). */
  readonly metro?: string;
  /** Percentile of the starting base within the level's band (default 50). */
  readonly percentile?: number;
  /** Years to project: a whole number from 1 to 40. The path has `years + 1` rows (year 0 is now). */
  readonly years: number;
  /** `ic` (the IC ladder) or `manager` (senior → engineering manager). */
  readonly track: CareerTrack;
  /** How the employer pays in the metro (default `local`); see {@link GeoPolicy}. */
  readonly policy?: GeoPolicy;
  /** Lowest factor over the baseline the policy may pay. */
  readonly floor?: number;
  /**
   * A raise every year, as a fraction from 0 to 0.5 (0.03 for +3%), compounding in every
   * year, promotion years included. Default 0: the guide gives no raise between promotions.
   */
  readonly annualRaise?: number;
  /** Rounding of every output amount (default half-even to the dollar). */
  readonly round?: RoundOption;
}

/**
 * Where one scenario stands in one year: the level or role held and the pay.
 *
 * @example
 * ```ts
 * import type { CareerPoint } from "paybands/core";
 * const point: CareerPoint = { level: "mid", base: 149100, totalComp: 186375 };
 * point.level;
 * //=> "mid"
 * ```
 *
 * @category Careers
 */
export interface CareerPoint {
  /** The level id (`"senior"`) or role id (`"engineering-manager"`) held that year. */
  readonly level: string;
  /** Base salary in the metro, rounded. */
  readonly base: number;
  /**
   * Estimated total comp: base × the TC/base multiplier of the level held (estimated TC ÷
   * p50 base). `null` at a role the dataset gives no total comp for (engineering manager).
   */
  readonly totalComp: number | null;
}

/**
 * One row of a career path: year `year` (0 = now), in each scenario.
 *
 * @example
 * ```ts
 * import type { CareerYear } from "paybands/core";
 * const p = { level: "junior", base: 105000, totalComp: 120000 };
 * const row: CareerYear = { year: 0, low: p, expected: p, high: p };
 * row.year;
 * //=> 0
 * ```
 *
 * @category Careers
 */
export interface CareerYear {
  /** Years from now (0 = now). */
  readonly year: number;
  /** The low scenario: slowest promotions, smallest raises. */
  readonly low: CareerPoint;
  /** The expected scenario: midpoint years and raises. */
  readonly expected: CareerPoint;
  /** The high scenario: fastest promotions, largest raises. */
  readonly high: CareerPoint;
}

/**
 * A promotion on a scenario's path.
 *
 * @example
 * ```ts
 * import type { CareerPromotion } from "paybands/core";
 * const p: CareerPromotion = {
 *   scenario: "high",
 *   year: 2,
 *   step: "junior-to-mid",
 *   from: "junior",
 *   to: "mid",
 *   yearsInLevel: 2,
 *   raise: 0.42,
 * };
 * p.raise;
 * //=> 0.42
 * ```
 *
 * @category Careers
 */
export interface CareerPromotion {
  /** The scenario the promotion happens in. */
  readonly scenario: CareerScenario;
  /** The projection year at whose end the promotion takes effect (its row shows the new pay). */
  readonly year: number;
  /** The progression step's id. */
  readonly step: string;
  /** The level id left. */
  readonly from: string;
  /** The level or role id arrived at. */
  readonly to: string;
  /** Whole years spent at `from` before the move. */
  readonly yearsInLevel: number;
  /** The raise applied to base, as a fraction (0.42 for +42%). */
  readonly raise: number;
}

/**
 * Comp the manager track opens up without a progression step to it (director, VP): the
 * source's range and horizon, and the projection years it falls in for each scenario.
 *
 * @example
 * ```ts
 * import type { CareerMilestone } from "paybands/core";
 * const m: CareerMilestone = {
 *   role: "director",
 *   name: "Director of Engineering",
 *   comp: [250000, 400000],
 *   basis: "unspecified",
 *   openEnded: false,
 *   horizonYears: [5, 10],
 *   window: { low: [10, 15], expected: [9, 14], high: [8, 13] },
 *   description: "The engineering-manager track opens access to director comp over 5-10 years.",
 * };
 * m.window.high;
 * //=> [8, 13]
 * ```
 *
 * @category Careers
 */
export interface CareerMilestone {
  /** The role id (`"director"`, `"vp"`). */
  readonly role: string;
  /** The role's display name. */
  readonly name: string;
  /** The comp range as the source gives it (US figures, not adjusted to the metro). */
  readonly comp: readonly [number, number];
  /** What the range measures; the guide does not say (`"unspecified"`). */
  readonly basis: string;
  /** `true` when the top figure is a floor of the top ("$600k+"), not a cap. */
  readonly openEnded: boolean;
  /** Years after arriving at the manager role over which the source says the comp opens up. */
  readonly horizonYears: readonly [number, number] | null;
  /**
   * Projection years `[arrival + horizon low, arrival + horizon high]` per scenario;
   * `null` when the scenario does not reach the manager role within the projection.
   */
  readonly window: {
    /** Window in the low scenario. */
    readonly low: readonly [number, number] | null;
    /** Window in the expected scenario. */
    readonly expected: readonly [number, number] | null;
    /** Window in the high scenario. */
    readonly high: readonly [number, number] | null;
  };
  /** The source's description of the role. */
  readonly description: string;
}

/**
 * A note on how a projection was made (an assumption, a stop, a caveat).
 *
 * @example
 * ```ts
 * import type { CareerNote } from "paybands/core";
 * const note: CareerNote = { id: "start", text: "Assumes 0 years in level so far." };
 * note.id;
 * //=> "start"
 * ```
 *
 * @category Careers
 */
export interface CareerNote {
  /** A stable id for the note (`start`, `raises`, ...). */
  readonly id: string;
  /** The note in words. */
  readonly text: string;
}

/**
 * The result of {@link projectCareer}.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { projectCareer } from "paybands/core";
 * const r = projectCareer(getDataset(), { level: "senior", years: 3, track: "ic" });
 * [r.level, r.metro, r.path.length, r.promotions.length];
 * //=> ["senior", "remote-us", 4, 1]
 * ```
 *
 * @category Careers
 */
export interface CareerProjection {
  /** The starting level id. */
  readonly level: string;
  /** The metro id. */
  readonly metro: string;
  /** The track projected. */
  readonly track: CareerTrack;
  /** Percentile of the starting base within the starting level's band. */
  readonly percentile: number;
  /** Years projected (the path has `years + 1` rows). */
  readonly years: number;
  /** The yearly raise between promotions, as a fraction. */
  readonly annualRaise: number;
  /** The pay policy's kind. */
  readonly policy: "local" | "national" | "benchmark" | "elasticity" | "zones";
  /** Rows for years 0..years. */
  readonly path: readonly CareerYear[];
  /** Promotions within the projection, by scenario (low, expected, high), then by year. */
  readonly promotions: readonly CareerPromotion[];
  /** Director / VP comp on the manager track (empty on the IC track). */
  readonly milestones: readonly CareerMilestone[];
  /** How the projection was made, in words. */
  readonly notes: readonly CareerNote[];
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
 * The effect of a lateral move: a money range (`amount`), a fractional range
 * (`percent`), or a claim without a figure (`qualitative`, with its summary).
 *
 * @example
 * ```ts
 * import type { LateralMoveEffect } from "paybands/core";
 * const e: LateralMoveEffect = { kind: "amount", range: [15000, 30000], basis: "unspecified" };
 * e.range;
 * //=> [15000, 30000]
 * ```
 *
 * @category Careers
 */
export interface LateralMoveEffect {
  /** Which kind of effect the source gives. */
  readonly kind: "amount" | "percent" | "fraction-of-forfeit" | "qualitative";
  /** `[low, high]`: dollars for `amount`, fractions for `percent` and `fraction-of-forfeit`. */
  readonly range?: readonly [number, number];
  /** What the range applies to (`"unspecified"` when the source does not say). */
  readonly basis?: string;
  /** The source's claim, for a `qualitative` effect. */
  readonly summary?: string;
}

/**
 * One lateral move as listed by {@link lateralMoves}.
 *
 * @example
 * ```ts
 * import { lateralMoves } from "paybands";
 * const m = lateralMoves("senior").moves[0];
 * [m?.id, m?.appliesAtLevel];
 * //=> ["platform-infrastructure", true]
 * ```
 *
 * @category Careers
 */
export interface LateralMoveOption {
  /** The lateral move's id. */
  readonly id: string;
  /** The lateral move's display name. */
  readonly name: string;
  /** What the move adds to pay. */
  readonly effect: LateralMoveEffect;
  /** The source's condition for the effect, or `null` when it gives none. */
  readonly condition: string | null;
  /** Level ids the source ties the move to (empty: any level). */
  readonly levels: readonly string[];
  /** `true` when the move lists no levels or includes the asked level (always `true` with no level). */
  readonly appliesAtLevel: boolean;
  /** The source's description of the move. */
  readonly description: string;
}

/**
 * The result of {@link lateralMoves}.
 *
 * @example
 * ```ts
 * import { lateralMoves } from "paybands";
 * const r = lateralMoves("mid");
 * [r.level, r.moves.filter((m) => m.appliesAtLevel).length];
 * //=> ["mid", 3]
 * ```
 *
 * @category Careers
 */
export interface LateralMoves {
  /** The level id asked about, or `null` when none was given. */
  readonly level: string | null;
  /** Every lateral move of the dataset, in the source's order. */
  readonly moves: readonly LateralMoveOption[];
  /** The dataset id and version the figures come from. */
  readonly dataset: DatasetRef;
}
