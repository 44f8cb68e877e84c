import type { ParseArgsConfig } from "node:util";

/** Values parsed by node:util parseArgs. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What a command gets besides its arguments: where to write, and whether to colour. */
export interface Context {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour (ANSI escapes) allowed: stdout is a terminal and NO_COLOR is not set. */
  readonly color: boolean;
}

/** One `paybands <command>`: its options (for parseArgs), help text and action. */
export interface Command {
  readonly name: string;
  /** One line for the program's help. */
  readonly summary: string;
  /** The command's --help text, with examples. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** Positional arguments: their names, all required. */
  readonly positionals?: readonly string[];
  readonly run: (values: Values, positionals: readonly string[], ctx: Context) => number;
}
