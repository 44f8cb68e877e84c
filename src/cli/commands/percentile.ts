import { toCSV } from "../../analysis/to-csv.js";
import { estimateCompensation } from "../../core/estimate/estimate-compensation.js";
import { getMetro } from "../../core/lookup/get-metro.js";
import { describePercentile } from "../../core/percentile/describe-percentile.js";
import { describeRank } from "../../core/percentile/describe-rank.js";
import { style } from "../ansi.js";
import { type BarRow, renderBarChart } from "../bar-chart.js";
import type { Command } from "../context.js";
import {
  COMMON_OPTIONS,
  DATASET_OPTION,
  datasetName,
  datasetOption,
  ENGINE_OPTIONS,
  engineOptions,
  FORMAT_OPTIONS,
  json,
  numberOption,
  outputFormat,
  policyOption,
  requiredOption,
  stringOption,
} from "../options.js";
import { formatDollars, formatPercent } from "../table.js";
import { UsageError } from "../usage-error.js";

export const PERCENTILE_HELP = `Usage: paybands percentile --level <level> [--metro <metro>] (--amount <$> | --p <p>)
                           [--method <m>] [--tail <t>] [--json | --csv]

With --amount: the percentile (rank) of a base salary in the level's band for the
metro. With --p: the base salary at a percentile. The band is the level's US band ×
the metro's premium; between and beyond its anchors the percentile engine
interpolates (log-probit by default) and says how.

Options:
  --level <level>     junior, mid, senior, staff (or an alias)
  --metro <metro>     a metro id or alias (default: the baseline, US national = remote)
  --amount <$>        a base salary to rank (230000 or 230,000)
  --p <p>             a percentile between 0 and 100 to give the amount at
  --method <m>        log-probit (default), pchip, linear
  --tail <t>          extend (default), clamp, pareto, error
  --policy <policy>   local (default), national, benchmark, benchmark=<metro>, elasticity=<0..1>
  --json              print JSON
  --csv               print one CSV row (RFC 4180)
  --dataset <d>       a dataset file or an embedded id@version
  -h, --help          show this help

Examples:
  paybands percentile --level senior --metro seattle --amount 300000
  paybands percentile --level senior --p 60
  paybands percentile --level staff --p 97 --tail pareto --json`;

/** `paybands percentile`. */
export const percentileCommand: Command = {
  name: "percentile",
  summary: "the percentile of a salary in a band (--amount), or the salary at one (--p)",
  help: PERCENTILE_HELP,
  options: {
    level: { type: "string" },
    metro: { type: "string" },
    amount: { type: "string" },
    p: { type: "string" },
    policy: { type: "string" },
    ...ENGINE_OPTIONS,
    ...FORMAT_OPTIONS,
    ...DATASET_OPTION,
    ...COMMON_OPTIONS,
  },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const amount = numberOption(values, "amount");
    const p = numberOption(values, "p");
    if ((amount === undefined) === (p === undefined)) {
      throw new UsageError(
        "give exactly one of --amount <$> (its percentile) or --p <p> (the amount at it)",
      );
    }
    const dataset = datasetOption(values);
    const level = requiredOption(
      values,
      "level",
      dataset.levels.map((l) => l.id),
    );
    const metroKey = stringOption(values, "metro");
    const policy = policyOption(values);
    const engine = engineOptions(values);
    const e = estimateCompensation(dataset, {
      level,
      ...(metroKey === undefined ? {} : { metro: metroKey }),
      ...(policy === undefined ? {} : { policy }),
    });
    const band = { anchors: e.band };
    const metro = getMetro(dataset, e.metro);
    const context = { level: e.level, metro: e.metro, band: e.band, dataset: e.dataset };
    const s = style(ctx.color);
    const head = `${s.bold(e.level)} in ${metro.name} (${formatPercent(metro.premium, true)}) — ${datasetName(dataset)}`;
    let result: { amount: number; p: number; text: string; extra: object };
    if (amount !== undefined) {
      const r = describeRank(band, amount, engine);
      result = {
        amount,
        p: r.value,
        text: `${formatDollars(amount)} is p${Math.round(r.value * 10) / 10} of the base-salary band`,
        extra: r,
      };
      if (format === "json") ctx.out(json({ ...context, ...r }));
      else if (format === "csv") {
        ctx.out(
          toCSV([
            {
              level: e.level,
              metro: e.metro,
              amount,
              percentile: r.value,
              method: r.method,
              tail: r.tail,
              extrapolated: r.extrapolated,
            },
          ]),
        );
      }
    } else {
      const r = describePercentile(band, p as number, engine);
      result = {
        amount: r.value,
        p: p as number,
        text: `p${p} of the base-salary band is ${formatDollars(r.value)}`,
        extra: r,
      };
      if (format === "json") ctx.out(json({ ...context, ...r }));
      else if (format === "csv") {
        ctx.out(
          toCSV([
            {
              level: e.level,
              metro: e.metro,
              percentile: p,
              amount: r.value,
              method: r.method,
              tail: r.tail,
              extrapolated: r.extrapolated,
            },
          ]),
        );
      }
    }
    if (format === "table") {
      const explanation = (result.extra as { explanation: string }).explanation;
      const rows: BarRow[] = e.band.map((a) => ({ label: `p${a.p}`, amount: a.amount }));
      const at = rows.findIndex((r) => r.amount > result.amount);
      rows.splice(at === -1 ? rows.length : at, 0, {
        label: `p${Math.round(result.p * 10) / 10}`,
        amount: result.amount,
        highlight: true,
      });
      ctx.out(
        `${head}\n\n  ${s.bold(result.text)}\n  ${explanation}\n\n${renderBarChart(rows, s)}\n`,
      );
    }
    return 0;
  },
};
