/**
 * A straightforward decimal.js reference for evaluateOffer's money, written from
 * docs/model-offers.md ("Year by year", "The totals", "Rounding: once, and the parts add
 * up") and not from src/: exact yearly parts, the four-year total rounded once, the
 * years and each year's parts allocated by the largest-remainder method (ties to the
 * earlier entry), the steady state rounded once, the compa-ratio to 3 decimals.
 */
import { RD, type Rule, roundRef } from "./decimal-estimate.js";

type D = InstanceType<typeof RD>;

export interface OfferRefInput {
  readonly base: number;
  readonly bonus?: { readonly percent: number } | { readonly amount: number };
  readonly grant?: number;
  readonly fractions: readonly number[];
  readonly signOn?: number;
  readonly refresher?: number;
}

export interface OfferRefYear {
  readonly base: number;
  readonly bonus: number;
  readonly equity: number;
  readonly refreshers: number;
  readonly signOn: number;
  readonly total: number;
}

export interface OfferRef {
  readonly years: readonly OfferRefYear[];
  readonly firstYearTotal: number;
  readonly steadyStateTotal: number;
  readonly fourYearTotal: number;
}

/**
 * Hamilton's method: the parts rounded down to the step, then one step more to the
 * parts with the largest remainders (ties to the earlier part) until they sum to `whole`.
 */
export function largestRemainder(parts: readonly D[], whole: number, step: number): number[] {
  const floors = parts.map((x) => x.dividedBy(step).floor().times(step));
  const missing = new RD(whole)
    .minus(floors.reduce((a, b) => a.plus(b), new RD(0)))
    .dividedBy(step)
    .toNumber();
  const order = parts
    .map((x, i) => ({ i, rest: x.minus(floors[i] as D) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const out = floors.map((f) => f.toNumber());
  for (let k = 0; k < missing; k++) {
    const { i } = order[k] as { i: number };
    out[i] = (out[i] as number) + step;
  }
  return out;
}

/** The offer's years 1..max(4, n), exact, then rounded as the docs say (step 1, 100 or 1000; half modes or up/down). */
export function offerRef(o: OfferRefInput, rule: Rule): OfferRef {
  const n = Math.max(4, o.fractions.length);
  const f = (y: number) => new RD(o.fractions[y - 1] ?? 0);
  const base = new RD(o.base);
  const bonus =
    o.bonus === undefined
      ? new RD(0)
      : "percent" in o.bonus
        ? base.times(o.bonus.percent)
        : new RD(o.bonus.amount);
  const grant = new RD(o.grant ?? 0);
  const annual = new RD(o.refresher ?? 0);
  const exactYears = Array.from({ length: n }, (_, i) => {
    const y = i + 1;
    let vested = new RD(0);
    for (let k = 1; k < y; k++) vested = vested.plus(f(k));
    const parts = [
      base,
      bonus,
      grant.times(f(y)),
      annual.times(vested),
      y === 1 ? new RD(o.signOn ?? 0) : new RD(0),
    ];
    return { parts, total: parts.reduce((a, b) => a.plus(b), new RD(0)) };
  });
  const first4 = exactYears.slice(0, 4);
  const fourYearTotal = roundRef(
    first4.reduce((a, y) => a.plus(y.total), new RD(0)),
    rule,
  );
  const totals4 = largestRemainder(
    first4.map((y) => y.total),
    fourYearTotal,
    rule.step,
  );
  const later = exactYears.slice(4);
  const laterTotals =
    later.length === 0
      ? []
      : largestRemainder(
          later.map((y) => y.total),
          roundRef(
            later.reduce((a, y) => a.plus(y.total), new RD(0)),
            rule,
          ),
          rule.step,
        );
  const totals = [...totals4, ...laterTotals];
  const years = exactYears.map((y, i) => {
    const [b, bo, e, r, s] = largestRemainder(y.parts, totals[i] as number, rule.step);
    return {
      base: b as number,
      bonus: bo as number,
      equity: e as number,
      refreshers: r as number,
      signOn: s as number,
      total: totals[i] as number,
    };
  });
  const vestingYears = o.fractions.length;
  const steady = base.plus(bonus).plus(grant.dividedBy(vestingYears)).plus(annual);
  return {
    years,
    firstYearTotal: totals[0] as number,
    steadyStateTotal: roundRef(steady, rule),
    fourYearTotal,
  };
}

/** base ÷ the metro's p50 base (p50 × factor, exact), half-even to 3 decimals. */
export function compaRatioRef(base: number, p50: number, factor: D): number {
  return new RD(base).dividedBy(new RD(p50).times(factor)).toDecimalPlaces(3).toNumber();
}
