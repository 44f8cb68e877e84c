import { toRows } from "../../analysis/to-rows.js";
import type { GeoPolicy } from "../../core/geo/types.js";
import { applyLevers } from "../../core/levers/apply-levers.js";
import type { LeverInput, OfferLeversResult } from "../../core/levers/types.js";
import { getLevel } from "../../core/lookup/get-level.js";
import { getLever } from "../../core/lookup/get-lever.js";
import { getMetro } from "../../core/lookup/get-metro.js";
import { evaluateOffer } from "../../core/offer/evaluate-offer.js";
import type { Offer, OfferContext, OfferEvaluation } from "../../core/offer/types.js";
import { isPaybandsError } from "../../errors/is-paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import { style } from "../ansi.js";
import { type BarRow, renderBarChart } from "../bar-chart.js";
import type { Command, Context } from "../context.js";
import { emit } from "../emit.js";
import { formatPath, readJsonFile } from "../files.js";
import {
  COMMON_OPTIONS,
  DATASET_OPTION,
  datasetName,
  datasetOption,
  ENGINE_OPTIONS,
  engineOptions,
  FORMAT_OPTIONS,
  listOption,
  outputFormat,
  policyOption,
  stringOption,
} from "../options.js";
import { formatDollars, formatPercent, renderPairs, renderTable } from "../table.js";
import { FileError, UsageError } from "../usage-error.js";
import { printWarnings } from "../warnings.js";

export const OFFER_HELP = `Usage: paybands offer FILE.json [--level <level>] [--metro <metro>] [--lever <lever>[=<value>] ...]
                      [--policy <policy>] [--json | --csv]

Evaluates a job offer: year-by-year pay (base, bonus, equity vesting, refreshers,
sign-on), first-year, steady-state and four-year totals, the base's percentile and
compa-ratio in the level's band for the metro — and, with --lever, what each
negotiation lever could add, as [low, high] ranges.

FILE.json is an offer, optionally with the level and metro it is for:
  { "level": "senior", "metro": "seattle",
    "base": 250000, "bonus": { "percent": 0.15 },
    "equity": { "grant": 400000, "vesting": "even" }, "signOn": 30000 }
(vesting: even, cliff, front-loaded, back-loaded or per-year fractions; bonus may
be { "amount": 20000 }; equity may be { "shares": 2000, "price": 200 }.)

Options:
  --level <level>         the level the offer is for (overrides the file's "level")
  --metro <metro>         the metro (overrides the file's "metro"; default the baseline)
  --lever <lever>         a lever to pull: competing-offer, ai-premium, level-escalation[=<level>],
                          equity-refresh=<extra grant>, sign-on-bonus=<forfeited equity>;
                          repeatable (see: paybands levers)
  --policy <policy>       local (default), national, benchmark, benchmark=<metro>, elasticity=<0..1>
  --method <m>            log-probit (default), pchip, linear (for the ranks)
  --tail <t>              extend (default), clamp, pareto, error
  --json                  print JSON: { evaluation, levers }
  --csv                   print the years as CSV (RFC 4180)
  --dataset <d>           a dataset file or an embedded id@version
  -h, --help              show this help

Examples:
  paybands offer offer.json
  paybands offer offer.json --level senior --metro seattle
  paybands offer offer.json --lever competing-offer --lever sign-on-bonus=120000
  paybands offer offer.json --csv > years.csv`;

const CONTEXT_KEYS = ["level", "metro", "policy"] as const;

/** A lever flag: `id` or `id=value` (a forfeit or extra grant in money, or a level). */
function leverInput(dataset: Dataset, text: string): LeverInput {
  const [key, value] = text.split("=", 2) as [string, string | undefined];
  const lever = getLever(dataset, key);
  if (value === undefined) return lever.id;
  const amount = Number(value.replaceAll(",", "").replaceAll("_", ""));
  const money = value.trim() !== "" && Number.isFinite(amount);
  switch (lever.effect.kind) {
    case "fraction-of-forfeit":
      if (!money)
        throw new UsageError(`--lever ${lever.id}=<forfeit> needs an amount; got "${value}"`);
      return { lever: lever.id, forfeit: amount };
    case "qualitative":
      if (!money) throw new UsageError(`--lever ${lever.id}=<ask> needs an amount; got "${value}"`);
      return { lever: lever.id, ask: amount };
    default:
      return { lever: lever.id, toLevel: value };
  }
}

/** Runs `f`; a PaybandsError about the file's content becomes a FileError naming the field. */
function fromFile<T>(file: string, prefix: readonly (string | number)[], f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!isPaybandsError(e)) throw e;
    const path = [...prefix, ...e.path];
    throw new FileError(`${file}: ${formatPath(path)}: ${e.message}`);
  }
}

