import { toRows } from "../../analysis/to-rows.js";
import type { Command } from "../context.js";
import { emit } from "../emit.js";
import {
  COMMON_OPTIONS,
  DATASET_OPTION,
  datasetName,
  datasetOption,
  FORMAT_OPTIONS,
  outputFormat,
} from "../options.js";
import { formatPercent, renderTable } from "../table.js";

export const METROS_HELP = `Usage: paybands metros [--json | --csv] [--dataset <file|id@version>]

Lists the metros with their pay premium over the baseline (US national median =
remote, +0%) and the aliases the other commands accept (sf, nyc, sea, ...).

Options:
  --json           print JSON instead of a table
  --csv            print CSV (RFC 4180)
  --dataset <d>    a dataset file or an embedded id@version
  -h, --help       show this help

Examples:
  paybands metros
  paybands metros --csv`;

/** `paybands metros`. */
export const metrosCommand: Command = {
  name: "metros",
  summary: "the metros, their premiums over the US national median, and their aliases",
  help: METROS_HELP,
  options: { ...FORMAT_OPTIONS, ...DATASET_OPTION, ...COMMON_OPTIONS },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const dataset = datasetOption(values);
    const rows = toRows(dataset, { kind: "metros" });
    emit(ctx, format, {
      json: () => ({ dataset: datasetName(dataset), rows }),
      csv: () => rows,
      text: () => {
        const table = renderTable(rows, [
          { header: "Metro", value: (r) => r.metro },
          { header: "Name", value: (r) => r.name },
          { header: "Premium", align: "right", value: (r) => formatPercent(r.premium, true) },
          { header: "Aliases", value: (r) => r.aliases.split(" ").join(", ") },
        ]);
        return `${datasetName(dataset)} — metro premiums over the baseline (${dataset.baselineMetro})\n\n${table}\n`;
      },
    });
    return 0;
  },
};
