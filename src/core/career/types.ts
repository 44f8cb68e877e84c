import type { GeoPolicy } from "../geo/types.js";
import type { RoundOption } from "../money/types.js";
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
 */
export interface ProjectCareerInput {
  /** The level (id or alias) the person has just arrived at: 0 years in it so far. */
  readonly level: string;
  /** Metro (id or alias) the person is paid in (default: the dataset baseline, US national = remote). */
  readonly metro?: string;
  /** Percentile of the starting base within the level's band (default 50). */
  readonly percentile?: number;
  /** Years to project: a whole number from 1 to 40. The path has `years + 1` rows (year 0 is now). */
  readonly years: number;
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
 */
export interface CareerYear {
  readonly year: number;
  readonly low: CareerPoint;
  readonly expected: CareerPoint;
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
 */
export interface CareerPromotion {
  readonly scenario: CareerScenario;
  /** The projection year at whose end the promotion takes effect (its row shows the new pay). */
  readonly year: number;
  /** The progression step's id. */
  readonly step: string;
  readonly from: string;
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
 */
export interface CareerMilestone {
  /** The role id (`"director"`, `"vp"`). */
  readonly role: string;
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
    readonly low: readonly [number, number] | null;
    readonly expected: readonly [number, number] | null;
    readonly high: readonly [number, number] | null;
  };
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
 */
export interface CareerNote {
  readonly id: string;
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
 */
export interface CareerProjection {
  /** The starting level id. */
  readonly level: string;
  /** The metro id. */
  readonly metro: string;
  readonly track: CareerTrack;
  /** Percentile of the starting base within the starting level's band. */
  readonly percentile: number;
  readonly years: number;
  readonly annualRaise: number;
  readonly policy: "local" | "national" | "benchmark" | "elasticity" | "zones";
  /** Rows for years 0..years. */
  readonly path: readonly CareerYear[];
  /** Promotions within the projection, by scenario (low, expected, high), then by year. */
  readonly promotions: readonly CareerPromotion[];
  /** Director / VP comp on the manager track (empty on the IC track). */
  readonly milestones: readonly CareerMilestone[];
  readonly notes: readonly CareerNote[];
  readonly trace: readonly TraceStep[];
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
 */
export interface LateralMoveEffect {
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
 */
export interface LateralMoveOption {
  readonly id: string;
  readonly name: string;
  readonly effect: LateralMoveEffect;
  /** The source's condition for the effect, or `null` when it gives none. */
  readonly condition: string | null;
  /** Level ids the source ties the move to (empty: any level). */
  readonly levels: readonly string[];
  /** `true` when the move lists no levels or includes the asked level (always `true` with no level). */
  readonly appliesAtLevel: boolean;
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
 */
export interface LateralMoves {
  /** The level id asked about, or `null` when none was given. */
  readonly level: string | null;
  readonly moves: readonly LateralMoveOption[];
  readonly dataset: DatasetRef;
}
