import type { Decimal } from "decimal.js";
import { datasetRef } from "../../_internal/dataset-ref.js";
import { Dec } from "../../_internal/decimal.js";
import { payFactor, resolvePayContext, tcMultiplier } from "../../_internal/level-pay.js";
import { resolveRoundOption } from "../../_internal/money-rounding.js";
import { type AllocPart, allocate } from "../../_internal/offer-allocate.js";
import { checkMethodAndTail, RANK_DECIMALS, traceRank } from "../../_internal/offer-context.js";
import { readOffer } from "../../_internal/offer-input.js";
import {
  COMPONENTS,
  checkMagnitude,
  type ExactYear,
  offerTerms,
  offerYear,
  steadyState,
  yearCount,
} from "../../_internal/offer-model.js";
import { OFFER_NOTES } from "../../_internal/offer-notes.js";
import { readOptions } from "../../_internal/options.js";
import { stalenessWarnings } from "../../_internal/staleness.js";
import { show, Tracer } from "../../_internal/tracer.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Offer, OfferContext, OfferEvaluation, OfferYear } from "./types.js";

const CONTEXT_KEYS = [
  "level",
  "metro",
  "policy",
  "floor",
  "method",
  "tail",
  "round",
  "now",
  "staleAfterMonths",
] as const;

/**
 * Evaluates a job offer for a level in a metro: year-by-year pay for years 1–4 (or the
 * vesting schedule's length), first-year, steady-state and four-year totals, the
 * percentile of the base and of the total in the level's band for that metro, the
 * compa-ratio and the position in the band — with the trace of every step.
 *
 * Formulas (docs/model-offers.md), exact decimals, rounded once at the output:
 * - year y = base + bonus + grant × f_y + annual refresher × (f₁ + … + f_{y−1}) (from
 *   year 2) + sign-on (year 1), where f is the vesting schedule (even 25/25/25/25,
 *   cliff 25/25/25/25 with nothing before month 12, front-loaded 40/30/20/10,
 *   back-loaded 5/15/40/40, or explicit fractions); a percent bonus is base × percent
 *   (0.15 = 15%);
 * - steady state = base + bonus + grant ÷ vesting years + annual refresher value;
 * - `fourYearTotal` is the exact four-year sum rounded once; the years' totals are
 *   allocated from it (largest remainder) so that they sum to it exactly, and each
 *   year's parts from its total the same way;
 * - baseRank = percentile of base ÷ pay factor in the level's US band;
 *   totalRank = percentile of the steady-state total in the band × pay factor × TC/base
 *   multiplier — an approximation, since the guide gives one TC figure per level, not a
 *   TC distribution; compaRatio = base ÷ metro p50 (3 decimals); position compares base
 *   with the metro band's lowest and highest anchors.
 *
 * Percentiles of components do not add up to the percentile of the total (see notes).
 *
 * @throws PaybandsError `INVALID_AMOUNT` (money not a finite number >= 0), `INVALID_INPUT`
 *   (offer shape, bonus percent outside 0..2, unknown offer keys), `INVALID_VESTING`
 *   (unknown schedule, fractions not summing to 1; path `["equity", "vesting"]`),
 *   `UNKNOWN_LEVEL`, `UNKNOWN_METRO`, `INVALID_OPTION` (unknown context keys, method,
 *   tail, policy, round).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { evaluateOffer } from "paybands/core";
 * const r = evaluateOffer(
 *   getDataset(),
 *   { base: 250000, bonus: { percent: 0.15 }, equity: { grant: 400000, vesting: "back-loaded" }, signOn: 30000 },
 *   { level: "senior", metro: "seattle" },
 * );
 * [r.years.map((y) => y.equity), r.firstYearTotal, r.steadyStateTotal, r.fourYearTotal, r.compaRatio, r.position];
 * //=> [[20000, 60000, 160000, 160000], 337500, 387500, 1580000, 0.968, "within"]
 * ```
 *
 * @category Offers
 */
