import { toCSV } from "../analysis/to-csv.js";
import type { Context } from "./context.js";
import { type Format, json } from "./options.js";

/** What a command prints, per format; only the one asked for is computed. */
export interface Output {
  /** The value printed as indented JSON with --json. */
  readonly json: () => unknown;
  /** The rows printed as RFC 4180 CSV with --csv. */
  readonly csv: () => readonly object[];
  /** The text printed on a terminal (tables, charts). */
  readonly text: () => string;
}

/** Prints a command's result in the format asked for (one place for the three formats). */
export function emit(ctx: Context, format: Format, output: Output): void {
  ctx.out(
    format === "json"
      ? json(output.json())
      : format === "csv"
        ? toCSV(output.csv())
        : output.text(),
  );
}
