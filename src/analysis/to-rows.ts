import { datasetRows } from "../_internal/analysis-rows.js";
import type { CareerProjection } from "../core/career/types.js";
import type { DatasetDiff, DatasetValue } from "../core/dataset/types.js";
import type { CompensationEstimate } from "../core/estimate/types.js";
import type { LeversResult } from "../core/levers/types.js";
import type { OfferEvaluation } from "../core/offer/types.js";
import type { BandPoint } from "../core/percentile/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type {
  AnchorRow,
  CareerRow,
  CellValue,
  DiffRow,
  EstimateRow,
  LevelRow,
  LeverContributionRow,
  LeverRow,
  MetroRow,
  OfferSummaryRow,
  OfferYearRow,
  PremiumRow,
  ToRowsInput,
  ToRowsOptions,
} from "./types.js";

type Input = ToRowsInput;

const has = (x: object, ...keys: string[]) => keys.every((k) => k in x);

function bandColumns(band: readonly BandPoint[]): Record<`p${number}`, number> {
  const out: Record<`p${number}`, number> = {};
  for (const point of band) out[`p${point.p}`] = point.amount;
  return out;
}

function estimateRows(e: CompensationEstimate): EstimateRow[] {
  return [
    {
      dataset: e.dataset.id,
      version: e.dataset.version,
      level: e.level,
      metro: e.metro,
      percentile: e.percentile,
      policy: e.policy,
      base: e.base,
      baseLow: e.baseRange[0],
      baseHigh: e.baseRange[1],
      totalComp: e.totalComp,
      totalCompLow: e.totalCompRange[0],
      totalCompHigh: e.totalCompRange[1],
      other: e.breakdown.other,
      multiplier: e.multiplier,
      premiums: e.premiums.map((p) => p.id).join(" "),
      ...bandColumns(e.band),
    },
  ];
}

function offerRows(r: OfferEvaluation, kind: string | undefined): object[] {
  if (kind === "summary") {
    const row: OfferSummaryRow = {
      dataset: r.dataset.id,
      version: r.dataset.version,
      level: r.level,
      metro: r.metro,
      policy: r.policy,
      base: r.years[0]?.base ?? 0,
      firstYearTotal: r.firstYearTotal,
      steadyStateTotal: r.steadyStateTotal,
      fourYearTotal: r.fourYearTotal,
      vesting: r.vesting.schedule,
      baseRank: r.baseRank,
      totalRank: r.totalRank,
      compaRatio: r.compaRatio,
      position: r.position,
      ...bandColumns(r.band),
    };
    return [row];
  }
  if (kind !== undefined && kind !== "years")
    badKind(kind, ["years", "summary"], "an offer evaluation");
  return r.years.map(
    (y): OfferYearRow => ({
      dataset: r.dataset.id,
      version: r.dataset.version,
      level: r.level,
      metro: r.metro,
      year: y.year,
      base: y.base,
      bonus: y.bonus,
      equity: y.equity,
      refreshers: y.refreshers,
      signOn: y.signOn,
      total: y.total,
    }),
  );
}

function careerRows(c: CareerProjection): CareerRow[] {
  const promoted = new Set(c.promotions.map((p) => `${p.scenario}:${p.year}`));
  return c.path.flatMap((y) =>
    (["low", "expected", "high"] as const).map((scenario) => ({
      dataset: c.dataset.id,
      version: c.dataset.version,
      startLevel: c.level,
      metro: c.metro,
      track: c.track,
      year: y.year,
      scenario,
      level: y[scenario].level,
      base: y[scenario].base,
      totalComp: y[scenario].totalComp,
      promoted: promoted.has(`${scenario}:${y.year}`),
    })),
  );
}

function leverRows(r: LeversResult): LeverContributionRow[] {
  return r.contributions.map((c) => ({
    dataset: r.dataset.id,
    version: r.dataset.version,
    target: r.kind,
    lever: c.lever,
    name: c.name,
    rank: c.rank,
    effectiveness: c.effectiveness,
    basis: c.basis,
    low: c.range[0],
    high: c.range[1],
  }));
}

const cell = (v: DatasetValue | undefined): CellValue =>
  v === undefined || v === null || typeof v !== "object" ? (v ?? null) : JSON.stringify(v);

function diffRows(d: DatasetDiff): DiffRow[] {
  return [
    ...d.added.map((e) => ({
      type: "added" as const,
      path: e.path,
      old: null,
      new: cell(e.value),
      change: null,
    })),
    ...d.removed.map((e) => ({
      type: "removed" as const,
      path: e.path,
      old: cell(e.value),
      new: null,
      change: null,
    })),
    ...d.changed.map((c) => ({
      type: "changed" as const,
      path: c.path,
      old: cell(c.old),
      new: cell(c.new),
      change: c.change,
    })),
  ];
}

