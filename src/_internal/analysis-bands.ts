import type { BandChartInput, BandChartOptions, ChartMark } from "../analysis/types.js";
import { getLevel } from "../core/lookup/get-level.js";
import { interpolatePercentile } from "../core/percentile/interpolate-percentile.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import { inMetro, levelsByRank, resolveMetros } from "./analysis-rows.js";
import { readOptions } from "./options.js";
import { resolveEntry } from "./resolve-entry.js";

/** One bar of a band chart: a level's p25–p90 in one metro. */
export interface BandBar {
  readonly level: string;
  readonly name: string;
  readonly rank: number;
  readonly metro: string;
  readonly metroName: string;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number | null;
  readonly p90: number;
}

/** A mark resolved to a level id. */
export interface ResolvedMark {
  readonly level: string;
  readonly metro: string | null;
  readonly amount: number;
  readonly label: string;
}

/** What a band chart shows, from a dataset or from rows. */
export interface BandChartModel {
  readonly bars: readonly BandBar[];
  /** Level ids in display order (top to bottom). */
  readonly levels: readonly string[];
  /** Metro ids in order, with their names. */
  readonly metros: readonly { readonly id: string; readonly name: string }[];
  readonly marks: readonly ResolvedMark[];
  readonly currency: string;
  readonly title: string;
  readonly subtitle: string;
  readonly width: number;
  readonly height: number | undefined;
}

const DEFAULT_WIDTH = 760;

function fromDataset(dataset: Dataset, options: BandChartOptions): BandBar[] {
  const bars: BandBar[] = [];
  for (const metro of resolveMetros(dataset, options.metros)) {
    for (const level of levelsByRank(dataset)) {
      const band = {
        anchors: level.base.anchors.map((a) => ({ ...a, amount: inMetro(a.amount, metro) })),
      };
      // Exact at the anchors; interpolated (log-probit) where a user's band lacks one.
      const at = (p: number) => interpolatePercentile(band, p);
      bars.push({
        level: level.id,
        name: level.name,
        rank: level.rank,
        metro: metro.id,
        metroName: metro.name,
        p25: at(25),
        p50: at(50),
        p75: at(75),
        p90: at(90),
      });
    }
  }
  return bars;
}

function num(row: Readonly<Record<string, unknown>>, key: string, path: PathSegment[]): number {
  const v = row[key];
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `band chart rows need a finite amount >= 0 in "${key}"; row ${String(path[0])} has ${typeof v === "string" || typeof v === "number" ? JSON.stringify(v) : typeof v}`,
      { path: [...path, key] },
    );
  }
  return v;
}

function text(row: Readonly<Record<string, unknown>>, key: string, fallback: string): string {
  const v = row[key];
  return typeof v === "string" && v !== "" ? v : fallback;
}

function fromRows(rows: readonly object[], options: BandChartOptions): BandBar[] {
  if (rows.length === 0) {
    throw new PaybandsError("INVALID_INPUT", "a band chart needs at least one row", { path: [] });
  }
  // A sparse array's holes are rows too: map() would skip them and leave holes in the bars.
  const bars = Array.from(rows, (r: unknown, i): BandBar => {
    if (typeof r !== "object" || r === null) {
      throw new PaybandsError("INVALID_INPUT", `band chart row ${i} is not an object`, {
        path: [i],
      });
    }
    const row = r as Readonly<Record<string, unknown>>;
    const level = row.level;
    if (typeof level !== "string" || level === "") {
      throw new PaybandsError("INVALID_INPUT", `band chart row ${i} needs a "level" string`, {
        path: [i, "level"],
      });
    }
    const p25 = num(row, "p25", [i]);
    const p50 = num(row, "p50", [i]);
    const p90 = num(row, "p90", [i]);
    const p75 = row.p75 === undefined || row.p75 === null ? null : num(row, "p75", [i]);
    if (!(p25 <= p50 && p50 <= (p75 ?? p50) && (p75 ?? p50) <= p90)) {
      throw new PaybandsError(
        "INVALID_INPUT",
        `band chart row ${i} (${level}) is not ordered: p25 <= p50 <= p75 <= p90`,
        { path: [i] },
      );
    }
    const metro = text(row, "metro", "");
    return {
      level,
      name: text(row, "name", level),
      rank: typeof row.rank === "number" ? row.rank : i,
      metro,
      metroName: text(row, "metroName", metro),
      p25,
      p50,
      p75,
      p90,
    };
  });
  if (options.metros === undefined) return bars;
  const valid = [...new Set(bars.map((b) => b.metro))];
  // Rows carry metro ids: the filter must be a list of them (a string or an object is not).
  if (!Array.isArray(options.metros) || !options.metros.every((m) => typeof m === "string")) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `metros must be an array of metro ids; the rows have: ${valid.join(", ")}`,
      { path: ["metros"], validChoices: valid },
    );
  }
  const wanted = new Set(options.metros);
  const kept = bars.filter((b) => wanted.has(b.metro));
  if (kept.length === 0) {
    throw new PaybandsError(
      "UNKNOWN_METRO",
      `no rows for metros ${[...wanted].join(", ")}; the rows have: ${valid.join(", ")}`,
      { path: ["metros"], validChoices: valid },
    );
  }
  return kept;
}

