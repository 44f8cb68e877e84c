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
import { renderTable } from "../table.js";
import { describeEffect } from "./levers.js";

export const PREMIUMS_HELP = `Usage: paybands premiums [--json | --csv] [--dataset <file|id@version>]

Lists the skill premiums (containers/cloud, Go/Rust, AI services), the levels each
applies at and what it adds to base. Use them with: paybands estimate --premium <id>.

Options:
  --json           print JSON instead of a table
  --csv            print CSV (RFC 4180)
  --dataset <d>    a dataset file or an embedded id@version
  -h, --help       show this help

Examples:
  paybands premiums
  paybands estimate --level senior --premium ai-services`;

/** `paybands premiums`. */
export const premiumsCommand: Command = {
  name: "premiums",
  summary: "the skill premiums, the levels they apply at, and their ranges",
  help: PREMIUMS_HELP,
  options: { ...FORMAT_OPTIONS, ...DATASET_OPTION, ...COMMON_OPTIONS },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const dataset = datasetOption(values);
    const rows = toRows(dataset, { kind: "premiums" });
    emit(ctx, format, {
      json: () => ({ dataset: datasetName(dataset), rows }),
      csv: () => rows,
      text: () => {
        const table = renderTable(rows, [
          { header: "Premium", value: (r) => r.premium },
          { header: "Name", value: (r) => r.name },
          { header: "Levels", value: (r) => r.levels.split(" ").join(", ") },
          { header: "Adds", value: describeEffect },
        ]);
        return `${datasetName(dataset)} — skill premiums\n\n${table}\n`;
      },
    });
    return 0;
  },
};
