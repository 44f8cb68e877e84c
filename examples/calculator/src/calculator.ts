import { type Dataset, getDataset, type Lever } from "paybands";
import {
  applyLevers,
  type CompensationEstimate,
  estimateCompensation,
  evaluateOffer,
  getLevel,
  getMetro,
  type LeverInput,
  type Offer,
  type OfferLeversResult,
  type VestingSchedule,
} from "paybands/core";
import { formatMoney, formatPercentile, formatRange, formatTrace } from "paybands/format";
import { type BandMarker, bandChart } from "./band-chart.js";
import { h, replace } from "./dom.js";
import { styleSheet } from "./styles.js";

/** Defaults when the element has no attributes. */
const DEFAULTS = { level: "senior", metro: "remote-us", percentile: 50, locale: "en-US" };

/** The sample offer the offer form starts with (a person edits it). */
const SAMPLE_OFFER = { base: 250000, bonus: 15, equity: 400000, vesting: "even", signOn: 0 };

const VESTING: readonly (readonly [VestingSchedule & string, string])[] = [
  ["even", "Even (25/25/25/25)"],
  ["cliff", "1-year cliff, then monthly"],
  ["front-loaded", "Front-loaded (40/30/20/10)"],
  ["back-loaded", "Back-loaded (5/15/40/40)"],
];

/** Levers that take an amount, and the input asking for it. */
const LEVER_PARAMS: Readonly<
  Record<
    string,
    { readonly key: "forfeit" | "ask"; readonly label: string; readonly value: number }
  >
> = {
  "sign-on-bonus": { key: "forfeit", label: "Unvested equity you would forfeit", value: 120000 },
  "equity-refresh": { key: "ask", label: "Extra initial grant you ask for", value: 100000 },
};

const CHART_WIDTH = 560;

/** The controls and outputs the element updates. */
interface Ui {
  readonly layout: HTMLElement;
  readonly level: HTMLSelectElement;
  readonly metro: HTMLSelectElement;
  readonly range: HTMLInputElement;
  readonly percentile: HTMLInputElement;
  readonly alert: HTMLElement;
  readonly base: HTMLOutputElement;
  readonly baseNote: HTMLElement;
  readonly total: HTMLOutputElement;
  readonly totalNote: HTMLElement;
  readonly band: HTMLElement;
  readonly chart: HTMLElement;
  readonly caption: HTMLElement;
  readonly trace: HTMLOListElement;
  readonly details: HTMLDetailsElement;
  readonly footnote: HTMLElement;
  readonly offerContext: HTMLElement;
  readonly offerBase: HTMLInputElement;
  readonly offerBonus: HTMLInputElement;
  readonly offerEquity: HTMLInputElement;
  readonly offerVesting: HTMLSelectElement;
  readonly offerSignOn: HTMLInputElement;
  readonly offerAlert: HTMLElement;
  readonly verdict: HTMLElement;
  readonly years: HTMLTableSectionElement;
  readonly yearTotals: HTMLTableSectionElement;
  readonly levers: readonly {
    readonly lever: Lever;
    readonly box: HTMLInputElement;
    readonly hint: HTMLElement;
    readonly param?: HTMLInputElement;
  }[];
  readonly outcome: HTMLElement;
}

let uid = 0;

/** A labelled field: `<label for>` and its control. */
function field(label: string, control: HTMLElement, extra = ""): HTMLElement {
  return h(
    "div",
    { class: `field ${extra}`.trim() },
    h("label", { for: control.id }, label),
    control,
  );
}

function numberInput(
  id: string,
  value: number,
  attrs: Record<string, string | number | boolean> = {},
): HTMLInputElement {
  return h("input", {
    id,
    type: "number",
    inputmode: "decimal",
    min: 0,
    step: 1000,
    value,
    ...attrs,
  });
}

