/**
 * `paybands/analysis`: flat rows, CSV and charts for analysts — {@link toRows},
 * {@link toCSV}, {@link bandChartSvg} and {@link toVegaLite}. No Node built-ins: it
 * bundles for a browser and runs in a notebook.
 *
 * @module paybands/analysis
 */
export { bandChartSvg } from "./band-chart-svg.js";
export { type ToCSVOptions, toCSV } from "./to-csv.js";
export { toRows } from "./to-rows.js";
export { toVegaLite, type VegaLiteSpec } from "./to-vega-lite.js";
export type {
  AnchorColumns,
  AnchorRow,
  BandChartInput,
  BandChartOptions,
  CareerRow,
  CellValue,
  ChartMark,
  DiffRow,
  EstimateRow,
  LevelRow,
  LeverContributionRow,
  LeverRow,
  MetroRow,
  OfferSummaryRow,
  OfferYearRow,
  PremiumRow,
  RowKind,
  ToRowsInput,
  ToRowsOptions,
} from "./types.js";
