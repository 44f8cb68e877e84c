import { formatField, quoteField } from "../_internal/csv-field.js";
import { readOptions } from "../_internal/options.js";
import { PaybandsError } from "../errors/paybands-error.js";

/**
 * Options of {@link toCSV}.
 *
 * @example
 * ```ts
 * import type { ToCSVOptions } from "paybands/analysis";
 * const options: ToCSVOptions = { columns: ["level", "p50"], newline: "\n" };
 * options.columns;
 * //=> ["level", "p50"]
 * ```
 *
 * @category Analysis
 */
export interface ToCSVOptions {
  /**
   * The columns, in order (a subset of the rows' keys, or keys some rows lack: their
   * fields are empty). Default: every key of every row, in the order first seen.
   */
  readonly columns?: readonly string[];
  /** Write the header line (default `true`). */
  readonly header?: boolean;
  /** Line ending: `"\r\n"` (default, as RFC 4180 says) or `"\n"`. */
  readonly newline?: "\r\n" | "\n";
}

/**
 * Writes rows (plain objects, e.g. from {@link toRows}) as CSV text, per RFC 4180:
 * a header line with the columns, then one line per row, every line ending in CRLF
 * (or `newline`). A field holding a comma, a double quote, CR or LF is enclosed in
 * double quotes, with each quote inside doubled. Numbers are written as JavaScript
 * writes them — `205000`, `0.38`, no thousands separators or currency; `null` and
 * `undefined` as an empty field; the empty string as `""` (so a parser can tell it from
 * a missing value); booleans as `true` / `false`; nested objects and arrays as JSON.
 * No rows and no columns give `""`.
 *
 * @throws PaybandsError `INVALID_INPUT` when `rows` is not an array of objects.
 *
 * @example
 * ```ts
 * import { toCSV } from "paybands/analysis";
 * toCSV([
 *   { level: "senior", p50: 205000, note: 'says "about", roughly' },
 *   { level: "staff", p50: 310000, note: null },
 * ]);
 * //=> 'level,p50,note\r\nsenior,205000,"says ""about"", roughly"\r\nstaff,310000,\r\n'
 * ```
 *
 * @category Analysis
 */
export function toCSV(rows: readonly object[], options: ToCSVOptions = {}): string {
  if (!Array.isArray(rows)) {
    throw new PaybandsError("INVALID_INPUT", "toCSV takes an array of row objects", { path: [] });
  }
  readOptions(options, ["columns", "header", "newline"], "toCSV options");
  // Column names become header fields and row keys: only strings can be either.
  if (
    options.columns !== undefined &&
    (!Array.isArray(options.columns) || !options.columns.every((c) => typeof c === "string"))
  ) {
    throw new PaybandsError(
      "INVALID_OPTION",
      "columns must be an array of column names (strings)",
      {
        path: ["columns"],
      },
    );
  }
  const newline = options.newline ?? "\r\n";
  if (newline !== "\r\n" && newline !== "\n") {
    throw new PaybandsError("INVALID_OPTION", 'newline must be "\\r\\n" or "\\n"', {
      path: ["newline"],
      validChoices: ["\r\n", "\n"],
    });
  }
  // An index loop, not forEach: forEach skips the holes of a sparse array, which then
  // reached Object.keys(undefined) below.
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new PaybandsError("INVALID_INPUT", `toCSV: row ${i} is not an object`, { path: [i] });
    }
  }
  let columns: readonly string[];
  if (options.columns === undefined) {
    const seen = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
    columns = [...seen];
  } else {
    columns = options.columns;
  }
  if (columns.length === 0) return "";
  const lines: string[] = [];
  if (options.header !== false) lines.push(columns.map((c) => formatHeader(c)).join(","));
  for (const row of rows) {
    const record = row as Readonly<Record<string, unknown>>;
    const fields = columns.map((c) => formatField(Object.hasOwn(record, c) ? record[c] : null));
    // A lone empty field would make an empty line, which parsers may skip: quote it.
    lines.push(fields.length === 1 && fields[0] === "" ? '""' : fields.join(","));
  }
  return lines.length === 0 ? "" : `${lines.join(newline)}${newline}`;
}

function formatHeader(column: string): string {
  return column === "" ? '""' : quoteField(column);
}