function badKind(kind: unknown, valid: readonly string[], what: string): never {
  throw new PaybandsError(
    "INVALID_OPTION",
    `kind must be one of ${valid.map((k) => `"${k}"`).join(", ")} for ${what}; got ${typeof kind === "string" ? JSON.stringify(kind) : typeof kind}`,
    { path: ["kind"], validChoices: valid },
  );
}

/**
 * Flattens a dataset or a result into rows: plain objects whose values are numbers,
 * strings, booleans or `null`, with the same keys in the same order on every row —
 * ready for Observable Plot, arquero, polars, a spreadsheet or {@link toCSV}.
 *
 * - a **dataset**: by default one row per level ({@link LevelRow}: the anchors as `p25`,
 *   `p50`, ... columns, in the baseline metro or in each of `metros`); `kind: "anchors"`
 *   gives one row per level × metro × anchor (the long form, for faceting);
 *   `kind: "metros" | "levers" | "premiums"` one row per metro, lever or skill premium;
 * - an **estimate** (`estimateCompensation`): one {@link EstimateRow};
 * - an **offer evaluation** (`evaluateOffer`): one {@link OfferYearRow} per year, or with
 *   `kind: "summary"` one {@link OfferSummaryRow} (concatenate many offers' rows);
 * - a **career projection** (`projectCareer`): one {@link CareerRow} per year × scenario
 *   (low, expected, high);
 * - a **levers result** (`applyLevers`): one {@link LeverContributionRow} per lever;
 * - a **dataset diff** (`diffDatasets`): one {@link DiffRow} per difference.
 *
 * Amounts in a metro are the dataset's × (1 + premium), rounded half-even to the dollar.
 *
 * @throws PaybandsError `INVALID_INPUT` for anything else; `INVALID_OPTION` for a `kind`
 *   that does not fit the input; `UNKNOWN_METRO` (path `["metros", i]`).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toRows } from "paybands/analysis";
 * toRows(getDataset(), { metros: ["sf", "austin"] })
 *   .filter((r) => r.level === "senior")
 *   .map((r) => [r.metro, r.p25, r.p50, r.p90]);
 * //=> [["sf-bay-area", 223560, 282900, 420900], ["austin", 170100, 215250, 320250]]
 * ```
 *
 * @category Analysis
 */
export function toRows(
  dataset: Dataset,
  options?: ToRowsOptions & { readonly kind?: "levels" },
): LevelRow[];
export function toRows(
  dataset: Dataset,
  options: ToRowsOptions & { readonly kind: "anchors" },
): AnchorRow[];
export function toRows(
  dataset: Dataset,
  options: ToRowsOptions & { readonly kind: "metros" },
): MetroRow[];
export function toRows(
  dataset: Dataset,
  options: ToRowsOptions & { readonly kind: "levers" },
): LeverRow[];
export function toRows(
  dataset: Dataset,
  options: ToRowsOptions & { readonly kind: "premiums" },
): PremiumRow[];
export function toRows(estimate: CompensationEstimate): EstimateRow[];
export function toRows(
  evaluation: OfferEvaluation,
  options?: ToRowsOptions & { readonly kind?: "years" },
): OfferYearRow[];
export function toRows(
  evaluation: OfferEvaluation,
  options: ToRowsOptions & { readonly kind: "summary" },
): OfferSummaryRow[];
export function toRows(projection: CareerProjection): CareerRow[];
export function toRows(levers: LeversResult): LeverContributionRow[];
export function toRows(diff: DatasetDiff): DiffRow[];
export function toRows(input: ToRowsInput, options?: ToRowsOptions): object[];
export function toRows(input: Input, options?: ToRowsOptions): object[] {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PaybandsError(
      "INVALID_INPUT",
      "toRows takes a dataset, an estimate, an offer evaluation, a career projection, a levers result or a dataset diff",
      { path: [] },
    );
  }
  const kind = options?.kind;
  if (has(input, "schemaVersion", "levels", "metros")) {
    return datasetRows(input as Dataset, kind, options?.metros);
  }
  if (has(input, "firstYearTotal", "years")) return offerRows(input as OfferEvaluation, kind);
  const only = (rows: object[], what: string) => {
    if (kind !== undefined) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `kind is an option for a dataset or an offer evaluation, not for ${what}`,
        { path: ["kind"] },
      );
    }
    return rows;
  };
  if (has(input, "totalCompRange", "breakdown")) {
    return only(estimateRows(input as CompensationEstimate), "an estimate");
  }
  if (has(input, "path", "promotions")) {
    return only(careerRows(input as CareerProjection), "a career projection");
  }
  if (has(input, "contributions", "ranked")) {
    return only(leverRows(input as LeversResult), "a levers result");
  }
  if (has(input, "added", "removed", "changed")) {
    return only(diffRows(input as DatasetDiff), "a dataset diff");
  }
  throw new PaybandsError(
    "INVALID_INPUT",
    "toRows takes a dataset, an estimate, an offer evaluation, a career projection, a levers result or a dataset diff",
    { path: [] },
  );
}