export function evaluateOffer(
  dataset: Dataset,
  offer: Offer,
  context: OfferContext,
): OfferEvaluation {
  const parsed = readOffer(offer, []);
  if (context === undefined) {
    throw new PaybandsError(
      "INVALID_INPUT",
      'evaluateOffer needs a context such as { level: "senior", metro: "seattle" }',
      { path: ["level"] },
    );
  }
  const o = readOptions(context, CONTEXT_KEYS, "evaluateOffer context");
  checkMethodAndTail(o.method, o.tail);
  const ctx = resolvePayContext(dataset, o);
  const rule = resolveRoundOption(o.round, ["round"]);

  const t = new Tracer();
  const terms = offerTerms(parsed, t);
  const n = yearCount(parsed);
  const years: ExactYear[] = [];
  for (let y = 1; y <= n; y++) years.push(offerYear(terms, y, t));
  const first4 = years.slice(0, 4);
  const later = years.slice(4);
  const fourExact = t.sum(
    "fourYear.total",
    "four-year total",
    "year 1 + year 2 + year 3 + year 4",
    first4.map((y) => y.total),
  );
  const laterExact =
    later.length === 0
      ? undefined
      : t.sum(
          "laterYears.total",
          `years 5–${n} total`,
          later.map((y) => `year ${y.year}`).join(" + "),
          later.map((y) => y.total),
        );
  const steadyExact = steadyState(terms, t);
  checkMagnitude(fourExact, "the offer's four-year total");
  if (laterExact !== undefined) checkMagnitude(laterExact, "the offer's later years' total");
  checkMagnitude(steadyExact, "the offer's steady-state total");

  // The level's band in the metro, compa-ratio, position and ranks.
  const factor = payFactor(ctx, t);
  const anchors = ctx.level.base.anchors.map((a) => {
    const national = t.given(
      `band.p${a.p}.national`,
      `US p${a.p} base (${ctx.level.id})`,
      a.amount,
      `levels.${ctx.level.id}.base`,
    );
    return {
      p: a.p,
      amount: t.multiply(
        `band.p${a.p}`,
        `p${a.p} base in ${ctx.metro.id}`,
        "US anchor × pay factor",
        national,
        factor,
      ),
    };
  });
  const median = (anchors.find((a) => a.p === 50) as { amount: Decimal }).amount;
  const lowest = anchors[0] as { p: number; amount: Decimal };
  const highest = anchors[anchors.length - 1] as { p: number; amount: Decimal };
  const compaExact = t.divide(
    "compa.exact",
    "compa-ratio",
    `base ÷ p50 base in ${ctx.metro.id}`,
    terms.base,
    median,
  );
  const thousand = t.given("compa.scale", "1,000 (3 decimals)", 1000, "rounding rule");
  const permille = t.multiply(
    "compa.permille",
    "compa-ratio in thousandths",
    "compa-ratio × 1,000",
    compaExact,
    thousand,
  );
  const permilleRounded = t.round(
    "compa.permille.rounded",
    "compa-ratio in thousandths",
    permille,
    { step: 1, mode: "half-even" },
  );
  const compaRatio = t
    .divide(
      "compaRatio",
      "compa-ratio (3 decimals)",
      "thousandths ÷ 1,000",
      new Dec(permilleRounded),
      thousand,
    )
    .toNumber();
  const position = terms.base.lessThan(lowest.amount)
    ? "below"
    : terms.base.greaterThan(highest.amount)
      ? "above"
      : "within";

  const baseNational = t.divide(
    "base.national",
    "base in US-national terms",
    "base ÷ pay factor",
    terms.base,
    factor,
  );
  const baseRank = traceRank(
    ctx,
    ctx.level,
    baseNational,
    t,
    "baseRank",
    "percentile of base",
    RANK_DECIMALS,
  );
  const multiplier = tcMultiplier(ctx, t);
  const steadyNational = t.divide(
    "total.national",
    "steady-state total in US-national terms",
    "steady-state total ÷ pay factor",
    steadyExact,
    factor,
  );
  const steadyAsBase = t.divide(
    "total.baseEquivalent",
    "steady-state total on the base band's scale",
    "national total ÷ TC/base multiplier",
    steadyNational,
    multiplier,
  );
  const totalRank = traceRank(
    ctx,
    ctx.level,
    steadyAsBase,
    t,
    "totalRank",
    "percentile of the steady-state total (TC band = base band × multiplier)",
    RANK_DECIMALS,
  );

  // Rounding, once, at the output.
  const stepRef: { value: Decimal | undefined } = { value: undefined };
  const fourYearTotal = t.round("fourYearTotal", "four-year total", fourExact, rule);
  const yearTotals = allocate(
    t,
    first4.map((y) => ({
      key: `year${y.year}.total.rounded`,
      label: `year ${y.year} total`,
      value: y.total,
    })),
    fourYearTotal,
    rule,
    { key: "fourYearTotal.check", label: "four-year total (sum of the rounded years)" },
    stepRef,
  );
  if (laterExact !== undefined) {
    const laterTotal = t.round("laterYears.total.rounded", `years 5–${n} total`, laterExact, rule);
    yearTotals.push(
      ...allocate(
        t,
        later.map((y) => ({
          key: `year${y.year}.total.rounded`,
          label: `year ${y.year} total`,
          value: y.total,
        })),
        laterTotal,
        rule,
        { key: "laterYears.total.check", label: `years 5–${n} total (sum of the rounded years)` },
        stepRef,
      ),
    );
  }
  const outYears: OfferYear[] = years.map((y, i) => {
    const total = yearTotals[i] as number;
    const present = COMPONENTS.filter((c) => y.parts[c] !== undefined);
    const parts: AllocPart[] = present.map((c) => ({
      key: `year${y.year}.${c}.rounded`,
      label: `year ${y.year} ${c}`,
      value: y.parts[c] as Decimal,
    }));
    const rounded = allocate(
      t,
      parts,
      total,
      rule,
      {
        key: `year${y.year}.total.check`,
        label: `year ${y.year} total (sum of the rounded parts)`,
      },
      stepRef,
    );
    const out = { year: y.year, base: 0, bonus: 0, equity: 0, refreshers: 0, signOn: 0, total };
    present.forEach((c, j) => {
      out[c] = rounded[j] as number;
    });
    return Object.freeze(out);
  });
  const steadyStateTotal = t.round("steadyStateTotal", "steady-state total", steadyExact, rule);
  const band = anchors.map((a) =>
    Object.freeze({
      p: a.p,
      amount: t.round(`band.p${a.p}.rounded`, `p${a.p} base in ${ctx.metro.id}`, a.amount, rule),
    }),
  );

  const notes = [
    OFFER_NOTES.percentilesDontAdd,
    OFFER_NOTES.totalRank(show(multiplier.toDecimalPlaces(4))),
    OFFER_NOTES.steadyState,
    OFFER_NOTES.assumptions,
    ...(parsed.vesting.name === "cliff" ? [OFFER_NOTES.cliff] : []),
    ...(parsed.vesting.name === "front-loaded" ? [OFFER_NOTES.frontLoaded] : []),
    ...(parsed.refresher !== undefined ? [OFFER_NOTES.refreshers] : []),
    OFFER_NOTES.position(position, lowest.p, highest.p),
    OFFER_NOTES.rounding,
  ];

  return Object.freeze({
    level: ctx.level.id,
    metro: ctx.metro.id,
    policy: ctx.policy.kind,
    years: Object.freeze(outYears),
    firstYearTotal: (outYears[0] as OfferYear).total,
    steadyStateTotal,
    fourYearTotal,
    vesting: Object.freeze({
      schedule: parsed.vesting.name,
      fractions: Object.freeze(parsed.vesting.fractions.map((f) => f.toNumber())),
    }),
    baseRank,
    totalRank,
    compaRatio,
    position,
    band: Object.freeze(band),
    tcMultiplier: multiplier.toNumber(),
    notes: Object.freeze(notes),
    warnings: stalenessWarnings(dataset, o),
    // Built on first read (see Tracer.done).
    get trace() {
      return t.done();
    },
    dataset: datasetRef(dataset),
  });
}
