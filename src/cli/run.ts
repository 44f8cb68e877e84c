import { parseArgs } from "node:util";
import { getDataset } from "../data/get-dataset.js";
import { isPaybandsError } from "../errors/is-paybands-error.js";
import { LEVELS_HELP, levelRows, renderLevels } from "./commands/levels.js";
import { UsageError } from "./usage-error.js";

const COMMANDS = ["levels"] as const;

const HELP = `paybands — software-engineering compensation bands from the command line

Usage: paybands <command> [options]

Commands:
  levels     the level bands (p25..p90 US base, est. total comp), optionally for a metro

Options:
  -h, --help     show help (also: paybands <command> --help)
  -v, --version  print the package and dataset versions

Examples:
  paybands levels
  paybands levels --metro sf --json`;

declare const __PAYBANDS_VERSION__: string | undefined;
const VERSION = typeof __PAYBANDS_VERSION__ === "string" ? __PAYBANDS_VERSION__ : "dev";

/** Runs the CLI on `argv` (without node and the script); returns the exit code. */
export function run(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      out(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === "-v" || command === "--version") {
      const ds = getDataset();
      out(`paybands ${VERSION} (dataset ${ds.id}@${ds.version})\n`);
      return 0;
    }
    if (command === "levels") {
      const { values } = parseArgs({
        args: [...rest],
        options: {
          metro: { type: "string" },
          json: { type: "boolean" },
          help: { type: "boolean", short: "h" },
        },
        strict: true,
        allowPositionals: false,
      });
      if (values.help) {
        out(`${LEVELS_HELP}\n`);
        return 0;
      }
      const result = levelRows(getDataset(), values.metro);
      out(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderLevels(result));
      return 0;
    }
    throw new UsageError(`unknown command "${command}"; valid commands: ${COMMANDS.join(", ")}`);
  } catch (error) {
    if (error instanceof UsageError || isNodeArgError(error)) {
      err(`paybands: ${(error as Error).message}\n`);
      return 2;
    }
    if (isPaybandsError(error)) {
      err(`paybands: ${error.message}\n`);
      // A bad argument value (unknown metro, percentile out of range) is a usage error;
      // a bad file (invalid dataset) is a data error.
      return error.code === "INVALID_DATASET" ? 1 : 2;
    }
    throw error;
  }
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
function isNodeArgError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