function resolveMarks(
  marks: BandChartOptions["mark"],
  bars: readonly BandBar[],
  dataset: Dataset | null,
): ResolvedMark[] {
  if (marks === undefined) return [];
  const list: readonly ChartMark[] = Array.isArray(marks) ? marks : [marks as ChartMark];
  const levels = [...new Map(bars.map((b) => [b.level, b])).values()];
  return list.map((m, i) => {
    const path = Array.isArray(marks) ? ["mark", i] : ["mark"];
    if (typeof m !== "object" || m === null) {
      throw new PaybandsError("INVALID_OPTION", "a mark is { level, amount, label? }", { path });
    }
    if (typeof m.amount !== "number" || !Number.isFinite(m.amount) || m.amount < 0) {
      throw new PaybandsError("INVALID_OPTION", "a mark's amount must be a finite number >= 0", {
        path: [...path, "amount"],
      });
    }
    let level: string;
    if (dataset !== null) {
      try {
        level = getLevel(dataset, m.level).id;
      } catch (e) {
        if (!(e instanceof PaybandsError)) throw e;
        throw new PaybandsError(e.code, e.message, {
          path: [...path, "level"],
          validChoices: e.validChoices,
        });
      }
    } else {
      const entries = levels.map((b) => ({ id: b.level, aliases: [] }));
      level = resolveEntry(entries, m.level, "level", "UNKNOWN_LEVEL", [...path, "level"]).id;
    }
    let metro: string | null = null;
    if (m.metro !== undefined) {
      const metros = [...new Set(bars.map((b) => b.metro))].map((id) => ({ id, aliases: [] }));
      const named =
        dataset === null
          ? m.metro
          : (dataset.metros.find((x) => x.id === m.metro || x.aliases.includes(m.metro ?? ""))
              ?.id ?? m.metro);
      metro = resolveEntry(metros, named, "metro", "UNKNOWN_METRO", [...path, "metro"]).id;
    }
    return {
      level,
      metro,
      // -0 passes the ">= 0" check but is no amount: it would reach the spec as -0.
      amount: Object.is(m.amount, -0) ? 0 : m.amount,
      label: typeof m.label === "string" ? m.label : "",
    };
  });
}

/** title, subtitle and currency are text in the chart: a non-string would reach the XML escaper. */
function checkText(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  throw new PaybandsError(
    "INVALID_OPTION",
    `${name} must be a string; got ${value === null ? "null" : typeof value}`,
    { path: [name] },
  );
}

function checkSize(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > 10000) {
    throw new PaybandsError("INVALID_OPTION", `${name} must be a number from ${min} to 10000`, {
      path: [name],
    });
  }
  return value;
}

function describeMetro(name: string, premium: number): string {
  if (premium === 0) return `${name}, the baseline (+0%)`;
  const pct = Math.round(premium * 10000) / 100;
  return `${name} (${pct > 0 ? "+" : ""}${pct}% vs the baseline)`;
}

const CHART_OPTION_KEYS = [
  "metros",
  "mark",
  "width",
  "height",
  "title",
  "subtitle",
  "currency",
] as const;

/** Reads the input and options of `bandChartSvg` / `toVegaLite` into one model. */
export function bandChartModel(
  input: BandChartInput,
  options: BandChartOptions = {},
): BandChartModel {
  if (typeof input !== "object" || input === null) {
    throw new PaybandsError("INVALID_INPUT", "a band chart takes a dataset or an array of rows", {
      path: [],
    });
  }
  // null or a non-object options argument would fail on options.width below.
  readOptions(options, CHART_OPTION_KEYS, "band chart options");
  const width = checkSize(options.width, "width", 320) ?? DEFAULT_WIDTH;
  const height = checkSize(options.height, "height", 120);
  const dataset = Array.isArray(input) ? null : (input as Dataset);
  if (dataset !== null && !("levels" in dataset && "metros" in dataset)) {
    throw new PaybandsError("INVALID_INPUT", "a band chart takes a dataset or an array of rows", {
      path: [],
    });
  }
  const bars =
    dataset === null
      ? fromRows(input as readonly object[], options)
      : fromDataset(dataset, options);
  const levels = [
    ...new Map([...bars].sort((a, b) => a.rank - b.rank).map((b) => [b.level, b])),
  ].map(([id]) => id);
  const metros = [...new Map(bars.map((b) => [b.metro, b.metroName]))].map(([id, name]) => ({
    id,
    name,
  }));
  let title = checkText(options.title, "title");
  let subtitle = checkText(options.subtitle, "subtitle");
  checkText(options.currency, "currency");
  if (dataset !== null) {
    title ??= `${dataset.title}: base salary by level, p25–p90`;
    if (subtitle === undefined) {
      const inMetros =
        metros.length === 1
          ? (() => {
              const m = dataset.metros.find((x) => x.id === metros[0]?.id);
              return m === undefined ? "" : describeMetro(m.name, m.premium);
            })()
          : `${metros.length} metros`;
      subtitle = `${inMetros} · ${dataset.id}@${dataset.version}`;
    }
  }
  return {
    bars,
    levels,
    metros,
    marks: resolveMarks(options.mark, bars, dataset),
    currency: dataset?.currency ?? options.currency ?? "USD",
    title: title ?? "Base salary by level, p25–p90",
    subtitle: subtitle ?? "",
    width,
    height,
  };
}
