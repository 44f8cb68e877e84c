import type { CareerProjection } from "../core/career/types.js";
import type { DatasetDiff } from "../core/dataset/types.js";
import type { CompensationEstimate } from "../core/estimate/types.js";
import type { LeversResult } from "../core/levers/types.js";
import type { OfferEvaluation } from "../core/offer/types.js";
import type { Dataset } from "../schemas/dataset.js";

/**
 * A value in a flat row: what a CSV cell, an Observable Plot channel or a polars column
 * holds. Missing figures are `null`, never `undefined` or `NaN`.
 *
 * @example
 * ```ts
 * import type { CellValue } from "paybands/analysis";
 * const cells: CellValue[] = ["senior", 205000, true, null];
 * cells.length;
 * //=> 4
 * ```
 *
 * @category Analysis
 */
export type CellValue = string | number | boolean | null;

/**
 * Anchor columns of a row: `p25`, `p50`, ... — one per percentile that the dataset's
 * bands have, `null` where a level has no anchor there.
 *
 * @example
 * ```ts
 * import type { AnchorColumns } from "paybands/analysis";
 * const band: AnchorColumns = { p25: 162000, p50: 205000, p10: null };
 * band.p50;
 * //=> 205000
 * ```
 *
 * @category Analysis
 */
export type AnchorColumns = {
  readonly [anchor: `p${number}`]: number | null;
};

/**
 * What {@link toRows} makes of a dataset (default `"levels"`):
 * - `"levels"`: one row per level (× metro), the anchors as columns `p25`, `p50`, ...;
 * - `"anchors"`: one row per level × metro × anchor (long / tidy form);
 * - `"metros"`, `"levers"`, `"premiums"`: one row per metro, lever or skill premium.
 *
 * And of an offer evaluation (default `"years"`): `"years"`, one row per year, or
 * `"summary"`, one row.
 *
 * @example
 * ```ts
 * import type { RowKind } from "paybands/analysis";
 * const kinds: RowKind[] = ["levels", "anchors", "summary"];
 * kinds.length;
 * //=> 3
 * ```
 *
 * @category Analysis
 */
export type RowKind = "levels" | "anchors" | "metros" | "levers" | "premiums" | "years" | "summary";

/**
 * Options of {@link toRows}.
 *
 * @example
 * ```ts
 * import type { ToRowsOptions } from "paybands/analysis";
 * const options: ToRowsOptions = { kind: "levels", metros: ["sf", "austin"] };
 * options.metros;
 * //=> ["sf", "austin"]
 * ```
 *
 * @category Analysis
 */
export interface ToRowsOptions {
  /** Which rows to make (see {@link RowKind}); the default depends on the input. */
  readonly kind?: RowKind;
  /**
   * Dataset `"levels"` and `"anchors"` rows: the metros (ids or aliases) to give the
   * bands in, each amount × (1 + the metro's premium), rounded half-even to the dollar.
   * Default: the dataset's baseline metro (US national = remote, +0%) only.
   */
  readonly metros?: readonly string[];
}

/**
 * A row of `toRows(dataset)`: one level in one metro, its anchors as `p25`, `p50`, ...
 * columns (amounts in the metro).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const row = toRows(getDataset())[2];
 * [row.level, row.metro, row.p25, row.p50, row.p90, row.estimatedTotalComp];
 * //=> ["senior", "remote-us", 162000, 205000, 305000, 287000]
 * ```
 *
 * @category Analysis
 */
export interface LevelRow extends AnchorColumns {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The level id. */
  readonly level: string;
  /** The level's display name. */
  readonly name: string;
  /** The level's rank (1 = most junior). */
  readonly rank: number;
  /** Typical years of experience, low end. */
  readonly yearsLow: number;
  /** Typical years of experience, high end. */
  readonly yearsHigh: number;
  /** The metro id the amounts are in. */
  readonly metro: string;
  /** The metro's display name. */
  readonly metroName: string;
  /** The metro's premium over the baseline, as a fraction (0.38 for +38%). */
  readonly premium: number;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** The level's estimated total comp in the metro. */
  readonly estimatedTotalComp: number;
  /** TC/base multiplier: estimated total comp ÷ p50 base. */
  readonly tcMultiplier: number;
}

