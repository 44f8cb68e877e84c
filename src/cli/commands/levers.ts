import { toRows } from "../../analysis/to-rows.js";
import type { LeverRow } from "../../analysis/types.js";
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
import { formatDollars, formatPercent, renderTable } from "../table.js";

export const LEVERS_HELP = `Usage: paybands levers [--json | --csv] [--dataset <file|id@version>]

Lists the negotiation levers, most effective first, with what each moves and by how
much (a competing offer +10–20%, re-leveling +$30k–60k total comp, a sign-on covering
50–100% of forfeited equity, ...). Use them with: paybands offer FILE --lever <id>.

Options:
  --json           print JSON instead of a table
  --csv            print CSV (RFC 4180; low/high with their unit: fraction or money)
  --dataset <d>    a dataset file or an embedded id@version
  -h, --help       show this help

Examples:
  paybands levers
  paybands levers --json`;

/** A lever's or premium's effect in words: `+10%–20% of offer`, `+$30,000–$60,000 total-comp`. */
export function describeEffect(
  r: Pick<LeverRow, "effect" | "low" | "high" | "unit" | "basis">,
): string {
  if (r.low === null || r.high === null) return "(no figure)";
  const basis = r.basis === null ? "" : ` of ${r.basis}`;
  if (r.effect === "fraction-of-forfeit") {
    return `${formatPercent(r.low)}–${formatPercent(r.high)} of forfeited equity`;
  }
  if (r.unit === "money") {
    return `+${formatDollars(r.low)}–${formatDollars(r.high)} ${r.basis ?? ""}`.trimEnd();
  }
  return `+${formatPercent(r.low)}–${formatPercent(r.high)}${basis}`;
}

/** `paybands levers`. */
export const leversCommand: Command = {
  name: "levers",
  summary: "the negotiation levers, ranked, with their effect ranges",
  help: LEVERS_HELP,
  options: { ...FORMAT_OPTIONS, ...DATASET_OPTION, ...COMMON_OPTIONS },
  run(values, _positionals, ctx) {
    const format = outputFormat(values);
    const dataset = datasetOption(values);
    const rows = toRows(dataset, { kind: "levers" });
    emit(ctx, format, {
      json: () => ({ dataset: datasetName(dataset), rows }),
      csv: () => rows,
      text: () => {
        const aliases = new Map(dataset.levers.map((l) => [l.id, l.aliases.join(", ")]));
        const table = renderTable(rows, [
          { header: "#", align: "right", value: (r) => String(r.rank) },
          { header: "Lever", value: (r) => r.lever },
          { header: "Effectiveness", value: (r) => r.effectiveness },
          { header: "Effect", value: describeEffect },
          { header: "Aliases", value: (r) => aliases.get(r.lever) ?? "" },
        ]);
        return `${datasetName(dataset)} — negotiation levers, most effective first\n\n${table}\n`;
      },
    });
    return 0;
  },
};
