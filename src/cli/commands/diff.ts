import { toCSV } from "../../analysis/to-csv.js";
import { toRows } from "../../analysis/to-rows.js";
import { diffDatasets } from "../../core/dataset/diff-datasets.js";
import { style } from "../ansi.js";
import type { Command } from "../context.js";
import { loadDataset } from "../files.js";
import { COMMON_OPTIONS, datasetName, FORMAT_OPTIONS, json, outputFormat } from "../options.js";
import { renderTable } from "../table.js";

export const DIFF_HELP = `Usage: paybands diff A B [--json | --csv]

What changed from dataset A to dataset B: fields and entries added, removed and
changed, by path (levels.senior.base.p50, metros.seattle.premium), with the relative
change of numbers. A and B are dataset files or embedded datasets as id@version
(see: paybands datasets). Both are validated first.

Options:
  --json        print { from, to, added, removed, changed } as JSON
  --csv         print one row per difference (type, path, old, new, change)
  -h, --help    show this help

Examples:
  paybands diff backend-developer@2026.1.0 my-bands.json
  paybands diff old.json new.json --csv > changes.csv`;

function show(v: unknown): string {
  if (v === null) return "";
  if (typeof v === "number") return v.toLocaleString("en-US", { maximumFractionDigits: 6 });
  const text = typeof v === "string" ? v : JSON.stringify(v);
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/** `paybands diff`. */
export const diffCommand: Command = {
  name: "diff",
  summary: "what changed between two datasets (files or id@version)",
  help: DIFF_HELP,
  positionals: ["A", "B"],
  options: { ...FORMAT_OPTIONS, ...COMMON_OPTIONS },
  run(values, positionals, ctx) {
    const format = outputFormat(values);
    const a = loadDataset(positionals[0] as string);
    const b = loadDataset(positionals[1] as string);
    const diff = diffDatasets(a, b);
    if (format === "json") {
      ctx.out(json(diff));
      return 0;
    }
    const rows = toRows(diff);
    if (format === "csv") {
      ctx.out(toCSV(rows));
      return 0;
    }
    const s = style(ctx.color);
    const head = `${datasetName(diff.from)} → ${datasetName(diff.to)}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`;
    if (rows.length === 0) {
      ctx.out(`${head}\n\nNo differences.\n`);
      return 0;
    }
    const sign = { added: "+", removed: "-", changed: "~" } as const;
    const table = renderTable(rows, [
      { header: "", value: (r) => sign[r.type] },
      { header: "Path", value: (r) => r.path },
      { header: "Old", align: "right", value: (r) => show(r.old) },
      { header: "New", align: "right", value: (r) => show(r.new) },
      {
        header: "Change",
        align: "right",
        value: (r) =>
          r.change === null
            ? ""
            : `${r.change > 0 ? "+" : ""}${(Math.round(r.change * 10000) / 100).toFixed(2)}%`,
      },
    ]);
    ctx.out(`${s.bold(head)}\n\n${table}\n`);
    return 0;
  },
};
