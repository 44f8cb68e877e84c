import { inMetro } from "../../_internal/analysis-rows.js";
import { toRows } from "../../analysis/to-rows.js";
import { getMetro } from "../../core/lookup/get-metro.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Command } from "../context.js";
import { emit } from "../emit.js";
import {
  COMMON_OPTIONS,
  DATASET_OPTION,
  datasetOption,
  FORMAT_OPTIONS,
  outputFormat,
  stringOption,
} from "../options.js";
import { type Column, formatDollars, renderTable } from "../table.js";

export const LEVELS_HELP = `Usage: paybands levels [--metro <metro>] [--json | --csv] [--dataset <file|id@version>]

Prints every level's US base-salary band (p25, p50, p75, p90) and estimated total
comp from the embedded dataset. With --metro, amounts are multiplied by the metro's
premium over the US national median (e.g. sf-bay-area +38%), rounded half-even to
the dollar.

Options:
  --metro <metro>      a metro id or alias (sf, nyc, seattle, austin, denver, chicago, remote)
  --json               print JSON instead of a table
  --csv                print CSV (RFC 4180; one row per level, anchors as p25..p90 columns)
  --dataset <d>        a dataset file (your own bands) or an embedded id@version
  -h, --help           show this help

Examples:
  paybands levels
  paybands levels --metro sf
  paybands levels --metro seattle --json
  paybands levels --metro austin --csv > austin.csv`;

interface LevelRow {
  level: string;
  name: string;
  years: [number, number];
  /** null when the band has no anchor at that percentile (possible in a user's dataset). */
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  estimatedTotalComp: number;
}

/** The rows `paybands levels` prints, as plain data (the JSON output). */
export function levelRows(dataset: Dataset, metroKey: string | undefined) {
  const metro = getMetro(dataset, metroKey ?? dataset.baselineMetro);
  // The same metro scaling as paybands/analysis's rows (inMetro), so table and CSV agree.
  const rows: LevelRow[] = dataset.levels.map((level) => {
    const at = (p: number) => {
      const anchor = level.base.anchors.find((a) => a.p === p);
      return anchor === undefined ? null : inMetro(anchor.amount, metro);
    };
    return {
      level: level.id,
      name: level.name,
      years: [level.years[0], level.years[1]],
      p25: at(25),
      p50: at(50),
      p75: at(75),
      p90: at(90),
      estimatedTotalComp: inMetro(level.estimatedTotalComp.amount, metro),
    };
  });
  return {
    dataset: `${dataset.id}@${dataset.version}`,
    metro: metro.id,
    premium: metro.premium,
    rows,
  };
}

const money = (
  key: "p25" | "p50" | "p75" | "p90" | "estimatedTotalComp",
  header: string,
): Column<LevelRow> => ({
  header,
  align: "right",
  value: (r) => {
    const amount = r[key];
    return amount === null ? "-" : formatDollars(amount);
  },
});

/** Renders `paybands levels` for a terminal. */
export function renderLevels(result: ReturnType<typeof levelRows>): string {
  const sign = result.premium >= 0 ? "+" : "";
  const title = `${result.dataset} — US base salary, ${result.metro} (${sign}${Math.round(result.premium * 10000) / 100}% vs US national median)`;
  const table = renderTable(result.rows, [
    { header: "Level", value: (r) => r.level },
    { header: "Title", value: (r) => r.name },
    { header: "Years", align: "right", value: (r) => `${r.years[0]}-${r.years[1]}` },
    money("p25", "p25"),
    money("p50", "p50"),
    money("p75", "p75"),
    money("p90", "p90"),
    money("estimatedTotalComp", "Est. TC"),
  ]);
  return `${title}\n\n${table}\n`;
}

/** `paybands levels`. */
export const levelsCommand: Command = {
  name: "levels",
  summary: "the level bands (p25..p90 US base, est. total comp), optionally for a metro",
  help: LEVELS_HELP,
  options: { metro: { type: "string" }, ...FORMAT_OPTIONS, ...DATASET_OPTION, ...COMMON_OPTIONS },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const dataset = datasetOption(values);
    const metro = stringOption(values, "metro");
    const result = levelRows(dataset, metro);
    emit(ctx, format, {
      json: () => result,
      csv: () => toRows(dataset, { metros: [metro ?? dataset.baselineMetro] }),
      text: () => renderLevels(result),
    });
    return 0;
  },
};
