import { bandChartModel } from "../_internal/analysis-bands.js";
import { renderBandChart } from "../_internal/svg-band-chart.js";
import type { BandChartInput, BandChartOptions } from "./types.js";

/**
 * Draws the pay bands by level as a standalone SVG document: for each level a bar from
 * p25 to p90 (darker to p75), a tick at p50 and the median's amount — one bar per metro,
 * side by side, when `metros` names several — with an estimate or offer marked
 * (`mark`). Dependency-free and self-contained (no scripts, fonts or links); every text
 * is escaped; the chart has `role="img"`, an `aria-label`, a `<title>` and a `<desc>`
 * that states every figure for screen readers; each bar has a `<title>` tooltip.
 *
 * From a dataset, amounts are the metro's (× 1 + premium, rounded to the dollar) and
 * p25..p90 come from the percentile engine (the anchors themselves when the band has
 * them). From rows, each row needs `level`, `p25`, `p50` and `p90`.
 *
 * @throws PaybandsError `UNKNOWN_METRO`, `UNKNOWN_LEVEL` (a mark's level),
 *   `INVALID_INPUT` (rows without amounts), `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { bandChartSvg } from "paybands/analysis";
 * const svg = bandChartSvg(getDataset(), {
 *   metros: ["seattle"],
 *   mark: { level: "senior", amount: 250000, label: "Offer" },
 * });
 * [svg.startsWith("<svg"), svg.includes('role="img"'), svg.includes("Offer $250,000")];
 * //=> [true, true, true]
 * ```
 *
 * @category Analysis
 */
export function bandChartSvg(input: BandChartInput, options?: BandChartOptions): string {
  return renderBandChart(bandChartModel(input, options));
}