/** A number from an input, or undefined when it is empty; NaN when it is not a number. */
function readNumber(input: HTMLInputElement): number | undefined {
  if (input.value.trim() === "") return undefined;
  return input.valueAsNumber;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * `<paybands-calculator level="senior" metro="seattle" percentile="60" locale="en-US">`:
 * a salary calculator on the paybands dataset. Choose a level, a metro and a percentile
 * to see base and total comp, the band and how the figures were computed; enter an offer
 * to see where its base falls and what it pays year by year; tick negotiation levers to
 * see the outcome range. Fires `change` with the current estimate (plain JSON) as
 * `detail` whenever the estimate changes through the controls; `element.estimate` holds
 * the current one.
 */
export class PaybandsCalculator extends HTMLElement {
  static readonly observedAttributes = ["level", "metro", "percentile", "locale"];

  readonly #dataset: Dataset = getDataset();
  readonly #ui: Ui;
  #percentile = DEFAULTS.percentile;
  #locale = DEFAULTS.locale;
  #estimate: CompensationEstimate | undefined;
  #offerBase: number | undefined;
  #sent = "";
  #chartWidth = CHART_WIDTH;
  #resize: ResizeObserver | undefined;
  /** Attribute errors by attribute name, shown in the alert. */
  #attributeErrors: [string, string][] = [];
  #connectedOnce = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet()];
    this.#ui = this.#build(`pb${++uid}`);
    root.append(this.#ui.layout);
  }

  /** The current estimate as a plain object (what the last `change` event carried). */
  get estimate(): CompensationEstimate | undefined {
    return this.#estimate === undefined ? undefined : plain(this.#estimate);
  }

  connectedCallback(): void {
    if (!this.#connectedOnce) {
      this.#connectedOnce = true;
      // The explanation starts open where there is room for it (not on a phone).
      this.#ui.details.open = this.getBoundingClientRect().width >= 600;
      for (const name of PaybandsCalculator.observedAttributes) this.#applyAttribute(name);
    }
    this.#update(false);
    if (typeof ResizeObserver !== "undefined") {
      this.#resize = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? CHART_WIDTH;
        if (Math.abs(width - this.#chartWidth) >= 1) {
          this.#chartWidth = width;
          this.#renderChart();
        }
      });
      this.#resize.observe(this.#ui.chart);
    }
  }

  disconnectedCallback(): void {
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  attributeChangedCallback(name: string): void {
    if (!this.#connectedOnce) return;
    // Only the attribute that changed: the person's other choices stay.
    this.#applyAttribute(name);
    this.#update(false);
  }

  /**
   * Reads one of `level`, `metro`, `percentile`, `locale` into the controls; an invalid
   * value falls back to the default and is reported in the widget's alert.
   */
  #applyAttribute(name: string): void {
    const ds = this.#dataset;
    const errors = new Map(this.#attributeErrors);
    errors.delete(name);
    const value = this.getAttribute(name);
    try {
      switch (name) {
        case "level":
          this.#ui.level.value = DEFAULTS.level;
          this.#ui.level.value = getLevel(ds, value ?? DEFAULTS.level).id;
          break;
        case "metro":
          this.#ui.metro.value = DEFAULTS.metro;
          this.#ui.metro.value = getMetro(ds, value ?? DEFAULTS.metro).id;
          break;
        case "percentile": {
          this.#setPercentile(DEFAULTS.percentile);
          const p = value === null ? DEFAULTS.percentile : Number(value);
          if (!(Number.isFinite(p) && p > 0 && p < 100)) {
            throw new Error("must be a number between 0 and 100 (exclusive)");
          }
          this.#setPercentile(p);
          break;
        }
        case "locale": {
          this.#locale = DEFAULTS.locale;
          const locale = value ?? DEFAULTS.locale;
          formatMoney(0, { locale });
          this.#locale = locale;
          break;
        }
      }
    } catch (err) {
      errors.set(name, `${name}="${value}": ${message(err)}`);
    }
    this.#attributeErrors = [...errors];
  }

  #setPercentile(value: number): void {
    this.#percentile = value;
    this.#ui.percentile.value = String(value);
    this.#ui.range.value = String(Math.min(99, Math.max(1, Math.round(value))));
    this.#ui.percentile.setAttribute("aria-invalid", "false");
  }

  #money(amount: number): string {
    return formatMoney(amount, { locale: this.#locale, currency: this.#dataset.currency });
  }

  #compact(amount: number): string {
    return formatMoney(amount, {
      locale: this.#locale,
      currency: this.#dataset.currency,
      compact: true,
    });
  }

  #range(range: readonly [number, number]): string {
    return formatRange(range, { locale: this.#locale, currency: this.#dataset.currency });
  }

  /** Recomputes everything from the controls; `notify` fires `change` if the estimate changed. */
  #update(notify: boolean): void {
    const ui = this.#ui;
    const ds = this.#dataset;
    let estimate: CompensationEstimate;
    try {
      estimate = estimateCompensation(ds, {
        level: ui.level.value,
        metro: ui.metro.value,
        percentile: this.#percentile,
      });
    } catch (err) {
      ui.alert.textContent = message(err);
      return;
    }
    ui.alert.textContent = this.#attributeErrors.map(([, text]) => text).join(" ");
    this.#estimate = estimate;
    const level = getLevel(ds, estimate.level);
    const metro = getMetro(ds, estimate.metro);
    const pct = formatPercentile(estimate.percentile, { locale: this.#locale });
    ui.range.setAttribute("aria-valuetext", pct);

    ui.base.value = this.#money(estimate.base);
    ui.baseNote.textContent = `${pct} · ${level.name} · ${metro.name}`;
    ui.total.value = this.#money(estimate.totalComp);
    ui.totalNote.textContent = `Base × ${estimate.multiplier} (TC/base multiplier): ${this.#money(estimate.breakdown.other)} in bonus and equity`;
    replace(ui.trace, ...formatTrace(estimate.trace).map((line) => h("li", {}, line)));
    ui.footnote.textContent = `${estimate.notes[0] ?? ""} Figures: ${ds.title}, dataset ${estimate.dataset.id} ${estimate.dataset.version}.`;
    ui.offerContext.textContent = `Compared with ${level.name} in ${metro.name}.`;
    for (const { lever, hint } of ui.levers) hint.textContent = this.#leverHint(lever);

    this.#updateOffer(estimate);
    this.#renderChart();
    if (notify) this.#notify(estimate);
  }

  #updateOffer(estimate: CompensationEstimate): void {
    const ui = this.#ui;
    const ds = this.#dataset;
    this.#offerBase = undefined;
    const fail = (text: string): void => {
      ui.offerAlert.textContent = text;
      ui.verdict.hidden = true;
      replace(ui.years);
      replace(ui.yearTotals);
      replace(ui.outcome, h("p", {}, "Enter a valid offer to see what the levers could add."));
    };
    const base = readNumber(ui.offerBase);
    if (base === undefined || !(base > 0)) {
      fail("Enter the offer's base salary (a number above 0).");
      return;
    }
    const bonus = readNumber(ui.offerBonus);
    const equity = readNumber(ui.offerEquity);
    const signOn = readNumber(ui.offerSignOn);
    for (const [value, name] of [
      [bonus, "Target bonus"],
      [equity, "Equity grant"],
      [signOn, "Sign-on bonus"],
    ] as const) {
      if (value !== undefined && !(value >= 0)) {
        fail(`${name} must be a number of at least 0, or empty.`);
        return;
      }
    }
    const vesting = ui.offerVesting.value as VestingSchedule;
    const offer: Offer = {
      base,
      ...(bonus ? { bonus: { percent: bonus / 100 } } : {}),
      ...(equity ? { equity: { grant: equity, vesting } } : {}),
      ...(signOn ? { signOn } : {}),
    };
    const context = { level: estimate.level, metro: estimate.metro };
    let evaluation: ReturnType<typeof evaluateOffer>;
    try {
      evaluation = evaluateOffer(ds, offer, context);
    } catch (err) {
      fail(message(err));
      return;
    }
    ui.offerAlert.textContent = "";
    this.#offerBase = base;
    const level = getLevel(ds, estimate.level);
    const metro = getMetro(ds, estimate.metro);
    const where =
      evaluation.position === "within"
        ? "within the band (p25–p90)"
        : evaluation.position === "below"
          ? "below the band (under p25)"
          : "above the band (over p90)";
    ui.verdict.hidden = false;
    replace(
      ui.verdict,
      "A base of ",
      h("span", { "data-figure": "offer-base" }, this.#money(base)),
      " is at the ",
      h(
        "strong",
        { "data-figure": "offer-percentile" },
        formatPercentile(evaluation.baseRank, { locale: this.#locale }),
      ),
      ` for ${level.name} in ${metro.name}: ${where}, ${percent(evaluation.compaRatio, this.#locale)} of the median. The steady-state total is at the `,
      h(
        "span",
        { "data-figure": "offer-total-percentile" },
        formatPercentile(evaluation.totalRank, { locale: this.#locale }),
      ),
      " of estimated total comp.",
    );
    replace(
      ui.years,
      ...evaluation.years.map((y) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, `Year ${y.year}`),
          h("td", { class: "optional" }, this.#money(y.base)),
          h("td", { class: "optional" }, this.#money(y.bonus)),
          h("td", {}, this.#money(y.equity + y.refreshers)),
          h("td", { class: "optional-late" }, this.#money(y.signOn)),
          h("td", { "data-figure": `year-${y.year}` }, this.#money(y.total)),
        ),
      ),
    );
    const totalRow = (label: string, amount: number, key: string): HTMLTableRowElement =>
      h(
        "tr",
        {},
        h("th", { scope: "row", colspan: 2 }, label),
        h("td", { class: "optional", colspan: 2 }),
        h("td", { class: "optional-late" }),
        h("td", { "data-figure": key }, this.#money(amount)),
      );
    replace(
      ui.yearTotals,
      totalRow("First-year total", evaluation.firstYearTotal, "first-year"),
      totalRow("Steady-state total", evaluation.steadyStateTotal, "steady-state"),
      totalRow("Four-year total", evaluation.fourYearTotal, "four-year"),
    );
    this.#updateLevers(offer, context);
  }

  #updateLevers(offer: Offer, context: { level: string; metro: string }): void {
    const ui = this.#ui;
    const levers: LeverInput[] = [];
    for (const { lever, box, param } of ui.levers) {
      if (param) param.disabled = !box.checked;
      if (!box.checked) continue;
      const spec = LEVER_PARAMS[lever.id];
      if (spec && param) {
        const amount = readNumber(param);
        if (amount === undefined || !(amount >= 0)) {
          replace(
            ui.outcome,
            h(
              "p",
              { role: "alert", class: "alert" },
              `${spec.label}: enter an amount of at least 0.`,
            ),
          );
          return;
        }
        levers.push(
          spec.key === "forfeit"
            ? { lever: lever.id, forfeit: amount }
            : { lever: lever.id, ask: amount },
        );
      } else {
        levers.push(lever.id);
      }
    }
    if (levers.length === 0) {
      replace(
        ui.outcome,
        h("p", {}, "Tick a lever to see what negotiating could add to this offer."),
      );
      return;
    }
    let result: OfferLeversResult;
    try {
      result = applyLevers(this.#dataset, offer, levers, context);
    } catch (err) {
      replace(ui.outcome, h("p", { role: "alert", class: "alert" }, message(err)));
      return;
    }
    const row = (label: string, range: readonly [number, number], now: number, key: string) => [
      h("dt", {}, label, h("span", { class: "hint" }, ` (now ${this.#money(now)})`)),
      h("dd", { "data-figure": key }, this.#range(range)),
    ];
    replace(
      ui.outcome,
      h("p", { class: "outcome-title" }, "With these levers"),
      h(
        "dl",
        {},
        ...row("Base", result.after.base, result.before.base, "levers-base"),
        ...row(
          "First-year total",
          result.after.firstYearTotal,
          result.before.firstYearTotal,
          "levers-first-year",
        ),
        ...row(
          "Steady-state total",
          result.after.steadyStateTotal,
          result.before.steadyStateTotal,
          "levers-steady-state",
        ),
      ),
    );
  }

  #renderChart(): void {
    const estimate = this.#estimate;
    if (estimate === undefined) return;
    const ui = this.#ui;
    const markers: BandMarker[] = [
      {
        kind: "estimate",
        amount: estimate.base,
        label: `Estimate ${this.#compact(estimate.base)}`,
      },
    ];
    if (this.#offerBase !== undefined) {
      markers.push({
        kind: "offer",
        amount: this.#offerBase,
        label: `Offer ${this.#compact(this.#offerBase)}`,
      });
    }
    const metro = getMetro(this.#dataset, estimate.metro);
    const anchors = estimate.band.map((a) => `p${a.p} ${this.#compact(a.amount)}`).join(", ");
    const description = `Base band for ${getLevel(this.#dataset, estimate.level).name} in ${metro.name}: ${anchors}. ${markers
      .map((m) => m.label)
      .join("; ")}.`;
    replace(
      ui.chart,
      bandChart(this.#chartWidth, estimate.band, markers, (x) => this.#compact(x), description),
    );
    const first = estimate.band[0];
    const last = estimate.band[estimate.band.length - 1];
    replace(
      ui.caption,
      h(
        "span",
        {},
        first && last
          ? `Base band in ${metro.name}, p${first.p}–p${last.p}: ${this.#range([first.amount, last.amount])}. `
          : "",
      ),
      h(
        "span",
        { class: "legend" },
        h("span", {}, h("span", { class: "dot", "aria-hidden": "true" }), "Estimate"),
        this.#offerBase !== undefined
          ? h("span", {}, h("span", { class: "diamond", "aria-hidden": "true" }), "Offer")
          : null,
      ),
    );
  }

  #notify(estimate: CompensationEstimate): void {
    const json = JSON.stringify(estimate);
    if (json === this.#sent) return;
    this.#sent = json;
    this.dispatchEvent(
      new CustomEvent("change", { detail: JSON.parse(json) as unknown, bubbles: true }),
    );
  }

  #build(id: string): Ui {
    const ds = this.#dataset;
    const level = h(
      "select",
      { id: `${id}-level` },
      ...ds.levels.map((l) => h("option", { value: l.id }, l.name)),
    );
    const metro = h(
      "select",
      { id: `${id}-metro` },
      ...ds.metros.map((m) => h("option", { value: m.id }, m.name)),
    );
    const range = h("input", {
      id: `${id}-pct-range`,
      type: "range",
      min: 1,
      max: 99,
      step: 1,
      value: DEFAULTS.percentile,
      "aria-labelledby": `${id}-pct-label`,
    });
    const percentile = h("input", {
      id: `${id}-pct`,
      type: "number",
      inputmode: "decimal",
      min: 0.1,
      max: 99.9,
      step: 0.1,
      value: DEFAULTS.percentile,
      "aria-label": "Percentile (exact)",
    });
    const alert = h("p", { class: "alert", role: "alert" });
    const base = h("output", { id: `${id}-base`, "data-figure": "base" });
    const total = h("output", { id: `${id}-total`, "data-figure": "total-comp" });
    const baseNote = h("span", { class: "note", "data-figure": "percentile" });
    const totalNote = h("span", { class: "note" });
    const chart = h("div", { class: "chart" });
    const caption = h("figcaption", { "data-figure": "band" });
    const band = h("figure", { class: "band" }, chart, caption);
    const trace = h("ol", { class: "trace", "data-figure": "trace" });
    const footnote = h("p", { class: "footnote" });
    const details = h("details", {}, h("summary", {}, "How this was computed"), trace);

    const estimateCard = h(
      "section",
      { class: "card", "aria-labelledby": `${id}-title` },
      h("h2", { id: `${id}-title` }, "What does this role pay?"),
      h("p", { class: "sub" }, `${ds.title} · ${ds.currency}`),
      h(
        "div",
        { class: "fields" },
        field("Level", level),
        field("Metro", metro),
        h(
          "div",
          { class: "field field-wide" },
          h("span", { class: "label", id: `${id}-pct-label` }, "Percentile"),
          h("div", { class: "percentile-row" }, range, percentile),
        ),
      ),
      alert,
      h(
        "div",
        { class: "figures", "aria-live": "polite" },
        h(
          "div",
          { class: "figure" },
          h("label", { class: "label", for: base.id }, "Base salary"),
          base,
          baseNote,
        ),
        h(
          "div",
          { class: "figure" },
          h("label", { class: "label", for: total.id }, "Total comp"),
          total,
          totalNote,
        ),
      ),
      band,
      details,
      footnote,
    );

    const offerBase = numberInput(`${id}-offer-base`, SAMPLE_OFFER.base);
    const offerBonus = numberInput(`${id}-offer-bonus`, SAMPLE_OFFER.bonus, { step: 1, max: 200 });
    const offerEquity = numberInput(`${id}-offer-equity`, SAMPLE_OFFER.equity);
    const offerVesting = h(
      "select",
      { id: `${id}-offer-vesting` },
      ...VESTING.map(([value, label]) => h("option", { value }, label)),
    );
    offerVesting.value = SAMPLE_OFFER.vesting;
    const offerSignOn = numberInput(`${id}-offer-signon`, SAMPLE_OFFER.signOn);
    const offerAlert = h("p", { class: "alert", role: "alert" });
    const verdict = h("p", { class: "verdict", "aria-live": "polite" });
    const years = h("tbody");
    const yearTotals = h("tfoot");
    const outcome = h("div", { class: "outcome", "aria-live": "polite" });

    const levers = [...ds.levers]
      .sort((a, b) => a.rank - b.rank)
      .filter((lever) => lever.effect.kind !== "qualitative" || LEVER_PARAMS[lever.id])
      .map((lever) => {
        const box = h("input", {
          type: "checkbox",
          id: `${id}-lever-${lever.id}`,
          value: lever.id,
        });
        const spec = LEVER_PARAMS[lever.id];
        const param = spec
          ? numberInput(`${id}-lever-${lever.id}-amount`, spec.value, { disabled: true })
          : undefined;
        const hint = h("span", { class: "hint" });
        return { lever, box, hint, ...(param ? { param } : {}) };
      });
    const leverRows = levers.map(({ lever, box, hint, param }) => {
      const spec = LEVER_PARAMS[lever.id];
      return h(
        "div",
        { class: "lever" },
        box,
        h("div", { class: "lever-text" }, h("label", { for: box.id }, lever.name), hint),
        spec && param
          ? h("div", { class: "param" }, h("label", { for: param.id }, spec.label), param)
          : null,
      );
    });

    const offerCard = h(
      "section",
      { class: "card", "aria-labelledby": `${id}-offer-title` },
      h("h2", { id: `${id}-offer-title` }, "Check an offer"),
      h("p", { class: "sub", "data-figure": "offer-context" }),
      h(
        "div",
        { class: "fields fields-tight" },
        field("Base salary", offerBase),
        field("Bonus (% of base)", offerBonus),
        field("Equity grant", offerEquity),
        field("Sign-on bonus", offerSignOn),
        field("Vesting", offerVesting, "field-vesting"),
      ),
      offerAlert,
      verdict,
      h(
        "table",
        {},
        h("caption", {}, "Year by year"),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Year"),
            h("th", { scope: "col", class: "optional" }, "Base"),
            h("th", { scope: "col", class: "optional" }, "Bonus"),
            h("th", { scope: "col" }, "Equity"),
            h("th", { scope: "col", class: "optional-late" }, "Sign-on"),
            h("th", { scope: "col" }, "Total"),
          ),
        ),
        years,
        yearTotals,
      ),
      h("fieldset", {}, h("legend", {}, "Negotiation levers"), ...leverRows, outcome),
    );
    const offerContext = offerCard.querySelector<HTMLElement>("[data-figure=offer-context]");

    const layout = h("div", { class: "layout" }, estimateCard, offerCard);
    const ui: Ui = {
      layout,
      level,
      metro,
      range,
      percentile,
      alert,
      base,
      baseNote,
      total,
      totalNote,
      band,
      chart,
      caption,
      trace,
      details,
      footnote,
      offerContext: offerContext ?? h("p"),
      offerBase,
      offerBonus,
      offerEquity,
      offerVesting,
      offerSignOn,
      offerAlert,
      verdict,
      years,
      yearTotals,
      levers,
      outcome,
    };

    const recompute = (): void => this.#update(true);
    for (const control of [level, metro]) {
      control.addEventListener("input", recompute);
      control.addEventListener("change", recompute);
    }
    range.addEventListener("input", () => {
      this.#setPercentile(range.valueAsNumber);
      recompute();
    });
    percentile.addEventListener("input", () => {
      const value = percentile.valueAsNumber;
      if (Number.isFinite(value) && value > 0 && value < 100) {
        this.#setPercentile(value);
        recompute();
      } else {
        percentile.setAttribute("aria-invalid", "true");
        alert.textContent = "The percentile must be a number between 0 and 100 (exclusive).";
      }
    });
    const offerChanged = (): void => {
      if (this.#estimate) {
        this.#updateOffer(this.#estimate);
        this.#renderChart();
      }
    };
    for (const control of [offerBase, offerBonus, offerEquity, offerVesting, offerSignOn]) {
      control.addEventListener("input", offerChanged);
    }
    offerVesting.addEventListener("change", offerChanged);
    for (const { box, param } of levers) {
      box.addEventListener("change", offerChanged);
      param?.addEventListener("input", offerChanged);
    }
    return ui;
  }

  #leverHint(lever: Lever): string {
    const effect = lever.effect;
    const pct = (f: number): string => percent(f, this.#locale);
    switch (effect.kind) {
      case "percent":
        return `+${pct(effect.fraction[0])} to ${pct(effect.fraction[1])} of base`;
      case "amount":
        return `+${formatRange(effect.amount, { locale: this.#locale, currency: this.#dataset.currency, compact: true })} ${effect.basis === "total-comp" ? "in total comp" : ""}`.trim();
      case "fraction-of-forfeit":
        return `A sign-on covering ${pct(effect.fraction[0])} to ${pct(effect.fraction[1])} of what you leave behind`;
      default:
        return "A larger initial grant: up to what you ask for";
    }
  }
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** 0.968 → "96.8%" in the locale (Intl shows the ratio as given, to 1 decimal). */
function percent(ratio: number, locale: string): string {
  let f = percentFormats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
    percentFormats.set(locale, f);
  }
  return f.format(ratio);
}

/** A deep plain copy (results are frozen; event details should be the caller's to keep). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
