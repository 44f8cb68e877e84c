/** A column of a text table: header, alignment and how to render a row's value. */
export interface Column<Row> {
  readonly header: string;
  readonly align?: "left" | "right";
  readonly value: (row: Row) => string;
}

const dollars = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});

/** `$162,000` — whole dollars with thousands separators, for terminal tables. */
export function formatDollars(amount: number): string {
  return dollars.format(amount);
}

/** Renders rows as an aligned plain-text table (header, rule, rows), one string per line. */
export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...cells.map((r) => (r[i] ?? "").length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((v, i) =>
        columns[i]?.align === "right" ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.map(line),
  ].join("\n");
}

/** `+38%`, `12.5%` — a fraction as a percent with up to two decimals. */
export function formatPercent(fraction: number, signed = false): string {
  const pct = Math.round(fraction * 10000) / 100;
  return `${signed && pct > 0 ? "+" : ""}${pct}%`;
}

/** Two columns, label and value: for a single result. */
export function renderPairs(pairs: readonly (readonly [string, string])[]): string {
  const w = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`.trimEnd()).join("\n");
}
