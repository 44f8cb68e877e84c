import { toRows } from "../../analysis/to-rows.js";
import { estimateCompensation } from "../../core/estimate/estimate-compensation.js";
import type { CompensationEstimate } from "../../core/estimate/types.js";
import { getMetro } from "../../core/lookup/get-metro.js";
import type { Dataset } from "../../schemas/dataset.js";
import { style } from "../ansi.js";
import { type BarRow, renderBarChart } from "../bar-chart.js";
import type { Command, Context } from "../context.js";
import { emit } from "../emit.js";
import {
  COMMON_OPTIONS,
  DATASET_OPTION,
  datasetName,
  datasetOption,
  ENGINE_OPTIONS,
  engineOptions,
  FORMAT_OPTIONS,
  listOption,
  numberOption,
  outputFormat,
  policyOption,
  requiredOption,
  stringOption,
} from "../options.js";
import { formatDollars, formatPercent, renderPairs } from "../table.js";
import { printWarnings } from "../warnings.js";

export const ESTIMATE_HELP = `Usage: paybands estimate --level <level> [--metro <metro>] [--percentile <p>]
                         [--premium <premium> ...] [--policy <policy>] [--json | --csv]

Estimates pay for a level in a metro at a percentile of the level's band: base, total
comp (base × the level's TC/base multiplier), and skill premiums as [low, high] ranges,
with a bar chart of the band marking the estimate.

Options:
  --level <level>        junior, mid, senior, staff (or an alias: sr, principal, ...)
  --metro <metro>        a metro id or alias (default: the baseline, US national = remote)
  --percentile <p>       percentile of base within the band, between 0 and 100 (default 50)
  --premium <premium>    a skill premium (go-rust, ai-services, containers-cloud); repeatable
  --policy <policy>      local (default), national, benchmark, benchmark=<metro>,
                         elasticity=<0..1>
  --method <m>           log-probit (default), pchip, linear
  --tail <t>             extend (default), clamp, pareto, error
  --json                 print the full result as JSON (with the trace of every step)
  --csv                  print one CSV row (RFC 4180)
  --dataset <d>          a dataset file or an embedded id@version
  -h, --help             show this help

Examples:
  paybands estimate --level senior --metro seattle
  paybands estimate --level mid --metro austin --percentile 75 --premium go-rust
  paybands estimate --level staff --metro remote --policy benchmark --json`;

function render(e: CompensationEstimate, dataset: Dataset, ctx: Context): string {
  const s = style(ctx.color);
  const metro = getMetro(dataset, e.metro);
  const where = `${metro.name} (${formatPercent(metro.premium, true)})`;
  const premiums = e.premiums.length > 0;
  const pairs: [string, string][] = [
    ["Base", s.bold(formatDollars(e.base))],
    [
      "Total comp",
      `${s.bold(formatDollars(e.totalComp))}  (base × ${e.multiplier} TC/base multiplier)`,
    ],
    ["  base + other", `${formatDollars(e.breakdown.base)} + ${formatDollars(e.breakdown.other)}`],
  ];
  if (premiums) {
    pairs.push(
      [`With ${e.premiums.map((p) => p.id).join(" + ")}`, ""],
      ["  base", `${formatDollars(e.baseRange[0])} – ${formatDollars(e.baseRange[1])}`],
      [
        "  total comp",
        `${formatDollars(e.totalCompRange[0])} – ${formatDollars(e.totalCompRange[1])}`,
      ],
    );
  }
  const rows: BarRow[] = e.band.map((a) => ({ label: `p${a.p}`, amount: a.amount }));
  const at = rows.findIndex((r) => r.amount > e.base);
  const mine: BarRow = {
    label: `estimate p${e.percentile}`,
    amount: e.base,
    ...(premiums ? { high: e.baseRange[1] } : {}),
    highlight: true,
  };
  rows.splice(at === -1 ? rows.length : at, 0, mine);
  const head = `${s.bold(e.level)} in ${where}, p${e.percentile}, ${e.policy} pay — ${datasetName(e.dataset)}`;
  return `${head}\n\n${renderPairs(pairs)}\n\nBase-salary band in ${metro.name}:\n${renderBarChart(rows, s)}\n`;
}

/** `paybands estimate`. */
export const estimateCommand: Command = {
  name: "estimate",
  summary: "base and total comp for a level in a metro at a percentile, with a band chart",
  help: ESTIMATE_HELP,
  options: {
    level: { type: "string" },
    metro: { type: "string" },
    percentile: { type: "string" },
    premium: { type: "string", multiple: true },
    policy: { type: "string" },
    ...ENGINE_OPTIONS,
    ...FORMAT_OPTIONS,
    ...DATASET_OPTION,
    ...COMMON_OPTIONS,
  },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const dataset = datasetOption(values);
    const level = requiredOption(
      values,
      "level",
      dataset.levels.map((l) => l.id),
    );
    const metro = stringOption(values, "metro");
    const percentile = numberOption(values, "percentile");
    const policy = policyOption(values);
    const premiums = listOption(values, "premium");
    const e = estimateCompensation(dataset, {
      level,
      ...(metro === undefined ? {} : { metro }),
      ...(percentile === undefined ? {} : { percentile }),
      ...(premiums.length === 0 ? {} : { premiums }),
      ...(policy === undefined ? {} : { policy }),
      ...engineOptions(values),
    });
    printWarnings(e, ctx);
    emit(ctx, format, { json: () => e, csv: () => toRows(e), text: () => render(e, dataset, ctx) });
    return 0;
  },
};
