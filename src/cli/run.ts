import { parseArgs } from "node:util";
import { getDataset } from "../data/get-dataset.js";
import { isPaybandsError } from "../errors/is-paybands-error.js";
import { careerCommand } from "./commands/career.js";
import { datasetsCommand } from "./commands/datasets.js";
import { diffCommand } from "./commands/diff.js";
import { estimateCommand } from "./commands/estimate.js";
import { levelsCommand } from "./commands/levels.js";
import { leversCommand } from "./commands/levers.js";
import { metrosCommand } from "./commands/metros.js";
import { offerCommand } from "./commands/offer.js";
import { percentileCommand } from "./commands/percentile.js";
import { premiumsCommand } from "./commands/premiums.js";
import { validateCommand } from "./commands/validate.js";
import type { Command, Context, Values } from "./context.js";
import { FileError, UsageError } from "./usage-error.js";

const COMMANDS: readonly Command[] = [
  levelsCommand,
  metrosCommand,
  leversCommand,
  premiumsCommand,
  estimateCommand,
  percentileCommand,
  offerCommand,
  careerCommand,
  datasetsCommand,
  validateCommand,
  diffCommand,
];

const width = Math.max(...COMMANDS.map((c) => c.name.length));

const HELP = `paybands — software-engineering compensation bands from the command line

Usage: paybands <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also: paybands <command> --help)
  -v, --version  print the package and dataset versions

Every command takes --json; the tables also --csv (RFC 4180). Colour only on a
terminal, never with NO_COLOR set. Exit codes: 0 ok, 1 an invalid file (the path of
the bad field is printed), 2 a bad command line (the valid choices are printed).

Examples:
  paybands levels
  paybands levels --metro sf --json
  paybands estimate --level senior --metro seattle
  paybands percentile --level senior --metro seattle --amount 300000
  paybands offer offer.json --lever competing-offer
  paybands career --level junior --years 10 --track ic --csv
  paybands validate my-bands.json
  paybands diff backend-developer@2026.1.0 my-bands.json`;

declare const __PAYBANDS_VERSION__: string | undefined;
const VERSION = typeof __PAYBANDS_VERSION__ === "string" ? __PAYBANDS_VERSION__ : "dev";

/** How the CLI is run: colour allowed or not (main.ts decides from the TTY and NO_COLOR). */
export interface RunOptions {
  readonly color?: boolean;
}

/** Runs the CLI on `argv` (without node and the script); returns the exit code. */
export function run(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  options: RunOptions = {},
): number {
  const ctx: Context = { out, err, color: options.color === true };
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      out(`${topic?.help ?? HELP}\n`);
      return name === undefined ? 2 : 0;
    }
    if (name === "-v" || name === "--version") {
      const ds = getDataset();
      out(`paybands ${VERSION} (dataset ${ds.id}@${ds.version})\n`);
      return 0;
    }
    if (command === undefined) {
      throw new UsageError(
        `unknown command "${name}"; valid commands: ${COMMANDS.map((c) => c.name).join(", ")}`,
      );
    }
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help === true) {
      out(`${command.help}\n`);
      return 0;
    }
    const wanted = command.positionals ?? [];
    if (positionals.length !== wanted.length) {
      const usage = `paybands ${command.name}${wanted.map((p) => ` ${p}`).join("")}`;
      throw new UsageError(
        positionals.length < wanted.length
          ? `missing ${wanted.slice(positionals.length).join(" and ")} (usage: ${usage}; see --help)`
          : `unexpected argument "${positionals[wanted.length]}" (usage: ${usage}; see --help)`,
      );
    }
    return command.run(values as Values, positionals, ctx);
  } catch (error) {
    if (error instanceof UsageError || isNodeArgError(error)) {
      err(`paybands: ${oneLine((error as Error).message)}\n`);
      return 2;
    }
    if (error instanceof FileError) {
      err(`paybands: ${error.message}\n`);
      for (const line of error.details.slice(1)) err(`paybands: ${line}\n`);
      return 1;
    }
    if (isPaybandsError(error)) {
      // Name the option the bad value came from: `--percentile: ...`.
      const first = error.path[0];
      const flag =
        typeof first !== "string"
          ? undefined
          : [first, first.replace(/s$/, "")].find((o) => command?.options[o] !== undefined);
      const option = flag === undefined ? "" : `--${flag}: `;
      err(`paybands: ${option}${oneLine(error.message)}\n`);
      // A bad argument value (unknown metro, percentile out of range) is a usage error;
      // a bad file (invalid dataset) is a data error.
      return error.code === "INVALID_DATASET" ? 1 : 2;
    }
    throw error;
  }
}

/** parseArgs, with an unknown option reported with the command's valid options. */
function parseCommandArgs(command: Command, args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: command.options,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
      const valid = Object.entries(command.options).map(([name, o]) =>
        o.type === "string" ? `--${name} <value>` : `--${name}`,
      );
      throw new UsageError(
        `unknown option "${option}" for ${command.name}; valid options: ${valid.join(", ")}`,
      );
    }
    throw error;
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ");
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
function isNodeArgError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
