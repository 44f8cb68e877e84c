import type { BandBar, BandChartModel, ResolvedMark } from "./analysis-bands.js";
import { formatAmount, formatCompact } from "./analysis-money.js";
import { escapeXml } from "./svg-escape.js";
import { axisTicks, coord, linearScale } from "./svg-scale.js";

/** Vega's default categorical scheme ("tableau10"), so the SVG and Vega-Lite charts agree. */
export const METRO_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
] as const;

export const MARK_COLOR = "#111827";
const TEXT = "#111827";
const MUTED = "#4b5563";
const GRID = "#e5e7eb";
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The metro's colour: its position among the chart's metros. */
export function metroColor(index: number): string {
  return METRO_COLORS[index % METRO_COLORS.length] as string;
}

/** A mark's label with its amount: `Offer $250,000`. */
export function markText(mark: ResolvedMark, currency: string): string {
  const amount = formatAmount(mark.amount, currency);
  return mark.label === "" ? amount : `${mark.label} ${amount}`;
}

/** Rough text width for layout (no font metrics in a browser-free renderer). */
function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.56;
}

function describeBar(b: BandBar, currency: string, withMetro: boolean): string {
  const m = (v: number) => formatAmount(v, currency);
  const where = withMetro && b.metroName !== "" ? `, ${b.metroName}` : "";
  const p75 = b.p75 === null ? "" : `, p75 ${m(b.p75)}`;
  return `${b.name}${where}: p25 ${m(b.p25)}, p50 ${m(b.p50)}${p75}, p90 ${m(b.p90)}`;
}

