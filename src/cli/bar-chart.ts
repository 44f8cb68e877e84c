import type { Style } from "./ansi.js";
import { formatDollars } from "./table.js";

/** A bar of the terminal chart. */
export interface BarRow {
  readonly label: string;
  readonly amount: number;
  /** The upper end of a range drawn after the bar (skill premiums), if any. */
  readonly high?: number;
  /** The estimate: drawn in the accent colour and ended with a marker. */
  readonly highlight?: boolean;
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

function blocks(cells: number): string {
  const whole = Math.floor(cells);
  const eighth = Math.round((cells - whole) * 8);
  return eighth === 8 ? "█".repeat(whole + 1) : "█".repeat(whole) + (EIGHTHS[eighth] ?? "");
}

/**
 * A horizontal bar chart in plain Unicode blocks: one bar per row, lengths proportional
 * to the amounts (from 0, so lengths compare honestly), the highlighted row ended by ◆.
 */
export function renderBarChart(rows: readonly BarRow[], s: Style, width = 40): string {
  const max = Math.max(...rows.map((r) => r.high ?? r.amount));
  const labelW = Math.max(...rows.map((r) => r.label.length));
  const amounts = rows.map((r) => formatDollars(r.amount));
  const amountW = Math.max(...amounts.map((a) => a.length));
  return rows
    .map((r, i) => {
      const cells = max > 0 ? (r.amount / max) * width : 0;
      let bar = blocks(cells);
      if (r.high !== undefined && r.high > r.amount) {
        bar += "░".repeat(Math.max(1, Math.round(((r.high - r.amount) / max) * width)));
      }
      const label = r.label.padEnd(labelW);
      const amount = (amounts[i] ?? "").padStart(amountW);
      if (r.highlight) {
        const range =
          r.high !== undefined && r.high > r.amount ? ` (to ${formatDollars(r.high)})` : "";
        return s.bold(s.accent(`  ${label}  ${amount}  ${bar}◆${range}`));
      }
      return `  ${label}  ${amount}  ${s.dim(bar)}`;
    })
    .join("\n");
}
