import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { describeValue } from "./decimal.js";

/** A column of numbers: a Float64Array or a plain array (of anything: each cell is checked). */
export type Column = Float64Array | readonly unknown[];

/** Checks that a batch argument is a column, naming the accepted kinds otherwise. */
export function checkColumn(value: unknown, name: string): Column {
  if (value instanceof Float64Array || Array.isArray(value)) return value;
  throw new PaybandsError(
    "INVALID_INPUT",
    `${name} must be a Float64Array or an array of numbers; got ${describeValue(value)}`,
    { path: [name] },
  );
}

/** Re-paths a PaybandsError raised for one row of a batch. */
export function atRow(e: unknown, prefix: readonly PathSegment[]): unknown {
  if (!(e instanceof PaybandsError)) return e;
  const where = prefix.map((s) => (typeof s === "number" ? `[${s}]` : s)).join("");
  return new PaybandsError(e.code, `${where}: ${e.message}`, {
    path: [...prefix, ...e.path.filter((s) => s !== "p" && s !== "amount")],
    validChoices: e.validChoices,
    cause: e,
  });
}

/**
 * Checks that a batch of rows is an array, naming what the function takes otherwise
 * (`what` is the function and its row shape, for the message).
 */
export function checkRows(value: unknown, what: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw new PaybandsError(
    "INVALID_INPUT",
    `${what} must be an array; got ${describeValue(value)}`,
    {
      path: [],
    },
  );
}

/**
 * Maps rows through a scalar function; a PaybandsError from row i is re-thrown with i in
 * front of its path (`[3, "level"]`) and its message (`[3]: ...`), so the caller knows
 * which row to fix. Anything else is re-thrown as is.
 */
export function mapRows<R>(rows: readonly unknown[], f: (row: unknown) => R): R[] {
  const out = new Array<R>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    try {
      out[i] = f(rows[i]);
    } catch (e) {
      if (!(e instanceof PaybandsError)) throw e;
      throw new PaybandsError(e.code, `[${i}]: ${e.message}`, {
        path: [i, ...e.path],
        validChoices: e.validChoices,
        issues: e.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })),
        cause: e,
      });
    }
  }
  return out;
}