/** Renders a band chart model as a standalone SVG document (no external resources). */
export function renderBandChart(model: BandChartModel): string {
  const { bars, levels, metros, marks, currency, width } = model;
  const many = metros.length > 1;
  const names = new Map(bars.map((b) => [b.level, b.name]));

  // Vertical layout.
  const titleY = 26;
  const subtitleY = model.subtitle === "" ? titleY : titleY + 20;
  const legendY = subtitleY + 26;
  // Metro legend items, wrapped onto as many rows as the width needs.
  const metroItems: { x: number; row: number }[] = [];
  {
    let mx = 16;
    let row = 0;
    for (const m of metros) {
      const w = 19 + textWidth(m.name, 11) + 14;
      if (mx + w > width - 16 && mx > 16) {
        mx = 16;
        row += 1;
      }
      metroItems.push({ x: mx, row });
      mx += w;
    }
  }
  const metroRows = many ? (metroItems.at(-1)?.row ?? 0) + 1 : 0;
  const metroLegendY = legendY + 20;
  const plotTop = legendY + 20 * metroRows + 18;
  const groupGap = many ? 18 : 12;
  const barGap = 4;
  const perGroup = metros.length;
  const padY = 10;
  const axisSpace = 48;
  let barH = many ? 16 : 22;
  let plotH =
    levels.length * (perGroup * barH + (perGroup - 1) * barGap) +
    (levels.length - 1) * groupGap +
    2 * padY;
  let height = plotTop + plotH + axisSpace;
  if (model.height !== undefined) {
    const room = model.height - plotTop - axisSpace - 2 * padY - (levels.length - 1) * groupGap;
    const fixed = levels.length * (perGroup - 1) * barGap;
    barH = Math.max(3, Math.min(48, (room - fixed) / (levels.length * perGroup)));
    plotH = model.height - plotTop - axisSpace;
    height = model.height;
  }
  const groupH = perGroup * barH + (perGroup - 1) * barGap;
  const usedH = levels.length * groupH + (levels.length - 1) * groupGap;
  const firstGroupY = plotTop + Math.max(padY, (plotH - usedH) / 2);

  // Horizontal layout.
  const labelW = Math.min(
    width * 0.4,
    Math.max(70, ...levels.map((id) => textWidth(names.get(id) ?? id, 13))) + 16,
  );
  const plotLeft = labelW + 8;
  const plotRight = width - 84;
  const lo = Math.min(...bars.map((b) => b.p25), ...marks.map((m) => m.amount));
  const hi = Math.max(...bars.map((b) => b.p90), ...marks.map((m) => m.amount));
  const { domain, ticks } = axisTicks(
    lo,
    hi,
    Math.max(3, Math.min(8, Math.round((plotRight - plotLeft) / 80))),
  );
  const x = linearScale(domain[0], domain[1], plotLeft, plotRight);
  const plotBottom = plotTop + plotH;

  const out: string[] = [];
  const summary = levels
    .flatMap((id) => bars.filter((b) => b.level === id).map((b) => describeBar(b, currency, many)))
    .join("; ");
  const markSummary = marks.map(
    (m) => `${names.get(m.level) ?? m.level}: ${markText(m, currency)}`,
  );
  const desc = `${summary}.${markSummary.length > 0 ? ` Marked: ${markSummary.join("; ")}.` : ""}`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${coord(width)}" height="${coord(height)}" viewBox="0 0 ${coord(width)} ${coord(height)}" role="img" aria-label="${escapeXml(model.title)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(model.title)}</title>`,
    `<desc>${escapeXml(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="${titleY}" font-size="16" font-weight="600" fill="${TEXT}">${escapeXml(model.title)}</text>`,
  );
  if (model.subtitle !== "") {
    out.push(
      `<text x="16" y="${subtitleY}" font-size="12" fill="${MUTED}">${escapeXml(model.subtitle)}</text>`,
    );
  }

  // Legend: the band's parts, the mark, and the metros' colours.
  const legend: string[] = [];
  let lx = 16;
  const ly = legendY;
  const swatchColor = many ? "#6b7280" : metroColor(0);
  legend.push(
    `<rect x="${lx}" y="${ly - 9}" width="14" height="10" rx="2" fill="${swatchColor}" fill-opacity="0.85"/>`,
    `<text x="${lx + 19}" y="${ly}" font-size="11" fill="${MUTED}">p25–p75</text>`,
  );
  lx += 19 + textWidth("p25–p75", 11) + 14;
  legend.push(
    `<rect x="${lx}" y="${ly - 9}" width="14" height="10" rx="2" fill="${swatchColor}" fill-opacity="0.35"/>`,
    `<text x="${lx + 19}" y="${ly}" font-size="11" fill="${MUTED}">p75–p90</text>`,
  );
  lx += 19 + textWidth("p75–p90", 11) + 14;
  legend.push(
    `<line x1="${lx + 7}" y1="${ly - 11}" x2="${lx + 7}" y2="${ly + 2}" stroke="${TEXT}" stroke-width="2.5"/>`,
    `<text x="${lx + 16}" y="${ly}" font-size="11" fill="${MUTED}">p50 (median)</text>`,
  );
  lx += 16 + textWidth("p50 (median)", 11) + 14;
  if (marks.length > 0) {
    legend.push(
      `<path d="M${lx + 7} ${ly - 11} L${lx + 13} ${ly - 4.5} L${lx + 7} ${ly + 2} L${lx + 1} ${ly - 4.5} Z" fill="${MARK_COLOR}" stroke="#ffffff" stroke-width="1"/>`,
      `<text x="${lx + 18}" y="${ly}" font-size="11" fill="${MUTED}">${escapeXml(marks.length === 1 && marks[0]?.label ? (marks[0]?.label ?? "") : "marked")}</text>`,
    );
    lx +=
      18 + textWidth(marks.length === 1 && marks[0]?.label ? marks[0].label : "marked", 11) + 14;
  }
  if (many) {
    metros.forEach((m, i) => {
      const item = metroItems[i] as { x: number; row: number };
      const ly = metroLegendY + 20 * item.row;
      legend.push(
        `<rect x="${item.x}" y="${ly - 9}" width="10" height="10" rx="2" fill="${metroColor(i)}"/>`,
        `<text x="${item.x + 14}" y="${ly}" font-size="11" fill="${TEXT}">${escapeXml(m.name)}</text>`,
      );
    });
  }
  out.push(`<g class="legend">${legend.join("")}</g>`);

  // Grid and axis.
  const axis: string[] = [];
  for (const t of ticks) {
    const tx = coord(x(t));
    axis.push(
      `<line x1="${tx}" y1="${plotTop}" x2="${tx}" y2="${coord(plotBottom)}" stroke="${GRID}" stroke-width="1"/>`,
      `<text x="${tx}" y="${coord(plotBottom + 16)}" font-size="11" fill="${MUTED}" text-anchor="middle">${escapeXml(formatCompact(t, currency))}</text>`,
    );
  }
  axis.push(
    `<line x1="${coord(plotLeft)}" y1="${coord(plotBottom)}" x2="${coord(plotRight)}" y2="${coord(plotBottom)}" stroke="#9ca3af" stroke-width="1"/>`,
    `<text x="${coord((plotLeft + plotRight) / 2)}" y="${coord(plotBottom + 36)}" font-size="11" fill="${MUTED}" text-anchor="middle">${escapeXml(`Base salary (${currency})`)}</text>`,
  );
  out.push(`<g class="axis">${axis.join("")}</g>`);

  // Bars, level by level.
  levels.forEach((levelId, li) => {
    const gy = firstGroupY + li * (groupH + groupGap);
    const group: string[] = [];
    const name = names.get(levelId) ?? levelId;
    group.push(
      `<text x="${coord(labelW)}" y="${coord(gy + groupH / 2 + 4.5)}" font-size="13" fill="${TEXT}" text-anchor="end">${escapeXml(name)}</text>`,
    );
    metros.forEach((metro, mi) => {
      const bar = bars.find((b) => b.level === levelId && b.metro === metro.id);
      if (bar === undefined) return;
      const by = gy + mi * (barH + barGap);
      const color = metroColor(mi);
      const x25 = x(bar.p25);
      const x90 = x(bar.p90);
      const x50 = x(bar.p50);
      const parts = [
        `<title>${escapeXml(describeBar(bar, currency, true))}</title>`,
        `<rect x="${coord(x25)}" y="${coord(by)}" width="${coord(Math.max(1, x90 - x25))}" height="${coord(barH)}" rx="3" fill="${color}" fill-opacity="0.35"/>`,
      ];
      if (bar.p75 !== null) {
        parts.push(
          `<rect x="${coord(x25)}" y="${coord(by)}" width="${coord(Math.max(1, x(bar.p75) - x25))}" height="${coord(barH)}" rx="3" fill="${color}" fill-opacity="0.85"/>`,
        );
      }
      parts.push(
        `<line x1="${coord(x50)}" y1="${coord(by - 2)}" x2="${coord(x50)}" y2="${coord(by + barH + 2)}" stroke="${TEXT}" stroke-width="2.5"/>`,
      );
      if (barH >= 10) {
        parts.push(
          `<text x="${coord(x90 + 5)}" y="${coord(by + barH / 2 + 4)}" font-size="11" fill="${MUTED}">${escapeXml(`p50 ${formatCompact(bar.p50, currency)}`)}</text>`,
        );
      }
      group.push(
        `<g class="band" data-level="${escapeXml(bar.level)}" data-metro="${escapeXml(bar.metro)}">${parts.join("")}</g>`,
      );
      for (const mark of marks) {
        if (mark.level !== levelId || (mark.metro !== null && mark.metro !== metro.id)) continue;
        const mx = x(mark.amount);
        const cy = by + barH / 2;
        const r = Math.max(4, Math.min(8, barH / 2 + 1));
        group.push(
          `<path class="mark" d="M${coord(mx)} ${coord(cy - r)} L${coord(mx + r)} ${coord(cy)} L${coord(mx)} ${coord(cy + r)} L${coord(mx - r)} ${coord(cy)} Z" fill="${MARK_COLOR}" stroke="#ffffff" stroke-width="1.5"><title>${escapeXml(markText(mark, currency))}</title></path>`,
        );
      }
    });
    // One label per marked level, above its first bar.
    const seen = new Set<string>();
    for (const mark of marks) {
      if (mark.level !== levelId) continue;
      const label = markText(mark, currency);
      if (seen.has(label)) continue;
      seen.add(label);
      const mx = x(mark.amount);
      const right = mx + textWidth(label, 11) / 2 > width - 4;
      const left = mx - textWidth(label, 11) / 2 < 4;
      const anchor = right ? "end" : left ? "start" : "middle";
      group.push(
        `<text class="mark-label" x="${coord(mx)}" y="${coord(gy - 5)}" font-size="11" font-weight="600" fill="${MARK_COLOR}" text-anchor="${anchor}">${escapeXml(label)}</text>`,
      );
    }
    out.push(`<g class="level" data-level="${escapeXml(levelId)}">${group.join("")}</g>`);
  });

  out.push("</svg>");
  return out.join("\n");
}
