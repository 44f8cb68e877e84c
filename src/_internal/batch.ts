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
