import type { BandPoint } from "paybands/core";
import { s } from "./dom.js";

/** A marker on the band: the estimate or the offer. */
export interface BandMarker {
  readonly kind: "estimate" | "offer";
  readonly amount: number;
  /** Short label drawn above the marker ("$286K"). */
  readonly label: string;
}

const BAR_Y = 40;
const BAR_H = 18;
const HEIGHT = BAR_Y + BAR_H + 46;
/** Labels closer than this (px) go on two rows. */
const LABEL_GAP = 84;
const PAD_X = 28;

/**
 * The level's base band in the metro as an SVG drawn at `width` CSS pixels (one SVG unit
 * is one pixel, so the text stays readable at any width): the p25–p90 range, the p25–p75
 * middle half darker, the median as a line, each anchor labelled below, and the markers
 * above. Attributes only: no `style` attributes, so a strict `style-src` is fine.
 */
export function bandChart(
  width: number,
  band: readonly BandPoint[],
  markers: readonly BandMarker[],
  money: (amount: number) => string,
  description: string,
): SVGSVGElement {
  const w = Math.max(240, Math.round(width));
  const amounts = [...band.map((a) => a.amount), ...markers.map((m) => m.amount)];
  const lo = Math.min(...amounts);
  const hi = Math.max(...amounts);
  const span = hi - lo || 1;
  const x = (amount: number): number => PAD_X + ((amount - lo) / span) * (w - 2 * PAD_X);
  const at = (p: number): number | undefined => band.find((a) => a.p === p)?.amount;
  const first = band[0];
  const last = band[band.length - 1];
  const p25 = at(25) ?? first?.amount ?? lo;
  const p75 = at(75) ?? last?.amount ?? hi;
  const p50 = at(50);

  const svg = s("svg", {
    viewBox: `0 0 ${w} ${HEIGHT}`,
    width: w,
    height: HEIGHT,
    role: "img",
    "aria-label": description,
    class: "band-chart",
  });
  if (first && last) {
    svg.append(
      s("rect", {
        class: "band-outer",
        x: x(first.amount),
        y: BAR_Y,
        width: Math.max(1, x(last.amount) - x(first.amount)),
        height: BAR_H,
        rx: 4,
      }),
      s("rect", {
        class: "band-inner",
        x: x(p25),
        y: BAR_Y,
        width: Math.max(1, x(p75) - x(p25)),
        height: BAR_H,
      }),
    );
  }
  if (p50 !== undefined) {
    svg.append(
      s("line", {
        class: "band-median",
        x1: x(p50),
        x2: x(p50),
        y1: BAR_Y - 3,
        y2: BAR_Y + BAR_H + 3,
      }),
    );
  }
  for (const anchor of band) {
    const ax = x(anchor.amount);
    svg.append(
      s("line", { class: "tick", x1: ax, x2: ax, y1: BAR_Y + BAR_H + 4, y2: BAR_Y + BAR_H + 9 }),
      s(
        "text",
        { class: "tick-p", x: ax, y: BAR_Y + BAR_H + 24, "text-anchor": "middle" },
        `p${anchor.p}`,
      ),
      s(
        "text",
        { class: "tick-amount", x: ax, y: BAR_Y + BAR_H + 40, "text-anchor": "middle" },
        money(anchor.amount),
      ),
    );
  }
  const xs = markers.map((m) => x(m.amount));
  const crowded = xs.length === 2 && Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) < LABEL_GAP;
  for (const marker of markers) {
    const mx = x(marker.amount);
    const cy = BAR_Y + BAR_H / 2;
    svg.append(
      marker.kind === "estimate"
        ? s("circle", { class: "marker-estimate", cx: mx, cy, r: 8 })
        : s("rect", {
            class: "marker-offer",
            x: mx - 6,
            y: cy - 6,
            width: 12,
            height: 12,
            transform: `rotate(45 ${mx} ${cy})`,
          }),
    );
    // Keep the label inside the drawing near the edges.
    const anchor = mx < 40 ? "start" : mx > w - 40 ? "end" : "middle";
    svg.append(
      s(
        "text",
        {
          class: `label-${marker.kind}`,
          x: mx,
          y: crowded && marker.kind === "estimate" ? 14 : 30,
          "text-anchor": anchor,
        },
        marker.label,
      ),
    );
  }
  return svg;
}