/**
 * A row of `toRows(dataset, { kind: "anchors" })`: one anchor of one level in one metro.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const row = toRows(getDataset(), { kind: "anchors", metros: ["sf"] })[9];
 * [row.level, row.metro, row.p, row.amount];
 * //=> ["senior", "sf-bay-area", 50, 282900]
 * ```
 *
 * @category Analysis
 */
export interface AnchorRow {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The level id. */
  readonly level: string;
  /** The level's display name. */
  readonly name: string;
  /** The level's rank (1 = most junior). */
  readonly rank: number;
  /** The metro id the amount is in. */
  readonly metro: string;
  /** The metro's display name. */
  readonly metroName: string;
  /** The metro's premium over the baseline, as a fraction. */
  readonly premium: number;
  /** The anchor's percentile. */
  readonly p: number;
  /** The amount at `p` in the metro. */
  readonly amount: number;
  /** True when the anchor is a lower bound only (top-coded). */
  readonly censored: boolean;
}

/**
 * A row of `toRows(dataset, { kind: "metros" })`.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const row = toRows(getDataset(), { kind: "metros" })[0];
 * [row.metro, row.premium, row.factor, row.aliases];
 * //=> ["sf-bay-area", 0.38, 1.38, "sf bay-area san-francisco sfba"]
 * ```
 *
 * @category Analysis
 */
export interface MetroRow {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The metro id. */
  readonly metro: string;
  /** The metro's display name. */
  readonly name: string;
  /** Premium over the baseline, as a fraction (0.38 for +38%). */
  readonly premium: number;
  /** The pay factor over the baseline, 1 + premium. */
  readonly factor: number;
  /** The aliases lookups accept, separated by spaces. */
  readonly aliases: string;
  /** True for the dataset's baseline metro (premium 0). */
  readonly baseline: boolean;
  /** The source says there is no state income tax here (`null`: it does not say). */
  readonly noStateIncomeTax: boolean | null;
}

/**
 * A row of `toRows(dataset, { kind: "levers" })`: a negotiation lever and its effect as
 * `low` and `high` in its `unit`.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const row = toRows(getDataset(), { kind: "levers" })[0];
 * [row.lever, row.rank, row.effect, row.low, row.high, row.unit, row.basis];
 * //=> ["competing-offer", 1, "percent", 0.1, 0.2, "fraction", "offer"]
 * ```
 *
 * @category Analysis
 */
export interface LeverRow {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The lever id. */
  readonly lever: string;
  /** The lever's display name. */
  readonly name: string;
  /** The source's rank, 1 = most effective. */
  readonly rank: number;
  /** The source's rating. */
  readonly effectiveness: "high" | "medium" | "low";
  /** The effect's kind: `amount`, `percent`, `fraction-of-forfeit` or `qualitative`. */
  readonly effect: string;
  /** Low end of the effect (`null` for a qualitative effect). */
  readonly low: number | null;
  /** High end of the effect (`null` for a qualitative effect). */
  readonly high: number | null;
  /** `"money"` or `"fraction"` (0.1 = 10%); `null` for a qualitative effect. */
  readonly unit: "money" | "fraction" | null;
  /** What the effect applies to (`base`, `offer`, `total-comp`, `forfeit`, ...), or `null`. */
  readonly basis: string | null;
}

/**
 * A row of `toRows(dataset, { kind: "premiums" })`: a skill premium.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const row = toRows(getDataset(), { kind: "premiums" })[2];
 * [row.premium, row.levels, row.low, row.high, row.unit];
 * //=> ["ai-services", "senior staff", 15000, 30000, "money"]
 * ```
 *
 * @category Analysis
 */
