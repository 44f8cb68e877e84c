import { safeParseDataset } from "../../schemas/safe-parse-dataset.js";
import { style } from "../ansi.js";
import type { Command } from "../context.js";
import { formatPath, readJsonFile } from "../files.js";
import { COMMON_OPTIONS, json } from "../options.js";

export const VALIDATE_HELP = `Usage: paybands validate FILE.json [--json]

Checks a dataset file (your company's bands, or an edited copy of ours) against every
rule the embedded dataset obeys: the shape, kebab-case unique ids, aliases that
shadow nothing, strictly increasing band anchors, a p50 anchor per level, references
that resolve, a +0% baseline metro. Prints "valid" and exits 0, or prints every
problem with the path of the bad field and exits 1.

Options:
  --json        print { file, valid, dataset, issues } as JSON
  -h, --help    show this help

Examples:
  paybands validate my-bands.json
  paybands validate my-bands.json --json`;

/** `paybands validate`. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a dataset file (your own bands) against every dataset rule",
  help: VALIDATE_HELP,
  positionals: ["FILE.json"],
  options: { json: { type: "boolean" }, ...COMMON_OPTIONS },
  run(values, positionals, ctx) {
    const file = positionals[0] as string;
    const result = safeParseDataset(readJsonFile(file));
    const s = style(ctx.color);
    if (result.success) {
      const ds = result.data;
      if (values.json === true) {
        ctx.out(
          json({ file, valid: true, dataset: { id: ds.id, version: ds.version }, issues: [] }),
        );
      } else {
        ctx.out(
          `${s.green("valid")}: ${file} is dataset ${ds.id}@${ds.version} (${ds.levels.length} levels, ${ds.metros.length} metros, ${ds.levers.length} levers, ${ds.premiums.length} premiums)\n`,
        );
      }
      return 0;
    }
    const issues = result.error.issues.map((i) => ({ path: [...i.path], message: i.message }));
    if (values.json === true) ctx.out(json({ file, valid: false, dataset: null, issues }));
    else {
      const lines = issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`);
      const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
      ctx.err(`${lines.join("\n")}\n${s.red("invalid")}: ${file}: ${count}\n`);
    }
    return 1;
  },
};
