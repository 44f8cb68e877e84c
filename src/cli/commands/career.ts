import { toCSV } from "../../analysis/to-csv.js";
import { toRows } from "../../analysis/to-rows.js";
import { projectCareer } from "../../core/career/project-career.js";
import type { CareerPoint, CareerTrack } from "../../core/career/types.js";
import { getMetro } from "../../core/lookup/get-metro.js";
import { style } from "../ansi.js";
import type { Command } from "../context.js";
import {
  COMMON_OPTIONS,
  choiceOption,
  DATASET_OPTION,
  datasetName,
  datasetOption,
  FORMAT_OPTIONS,
  json,
  numberOption,
  outputFormat,
  policyOption,
  requiredOption,
  stringOption,
} from "../options.js";
import { formatDollars, formatPercent, renderTable } from "../table.js";
import { UsageError } from "../usage-error.js";
import { printWarnings } from "../warnings.js";

export const CAREER_HELP = `Usage: paybands career --level <level> --years <n> --track <ic|manager>
                       [--metro <metro>] [--percentile <p>] [--raise <r>] [--json | --csv]

Projects pay year by year from a level just reached, in three scenarios: low (slowest
promotions, smallest raises), expected (midpoint years and raise) and high (fastest,
largest), on the IC ladder or the manager track, from the guide's progression steps.

Options:
  --level <level>      the level reached now (0 years in it)
  --years <n>          years to project, 1 to 40
  --track <track>      ic (junior → mid → senior → staff) or manager (senior → engineering manager)
  --metro <metro>      a metro id or alias (default: the baseline, US national = remote)
  --percentile <p>     percentile of the starting base in the band (default 50)
  --raise <r>          a yearly raise between promotions as a fraction, 0 to 0.5 (default 0)
  --policy <policy>    local (default), national, benchmark, benchmark=<metro>, elasticity=<0..1>
  --json               print the projection as JSON
  --csv                print CSV, one row per year × scenario (RFC 4180)
  --dataset <d>        a dataset file or an embedded id@version
  -h, --help           show this help

Examples:
  paybands career --level junior --years 10 --track ic
  paybands career --level senior --years 8 --track manager --metro sf
  paybands career --level mid --years 6 --track ic --csv > career.csv`;

const TRACKS: readonly CareerTrack[] = ["ic", "manager"];

/** `paybands career`. */
export const careerCommand: Command = {
  name: "career",
  summary: "project pay year by year on the IC or manager track (low / expected / high)",
  help: CAREER_HELP,
  options: {
    level: { type: "string" },
    years: { type: "string" },
    track: { type: "string" },
    metro: { type: "string" },
    percentile: { type: "string" },
    raise: { type: "string" },
    policy: { type: "string" },
    ...FORMAT_OPTIONS,
    ...DATASET_OPTION,
    ...COMMON_OPTIONS,
  },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const years = numberOption(values, "years", { integer: true, min: 1, max: 40 });
    if (years === undefined) throw new UsageError("missing --years (e.g. --years 10)");
    const track = choiceOption(values, "track", TRACKS);
    if (track === undefined) throw new UsageError("missing --track; valid tracks: ic, manager");
    const dataset = datasetOption(values);
    const level = requiredOption(
      values,
      "level",
      dataset.levels.map((l) => l.id),
    );
    const metro = stringOption(values, "metro");
    const percentile = numberOption(values, "percentile");
    const annualRaise = numberOption(values, "raise", { min: 0, max: 0.5 });
    const policy = policyOption(values);
    const c = projectCareer(dataset, {
      level,
      years,
      track,
      ...(metro === undefined ? {} : { metro }),
      ...(percentile === undefined ? {} : { percentile }),
      ...(annualRaise === undefined ? {} : { annualRaise }),
      ...(policy === undefined ? {} : { policy }),
    });
    printWarnings(c, ctx);
    if (format === "json") ctx.out(json(c));
    else if (format === "csv") ctx.out(toCSV(toRows(c)));
    else {
      const s = style(ctx.color);
      const m = getMetro(dataset, c.metro);
      const promoted = new Set(c.promotions.map((p) => `${p.scenario}:${p.year}`));
      const cell = (scenario: "low" | "expected" | "high") => ({
        header: scenario === "expected" ? "Expected" : scenario === "low" ? "Low" : "High",
        value: (y: (typeof c.path)[number]) => {
          const p: CareerPoint = y[scenario];
          const tc = p.totalComp === null ? "" : ` (TC ${formatDollars(p.totalComp)})`;
          const star = promoted.has(`${scenario}:${y.year}`) ? "*" : " ";
          return `${star}${p.level} ${formatDollars(p.base)}${tc}`;
        },
      });
      const table = renderTable(c.path, [
        { header: "Year", align: "right", value: (y) => String(y.year) },
        cell("low"),
        cell("expected"),
        cell("high"),
      ]);
      const head = `${s.bold(`${c.track.toUpperCase()} track`)} from ${c.level} in ${m.name} (${formatPercent(m.premium, true)}), p${c.percentile} — ${datasetName(c.dataset)}`;
      const milestones = c.milestones
        .map((x) => {
          const w = x.window.expected;
          const when = w === null ? "not reached (expected)" : `years ${w[0]}–${w[1]} (expected)`;
          return `  ${x.name}: ${formatDollars(x.comp[0])}–${formatDollars(x.comp[1])}${x.openEnded ? "+" : ""}, ${when}`;
        })
        .join("\n");
      ctx.out(
        `${head}\n\nBase salary by year (* = promoted that year; TC = estimated total comp)\n\n${table}\n${milestones === "" ? "" : `\nBeyond the ladder:\n${milestones}\n`}`,
      );
    }
    return 0;
  },
};
