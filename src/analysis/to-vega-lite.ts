import { bandChartModel } from "../_internal/analysis-bands.js";
import { MARK_COLOR, markText, metroColor } from "../_internal/svg-band-chart.js";
import type { BandChartInput, BandChartOptions } from "./types.js";

/**
 * A Vega-Lite specification: a plain, JSON-serialisable object.
 *
 * @example
 * ```ts
 * import type { VegaLiteSpec } from "paybands/analysis";
 * const spec: VegaLiteSpec = { $schema: "https://vega.github.io/schema/vega-lite/v5.json", mark: "bar" };
 * spec.mark;
 * //=> "bar"
 * ```
 *
 * @category Analysis
 */
export interface VegaLiteSpec {
  /** The Vega-Lite JSON schema the spec follows (v5). */
  readonly $schema: string;
  /** The rest of the specification (`data`, `layer`, `encoding`, ...). */
  readonly [key: string]: unknown;
}

/**
 * The chart of {@link bandChartSvg} as a Vega-Lite v5 specification, with the data
 * inline: a layered bar chart (p25–p90 light, p25–p75 dark, a p50 tick) with the levels
 * on the y axis, one bar per metro offset within each level (`yOffset`) and coloured by
 * metro, tooltips with every figure, and the marks as labelled diamonds. Render it with
 * vega-embed, in Jupyter, or at the Vega editor; it takes the same input and options.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { toVegaLite } from "paybands/analysis";
 * const spec = toVegaLite(getDataset(), { metros: ["sf", "austin"] });
 * const data = spec.data as { values: { level: string; metro: string; p50: number }[] };
 * [spec.$schema, data.values.length, data.values[2]];
 * //=> [
 * //   "https://vega.github.io/schema/vega-lite/v5.json",
 * //   8,
 * //   {
 * //     level: "senior",
 * //     name: "Senior Backend Developer",
 * //     rank: 3,
 * //     metro: "sf-bay-area",
 * //     metroName: "San Francisco Bay Area",
 * //     p25: 223560,
 * //     p50: 282900,
 * //     p75: 351900,
 * //     p90: 420900,
 * //   },
 * // ]
 * ```
 *
 * @category Analysis
 */
export function toVegaLite(input: BandChartInput, options?: BandChartOptions): VegaLiteSpec {
  const model = bandChartModel(input, options);
  const names = new Map(model.bars.map((b) => [b.level, b.name]));
  const order = model.levels.map((id) => names.get(id) ?? id);
  const many = model.metros.length > 1;
  const money = `$,.0f`;
  const y = { field: "name", type: "nominal", sort: order, title: null };
  const color = {
    field: "metroName",
    type: "nominal",
    title: "Metro",
    sort: model.metros.map((m) => m.name),
    scale: {
      domain: model.metros.map((m) => m.name),
      range: model.metros.map((_, i) => metroColor(i)),
    },
    legend: many ? { orient: "top" } : null,
  };
  const x = {
    field: "p25",
    type: "quantitative",
    title: `Base salary (${model.currency})`,
    scale: { zero: false, nice: true },
    axis: { format: money },
  };
  const tooltip = [
    { field: "name", type: "nominal", title: "Level" },
    { field: "metroName", type: "nominal", title: "Metro" },
    { field: "p25", type: "quantitative", format: money },
    { field: "p50", type: "quantitative", format: money },
    { field: "p75", type: "quantitative", format: money },
    { field: "p90", type: "quantitative", format: money },
  ];
  const layers: unknown[] = [
    {
      mark: { type: "bar", opacity: 0.35, cornerRadius: 3 },
      encoding: { x, x2: { field: "p90" }, tooltip },
    },
    {
      mark: { type: "bar", opacity: 0.85, cornerRadius: 3 },
      encoding: { x, x2: { field: "p75" }, tooltip },
    },
    {
      mark: { type: "tick", color: "#111827", thickness: 2.5 },
      encoding: { x: { field: "p50", type: "quantitative" }, tooltip },
    },
    {
      mark: { type: "text", align: "left", dx: 5, fontSize: 11, color: "#4b5563" },
      encoding: {
        x: { field: "p90", type: "quantitative" },
        text: { field: "p50", type: "quantitative", format: "$.3~s" },
      },
    },
  ];
  if (model.marks.length > 0) {
    const values = model.marks.flatMap((m) => {
      const metros = m.metro === null ? model.metros : model.metros.filter((x) => x.id === m.metro);
      return metros.map((metro) => ({
        level: m.level,
        name: names.get(m.level) ?? m.level,
        metro: metro.id,
        metroName: metro.name,
        amount: m.amount,
        label: markText(m, model.currency),
      }));
    });
    layers.push(
      {
        data: { values },
        mark: {
          type: "point",
          shape: "diamond",
          filled: true,
          size: 140,
          color: MARK_COLOR,
          stroke: "#ffffff",
          strokeWidth: 1.5,
          opacity: 1,
        },
        encoding: {
          x: { field: "amount", type: "quantitative" },
          color: { value: MARK_COLOR },
          tooltip: [{ field: "label", type: "nominal", title: "Marked" }],
        },
      },
      {
        data: { values },
        mark: { type: "text", dy: -14, fontSize: 11, fontWeight: 600, color: MARK_COLOR },
        encoding: {
          x: { field: "amount", type: "quantitative" },
          text: { field: "label", type: "nominal" },
          color: { value: MARK_COLOR },
        },
      },
    );
  }
  const data = model.bars.map((b) => ({
    level: b.level,
    name: b.name,
    rank: b.rank,
    metro: b.metro,
    metroName: b.metroName,
    p25: b.p25,
    p50: b.p50,
    p75: b.p75,
    p90: b.p90,
  }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: model.subtitle === "" ? model.title : { text: model.title, subtitle: model.subtitle },
    width: Math.max(200, model.width - 220),
    ...(model.height === undefined
      ? { height: { step: many ? 18 : 26 } }
      : { height: Math.max(80, model.height - 120) }),
    data: { values: data },
    encoding: {
      y,
      ...(many ? { yOffset: { field: "metroName", sort: model.metros.map((m) => m.name) } } : {}),
      color,
    },
    layer: layers,
  };
}
