/**
 * The widget's styles, adopted into its shadow root as a constructable stylesheet.
 * CSSOM is not subject to a Content-Security-Policy's `style-src`, so the widget needs
 * neither `'unsafe-inline'` nor a stylesheet URL. Custom properties on the host
 * (`--paybands-accent`, ...) let a page theme it.
 */
export const CSS = `
:host {
  --accent: var(--paybands-accent, #1d4ed8);
  --accent-soft: var(--paybands-accent-soft, #dbeafe);
  --accent-mid: var(--paybands-accent-mid, #93c5fd);
  --estimate: var(--paybands-estimate, #c2410c);
  --offer: var(--paybands-offer, #6d28d9);
  --text: var(--paybands-text, #0f172a);
  --muted: var(--paybands-muted, #475569);
  --line: var(--paybands-line, #e2e8f0);
  --surface: var(--paybands-surface, #ffffff);
  --danger: #b91c1c;
  display: block;
  container-type: inline-size;
  color: var(--text);
  font: 400 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.layout { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@container (min-width: 880px) {
  .layout { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
}
.card {
  background: var(--surface);
  border: 1px solid var(--line);
  border-radius: 12px;
  padding: 20px;
  min-width: 0;
  /* Parts of a card adapt to the card's own width (tables, levers), not the page's. */
  container-type: inline-size;
}
@container (max-width: 420px) { .card { padding: 16px 14px; } }
h2 { font-size: 1.15rem; margin: 0 0 2px; line-height: 1.3; }
h3 { font-size: 0.95rem; margin: 20px 0 8px; }
.sub { margin: 0 0 16px; color: var(--muted); font-size: 0.85rem; }
.fields { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
.field { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.field > label, .field > .label { font-size: 0.8rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.field-wide { grid-column: 1 / -1; }
.fields-tight { grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr)); }
.fields-tight .field-vesting { grid-column: span 2; }
@container (max-width: 299px) { .fields-tight .field-vesting { grid-column: auto; } }
select, input[type="number"] {
  font: inherit;
  color: inherit;
  width: 100%;
  min-height: 40px;
  padding: 6px 10px;
  border: 1px solid #94a3b8;
  border-radius: 8px;
  background: var(--surface);
}
input[type="number"] { font-variant-numeric: tabular-nums; }
input[aria-invalid="true"] { border-color: var(--danger); }
.percentile-row { display: flex; align-items: center; gap: 12px; }
.percentile-row input[type="range"] { flex: 1; min-width: 0; accent-color: var(--accent); height: 40px; margin: 0; }
.percentile-row input[type="number"] { width: 6.5rem; flex: none; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
input[type="checkbox"] { width: 18px; height: 18px; margin: 2px 0 0; accent-color: var(--accent); flex: none; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); gap: 12px; margin: 20px 0 8px; }
.figure { background: #f8fafc; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; min-width: 0; }
.figure .label { display: block; font-size: 0.8rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.figure output { display: block; font-size: 1.75rem; font-weight: 700; line-height: 1.2; margin: 2px 0; font-variant-numeric: tabular-nums; }
.figure .note { display: block; font-size: 0.85rem; color: var(--muted); }
.band { margin: 16px 0 0; }
.band svg { display: block; max-width: 100%; height: auto; overflow: visible; }
.band-outer { fill: var(--accent-soft); }
.band-inner { fill: var(--accent-mid); }
.band-median { stroke: var(--accent); stroke-width: 2; }
.tick { stroke: #94a3b8; }
.tick-p { fill: var(--muted); font-size: 12px; font-weight: 600; }
.tick-amount { fill: var(--text); font-size: 12px; font-variant-numeric: tabular-nums; }
.marker-estimate { fill: var(--estimate); stroke: #fff; stroke-width: 2; }
.marker-offer { fill: var(--offer); stroke: #fff; stroke-width: 2; }
.label-estimate { fill: var(--estimate); font-size: 12px; font-weight: 700; }
.label-offer { fill: var(--offer); font-size: 12px; font-weight: 700; }
figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 6px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; }
.legend .dot, .legend .diamond { display: inline-block; width: 10px; height: 10px; margin-right: 6px; vertical-align: baseline; }
.legend .dot { background: var(--estimate); border-radius: 50%; }
.legend .diamond { background: var(--offer); transform: rotate(45deg); }
details { margin-top: 16px; border-top: 1px solid var(--line); padding-top: 12px; }
summary { cursor: pointer; font-weight: 600; color: var(--accent); border-radius: 4px; }
.trace { margin: 8px 0 0; padding-left: 1.6em; font-size: 0.85rem; color: var(--muted); }
.trace li { margin: 4px 0; overflow-wrap: anywhere; }
.verdict { margin: 16px 0 0; padding: 12px 14px; border-radius: 10px; background: #f5f3ff; border: 1px solid #ddd6fe; }
.verdict strong { color: var(--offer); }
.alert { margin: 12px 0 0; color: var(--danger); font-weight: 600; }
.alert:empty { display: none; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; margin: 20px 0 6px; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; padding-left: 0; }
th:last-child, td:last-child { padding-right: 0; }
thead th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
tfoot th { font-weight: 600; }
tfoot td { font-weight: 700; }
@container (max-width: 569px) { .optional-late { display: none; } }
@container (max-width: 479px) { .optional { display: none; } }
fieldset { border: 1px solid var(--line); border-radius: 10px; margin: 20px 0 0; padding: 8px 14px 12px; min-width: 0; }
legend { font-weight: 600; padding: 0 6px; }
.lever {
  display: grid;
  grid-template-columns: auto minmax(0, 1fr) auto;
  gap: 6px 10px;
  align-items: start;
  padding: 10px 0;
  border-bottom: 1px solid var(--line);
}
.lever-text label { display: block; font-weight: 500; line-height: 1.35; }
.lever .hint, .outcome .hint { display: block; font-size: 0.8rem; color: var(--muted); font-weight: 400; }
.lever .param { display: flex; flex-direction: column; gap: 2px; width: 9.5rem; }
.lever .param label { font-size: 0.75rem; color: var(--muted); line-height: 1.25; }
.lever .param input { min-height: 36px; }
@container (max-width: 479px) {
  .lever .param { grid-column: 2 / -1; width: auto; max-width: 14rem; }
}
.outcome { margin: 12px 0 0; }
.outcome dl { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 6px 16px; margin: 0; }
.outcome dt { color: var(--muted); }
.outcome dd { margin: 0; font-weight: 700; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.outcome p { margin: 0; color: var(--muted); }
.outcome .outcome-title { color: var(--text); font-weight: 600; margin: 4px 0 8px; }
@container (max-width: 359px) {
  .outcome dl { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .outcome dd { text-align: left; margin-bottom: 8px; }
}
.footnote { margin: 12px 0 0; font-size: 0.8rem; color: var(--muted); }
@media (prefers-reduced-motion: no-preference) { .figure output { transition: color 0.2s; } }
`;

let sheet: CSSStyleSheet | undefined;

/** One shared stylesheet for every instance of the widget. */
export function styleSheet(): CSSStyleSheet {
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
