import { listDatasets } from "../../data/list-datasets.js";
import type { Command } from "../context.js";
import { emit } from "../emit.js";
import { COMMON_OPTIONS, FORMAT_OPTIONS, outputFormat } from "../options.js";
import { renderTable } from "../table.js";

export const DATASETS_HELP = `Usage: paybands datasets [--json | --csv]

Lists the datasets embedded in this version of paybands (every version stays
loadable: pass id@version to --dataset or to diff).

Options:
  --json        print JSON instead of a table
  --csv         print CSV (RFC 4180)
  -h, --help    show this help

Examples:
  paybands datasets
  paybands diff backend-developer@2026.1.0 my-bands.json`;

/** `paybands datasets`. */
export const datasetsCommand: Command = {
  name: "datasets",
  summary: "the embedded datasets and their versions",
  help: DATASETS_HELP,
  options: { ...FORMAT_OPTIONS, ...COMMON_OPTIONS },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const rows = listDatasets();
    emit(ctx, format, {
      json: () => rows,
      csv: () => rows,
      text: () => {
        const table = renderTable(rows, [
          { header: "Dataset", value: (r) => `${r.id}@${r.version}` },
          { header: "Title", value: (r) => r.title },
          { header: "Effective", value: (r) => r.effectiveDate },
          { header: "Currency", value: (r) => r.currency },
          { header: "Latest", value: (r) => (r.latest ? "yes" : "") },
          { header: "Checksum", value: (r) => `${r.checksum.slice(0, 19)}…` },
        ]);
        return `${table}\n`;
      },
    });
    return 0;
  },
};
