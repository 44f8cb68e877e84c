/** A field must be quoted when it holds a quote, a comma, CR or LF (RFC 4180, 2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** Quotes a field if it needs it, doubling the quotes inside (RFC 4180, 2.7). */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A cell's text: numbers as JavaScript writes them (`205000`, `0.38`, `-1.5e-7`; no
 * thousands separators), booleans as `true` / `false`, `null` and `undefined` as an empty
 * field, the empty string as `""` (so it differs from a missing value), dates as ISO 8601,
 * other objects and arrays as JSON.
 */
export function formatField(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value === "" ? '""' : quoteField(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  // A bigint inside an object is written as its digits, as a bigint cell is (JSON.stringify
  // alone throws a TypeError on it).
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );
  return quoteField(text ?? "");
}