function renderOffer(
  file: string,
  r: OfferEvaluation,
  levers: OfferLeversResult | null,
  dataset: Dataset,
  ctx: Context,
): string {
  const s = style(ctx.color);
  const metro = getMetro(dataset, r.metro);
  const head = `${s.bold(`Offer ${file}`)} for ${r.level} in ${metro.name} (${formatPercent(metro.premium, true)}) — ${datasetName(r.dataset)}`;
  const money = (
    key: "base" | "bonus" | "equity" | "refreshers" | "signOn" | "total",
    header: string,
  ) => ({
    header,
    align: "right" as const,
    value: (y: OfferEvaluation["years"][number]) => formatDollars(y[key]),
  });
  const years = renderTable(r.years, [
    { header: "Year", align: "right", value: (y) => String(y.year) },
    money("base", "Base"),
    money("bonus", "Bonus"),
    money("equity", "Equity"),
    money("refreshers", "Refreshers"),
    money("signOn", "Sign-on"),
    money("total", "Total"),
  ]);
  const pairs: [string, string][] = [
    ["First year", s.bold(formatDollars(r.firstYearTotal))],
    ["Steady state", `${s.bold(formatDollars(r.steadyStateTotal))} a year`],
    ["Four years", formatDollars(r.fourYearTotal)],
    [
      "Base",
      `p${r.baseRank} of the band, compa-ratio ${r.compaRatio} (${r.position} the band's p${r.band[0]?.p}–p${r.band.at(-1)?.p})`,
    ],
    ["Steady-state total", `p${r.totalRank} of the estimated total-comp band`],
    [
      "Vesting",
      `${r.vesting.schedule} ${r.vesting.fractions.map((f) => Math.round(f * 1000) / 10).join("/")}`,
    ],
  ];
  const bars: BarRow[] = r.band.map((a) => ({ label: `p${a.p}`, amount: a.amount }));
  const base = r.years[0]?.base ?? 0;
  const at = bars.findIndex((b) => b.amount > base);
  bars.splice(at === -1 ? bars.length : at, 0, {
    label: `offer p${r.baseRank}`,
    amount: base,
    highlight: true,
  });
  let text = `${head}\n\n${years}\n\n${renderPairs(pairs)}\n\nBase against the band in ${metro.name}:\n${renderBarChart(bars, s)}\n`;
  if (levers !== null) {
    const range = ([lo, hi]: readonly [number, number]) =>
      lo === hi ? formatDollars(lo) : `${formatDollars(lo)} – ${formatDollars(hi)}`;
    const table = renderTable(levers.contributions, [
      { header: "Lever", value: (c) => c.lever },
      { header: "Effectiveness", value: (c) => c.effectiveness },
      { header: "Adds to", value: (c) => c.basis },
      { header: "Adds", align: "right", value: (c) => range(c.range) },
    ]);
    const after: [string, string][] = [
      ["Base", `${formatDollars(levers.before.base)} → ${s.bold(range(levers.after.base))}`],
      [
        "First year",
        `${formatDollars(levers.before.firstYearTotal)} → ${s.bold(range(levers.after.firstYearTotal))}`,
      ],
      [
        "Steady state",
        `${formatDollars(levers.before.steadyStateTotal)} → ${s.bold(range(levers.after.steadyStateTotal))}`,
      ],
    ];
    text += `\nWith levers (${levers.combine}; most effective first: ${levers.ranked.join(", ")}):\n\n${table}\n\n${renderPairs(after)}\n`;
  }
  return text;
}

/** `paybands offer`. */
export const offerCommand: Command = {
  name: "offer",
  summary: "evaluate an offer (FILE.json): yearly pay, totals, rank in the band; --lever",
  help: OFFER_HELP,
  positionals: ["FILE.json"],
  options: {
    level: { type: "string" },
    metro: { type: "string" },
    lever: { type: "string", multiple: true },
    policy: { type: "string" },
    ...ENGINE_OPTIONS,
    ...FORMAT_OPTIONS,
    ...DATASET_OPTION,
    ...COMMON_OPTIONS,
  },
  run(values, positionals, ctx) {
    const format = outputFormat(values);
    const file = positionals[0] as string;
    const dataset = datasetOption(values);
    const leverFlags = listOption(values, "lever").map((l) => leverInput(dataset, l));
    const flagPolicy = policyOption(values);
    const engine = engineOptions(values);
    const data = readJsonFile(file);
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw new FileError(
        `${file}: (root): an offer must be a JSON object such as { "base": 250000 }`,
      );
    }
    const record = data as Record<string, unknown>;
    const offer = Object.fromEntries(
      Object.entries(record).filter(([k]) => !(CONTEXT_KEYS as readonly string[]).includes(k)),
    ) as unknown as Offer;

    // Context: a flag is a usage error when bad (exit 2); the file's value a file error (1).
    const flagLevel = stringOption(values, "level");
    const flagMetro = stringOption(values, "metro");
    let level: string;
    if (flagLevel !== undefined) level = getLevel(dataset, flagLevel).id;
    else if (record.level !== undefined) {
      level = fromFile(file, ["level"], () => getLevel(dataset, record.level as string)).id;
    } else {
      throw new UsageError(
        `no level for ${file}: give --level (e.g. --level senior) or a "level" in the file`,
      );
    }
    let metro: string = dataset.baselineMetro;
    if (flagMetro !== undefined) metro = getMetro(dataset, flagMetro).id;
    else if (record.metro !== undefined) {
      metro = fromFile(file, ["metro"], () => getMetro(dataset, record.metro as string)).id;
    }
    const policy = flagPolicy ?? (record.policy as GeoPolicy | undefined);
    const context: OfferContext = {
      level,
      metro,
      ...(policy === undefined ? {} : { policy }),
      ...engine,
    };
    const fromFlags = new Set<string>([
      ...(flagPolicy === undefined ? [] : ["policy"]),
      ...Object.keys(engine),
    ]);
    const evaluation = (() => {
      try {
        return evaluateOffer(dataset, offer, context);
      } catch (e) {
        // A bad --policy / --method / --tail is the command line's fault, not the file's.
        if (isPaybandsError(e) && fromFlags.has(String(e.path[0]))) throw e;
        return fromFile(file, [], () => {
          throw e;
        });
      }
    })();
    printWarnings(evaluation, ctx);
    const levers =
      leverFlags.length === 0
        ? null
        : applyLevers(dataset, offer, leverFlags, {
            level,
            metro,
            ...(policy === undefined ? {} : { policy }),
            ...engine,
          });
    emit(ctx, format, {
      json: () => ({ file, evaluation, levers }),
      csv: () => toRows(evaluation),
      text: () => renderOffer(file, evaluation, levers, dataset, ctx),
    });
    return 0;
  },
};