export interface PremiumRow {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The premium id. */
  readonly premium: string;
  /** The premium's display name. */
  readonly name: string;
  /** Level ids it applies at, separated by spaces. */
  readonly levels: string;
  /** The effect's kind (`amount` or `percent`). */
  readonly effect: string;
  /** Low end of the effect (`null` for a qualitative effect). */
  readonly low: number | null;
  /** High end of the effect (`null` for a qualitative effect). */
  readonly high: number | null;
  /** `"money"` or `"fraction"`; `null` for a qualitative effect. */
  readonly unit: "money" | "fraction" | null;
  /** What the effect applies to, or `null`. */
  readonly basis: string | null;
}

/**
 * The row of `toRows(estimate)`: an estimate flattened, with the metro band's anchors as
 * `p25`, `p50`, ... columns.
 *
 * @example
 * ```ts
 * import { estimateCompensation } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const [row] = toRows(estimateCompensation({ level: "senior", metro: "seattle" }));
 * [row.base, row.totalComp, row.other, row.p25, row.p90];
 * //=> [258300, 361620, 103320, 204120, 384300]
 * ```
 *
 * @category Analysis
 */
export interface EstimateRow extends AnchorColumns {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The level id. */
  readonly level: string;
  /** The metro id. */
  readonly metro: string;
  /** The percentile of base within the level's band. */
  readonly percentile: number;
  /** The pay policy's kind. */
  readonly policy: string;
  /** Base at the percentile in the metro, before skill premiums. */
  readonly base: number;
  /** Base with the premiums' low ends. */
  readonly baseLow: number;
  /** Base with the premiums' high ends. */
  readonly baseHigh: number;
  /** Total comp before premiums. */
  readonly totalComp: number;
  /** Total comp with the premiums' low ends. */
  readonly totalCompLow: number;
  /** Total comp with the premiums' high ends. */
  readonly totalCompHigh: number;
  /** Total comp minus base (bonus and equity). */
  readonly other: number;
  /** The TC/base multiplier. */
  readonly multiplier: number;
  /** The skill premium ids applied, separated by spaces (`""` for none). */
  readonly premiums: string;
}

/**
 * A row of `toRows(evaluation)`: one year of an offer.
 *
 * @example
 * ```ts
 * import { evaluateOffer } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const r = evaluateOffer({ base: 200000, signOn: 20000 }, { level: "senior" });
 * toRows(r)[0];
 * //=> {
 * //   dataset: "backend-developer",
 * //   version: "2026.1.0",
 * //   level: "senior",
 * //   metro: "remote-us",
 * //   year: 1,
 * //   base: 200000,
 * //   bonus: 0,
 * //   equity: 0,
 * //   refreshers: 0,
 * //   signOn: 20000,
 * //   total: 220000,
 * // }
 * ```
 *
 * @category Analysis
 */
export interface OfferYearRow {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The level id. */
  readonly level: string;
  /** The metro id. */
  readonly metro: string;
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
 * The row of `toRows(evaluation, { kind: "summary" })`: an offer in one row, with the
 * metro band's anchors as `p25`, `p50`, ... columns — concatenate many offers' rows into
 * one table.
 *
 * @example
 * ```ts
 * import { evaluateOffer } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const r = evaluateOffer({ base: 258300 }, { level: "senior", metro: "seattle" });
 * const [row] = toRows(r, { kind: "summary" });
 * [row.baseRank, row.compaRatio, row.position, row.p50];
 * //=> [50, 1, "within", 258300]
 * ```
 *
 * @category Analysis
 */
export interface OfferSummaryRow extends AnchorColumns {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The level id. */
  readonly level: string;
  /** The metro id. */
  readonly metro: string;
  /** The pay policy's kind. */
  readonly policy: string;
  /** Base salary (year 1). */
  readonly base: number;
  /** Year 1's total. */
  readonly firstYearTotal: number;
  /** The steady-state yearly total. */
  readonly steadyStateTotal: number;
  /** Sum of years 1–4. */
  readonly fourYearTotal: number;
  /** The vesting schedule's name. */
  readonly vesting: string;
  /** Percentile of base in the level's band for the metro. */
  readonly baseRank: number;
  /** Percentile of the steady-state total in the level's total-comp band. */
  readonly totalRank: number;
  /** Base ÷ the metro's p50 base. */
  readonly compaRatio: number;
  /** Base against the band's lowest and highest anchors. */
  readonly position: "below" | "within" | "above";
}

/**
 * A row of `toRows(projection)`: one year of one scenario of a career projection.
 *
 * @example
 * ```ts
 * import { projectCareer } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const rows = toRows(projectCareer({ level: "junior", years: 3, track: "ic" }));
 * const r = rows.find((x) => x.year === 2 && x.scenario === "high");
 * [rows.length, r?.level, r?.promoted];
 * //=> [12, "mid", true]
 * ```
 *
 * @category Analysis
 */
export interface CareerRow {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** The level the projection starts at. */
  readonly startLevel: string;
  /** The metro id. */
  readonly metro: string;
  /** The track projected (`ic` or `manager`). */
  readonly track: string;
  /** Years from now (0 = now). */
  readonly year: number;
  /** `low`, `expected` or `high`. */
  readonly scenario: "low" | "expected" | "high";
  /** The level or role id held that year. */
  readonly level: string;
  /** Base salary. */
  readonly base: number;
  /** Estimated total comp (`null` where the dataset gives none). */
  readonly totalComp: number | null;
  /** True when a promotion takes effect this year in this scenario. */
  readonly promoted: boolean;
}

/**
 * A row of `toRows(leversResult)`: what one lever adds.
 *
 * @example
 * ```ts
 * import { applyLevers } from "paybands";
 * import { toRows } from "paybands/analysis";
 * const [row] = toRows(applyLevers({ base: 200000 }, ["competing-offer"]));
 * [row.lever, row.basis, row.low, row.high];
 * //=> ["competing-offer", "base", 20000, 40000]
 * ```
 *
 * @category Analysis
 */
export interface LeverContributionRow {
  /** The dataset id. */
  readonly dataset: string;
  /** The dataset version. */
  readonly version: string;
  /** What the levers were applied to: `offer` or `estimate`. */
  readonly target: "offer" | "estimate";
  /** The lever id. */
  readonly lever: string;
  /** The lever's display name. */
  readonly name: string;
  /** The source's rank, 1 = most effective. */
  readonly rank: number;
  /** The source's rating. */
  readonly effectiveness: "high" | "medium" | "low";
  /** What the range adds to: `base`, `total-comp`, `sign-on` or `equity-grant`. */
  readonly basis: string;
  /** Low end of what the lever adds. */
  readonly low: number;
  /** High end of what the lever adds. */
  readonly high: number;
}

/**
 * A row of `toRows(diff)`: one difference between two datasets. Values that are not
 * numbers, strings, booleans or null (an added level, a list of aliases) are JSON text.
 *
 * @example
 * ```ts
 * import { toRows } from "paybands/analysis";
 * const diff = {
 *   from: { id: "backend-developer", version: "2026.1.0" },
 *   to: { id: "backend-developer", version: "2026.2.0" },
 *   added: [{ path: "metros.boston", value: { id: "boston", premium: 0.2 } }],
 *   removed: [],
 *   changed: [{ path: "levels.senior.base.p50", old: 205000, new: 210000, change: 0.0244 }],
 * };
 * toRows(diff).map((r) => [r.type, r.path, r.old, r.new]);
 * //=> [
 * //   ["added", "metros.boston", null, '{"id":"boston","premium":0.2}'],
 * //   ["changed", "levels.senior.base.p50", 205000, 210000],
 * // ]
 * ```
 *
 * @category Analysis
 */
export interface DiffRow {
  /** `added`, `removed` or `changed`. */
  readonly type: "added" | "removed" | "changed";
  /** Where, keyed by ids (`levels.senior.base.p50`). */
  readonly path: string;
  /** The value before (`null` for an addition). */
  readonly old: CellValue;
  /** The value after (`null` for a removal). */
  readonly new: CellValue;
  /** (new − old) ÷ old for numbers, as a fraction; else `null`. */
  readonly change: number | null;
}

/**
 * A point marked on a band chart: an estimate or an offer for one level (and, with
 * several metros, optionally one metro).
 *
 * @example
 * ```ts
 * import type { ChartMark } from "paybands/analysis";
 * const mark: ChartMark = { level: "senior", amount: 250000, label: "Offer" };
 * mark.amount;
 * //=> 250000
 * ```
 *
 * @category Analysis
 */
export interface ChartMark {
  /** The level id (or, with a dataset, an alias) the mark belongs to. */
  readonly level: string;
  /** The amount to mark. */
  readonly amount: number;
  /** The mark's label, e.g. `"Offer"`; the amount is added to it. */
  readonly label?: string;
  /** Only on this metro's bar (default: on every bar of the level). */
  readonly metro?: string;
}

/**
 * What a band chart is drawn from: a dataset, or rows with `level` and `p25`, `p50`,
 * `p90` (and optionally `p75`, `name`, `rank`, `metro`, `metroName`) — such as
 * `toRows(dataset, { metros })` or your own company's bands.
 *
 * @example
 * ```ts
 * import type { BandChartInput } from "paybands/analysis";
 * const rows: BandChartInput = [{ level: "l4", p25: 150000, p50: 170000, p90: 210000 }];
 * rows.length;
 * //=> 1
 * ```
 *
 * @category Analysis
 */
export type BandChartInput = Dataset | readonly object[];

/**
 * Options of {@link bandChartSvg} and {@link toVegaLite}.
 *
 * @example
 * ```ts
 * import type { BandChartOptions } from "paybands/analysis";
 * const options: BandChartOptions = {
 *   metros: ["sf", "austin"],
 *   mark: { level: "senior", amount: 250000, label: "Offer" },
 *   width: 720,
 * };
 * options.metros;
 * //=> ["sf", "austin"]
 * ```
 *
 * @category Analysis
 */
export interface BandChartOptions {
  /**
   * Metros to draw, one bar per level and metro, side by side. With a dataset: ids or
   * aliases (default: the baseline metro); with rows: metro ids to keep (default: all).
   */
  readonly metros?: readonly string[];
  /** An estimate or offer (or several) to mark on its level's bar. */
  readonly mark?: ChartMark | readonly ChartMark[];
  /** Width in pixels, 320 to 10000 (default 760). */
  readonly width?: number;
  /** Height in pixels, 120 to 10000 (default: from the number of bars). */
  readonly height?: number;
  /** The title (default: from the dataset's title). */
  readonly title?: string;
  /** The line under the title (default: the metro and the dataset id and version). */
  readonly subtitle?: string;
  /** ISO 4217 code of rows' amounts (default `"USD"`; a dataset says its own). */
  readonly currency?: string;
}

/**
 * Everything {@link toRows} flattens: a dataset, an estimate, an offer evaluation, a career
 * projection, a levers result or a dataset diff.
 *
 * @example
 * ```ts
 * import { estimateCompensation, getDataset } from "paybands";
 * import type { ToRowsInput } from "paybands/analysis";
 * const inputs: ToRowsInput[] = [getDataset(), estimateCompensation({ level: "mid" })];
 * inputs.length;
 * //=> 2
 * ```
 *
 * @category Analysis
 */
export type ToRowsInput =
  | Dataset
  | CompensationEstimate
  | OfferEvaluation
  | CareerProjection
  | LeversResult
  | DatasetDiff;
