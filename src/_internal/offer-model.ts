import type { Decimal } from "decimal.js";
import { PaybandsError } from "../errors/paybands-error.js";
import { MAX_MONEY_MAGNITUDE } from "./decimal.js";
import type { ParsedOffer } from "./offer-input.js";
import type { Tracer } from "./tracer.js";

/** The components of a year of an offer, in output order. */
export const COMPONENTS = ["base", "bonus", "equity", "refreshers", "signOn"] as const;
export type Component = (typeof COMPONENTS)[number];

/** An offer's terms as traced decimals (each recorded once, as `given` or computed). */
export interface OfferTerms {
  readonly base: Decimal;
  /** Annual target bonus (base × percent, or the amount). */
  readonly bonus: Decimal | undefined;
  /** The bonus as a fraction of base, when the offer gives it that way. */
  readonly bonusPercent: Decimal | undefined;
  /** The initial grant's value (the grant, or shares × price). */
  readonly grant: Decimal | undefined;
  /** Per-year vesting fractions, recorded when a grant or refreshers use them. */
  readonly fractions: readonly Decimal[];
  readonly vestingName: string;
  readonly signOn: Decimal | undefined;
  /** Value of each annual refresher grant. */
  readonly refresher: Decimal | undefined;
}

/** One year of an offer, exact: the components present that year and their total. */
export interface ExactYear {
  readonly year: number;
  readonly parts: Partial<Record<Component, Decimal>>;
  readonly total: Decimal;
}

/** Records an offer's inputs (and the bonus and grant computed from them) on the tracer. */
export function offerTerms(offer: ParsedOffer, t: Tracer, prefix = "offer"): OfferTerms {
  const base = t.given(`${prefix}.base`, "base salary", offer.base, "input");
  let bonus: Decimal | undefined;
  let bonusPercent: Decimal | undefined;
  if (offer.bonus?.kind === "percent") {
    bonusPercent = t.given(
      `${prefix}.bonus.percent`,
      "target bonus (fraction of base)",
      offer.bonus.percent,
      "input",
    );
    bonus = t.multiply(
      `${prefix}.bonus`,
      "target bonus",
      "base × bonus percent",
      base,
      bonusPercent,
    );
  } else if (offer.bonus?.kind === "amount") {
    bonus = t.given(`${prefix}.bonus`, "target bonus", offer.bonus.amount, "input");
  }
  let grant: Decimal | undefined;
  if (offer.equity?.kind === "grant") {
    grant = t.given(`${prefix}.equity.grant`, "equity grant value", offer.equity.grant, "input");
  } else if (offer.equity?.kind === "shares") {
    const shares = t.given(
      `${prefix}.equity.shares`,
      "granted shares",
      offer.equity.shares,
      "input",
    );
    const price = t.given(`${prefix}.equity.price`, "share price", offer.equity.price, "input");
    grant = t.multiply(
      `${prefix}.equity.grant`,
      "equity grant value",
      "shares × price",
      shares,
      price,
    );
  }
  const signOn =
    offer.signOn === undefined
      ? undefined
      : t.given(`${prefix}.signOn`, "sign-on bonus (one-time, year 1)", offer.signOn, "input");
  const refresher =
    offer.refresher === undefined
      ? undefined
      : t.given(
          `${prefix}.refreshers.annual`,
          "annual refresher grant value",
          offer.refresher,
          "input",
        );
  const fractions =
    grant === undefined && refresher === undefined
      ? []
      : offer.vesting.fractions.map((f, i) =>
          t.given(
            `vesting.year${i + 1}`,
            `share of a grant vesting in its year ${i + 1}`,
            f,
            offer.vesting.source,
          ),
        );
  return {
    base,
    bonus,
    bonusPercent,
    grant,
    fractions,
    vestingName: offer.vesting.name,
    signOn,
    refresher,
  };
}

/** Years shown for an offer: 4, or the schedule's length when longer. */
export function yearCount(offer: ParsedOffer): number {
  return Math.max(4, offer.vesting.fractions.length);
}

/**
 * Year `y` (1-based) of an offer, exact:
 * - base and target bonus every year;
 * - equity: grant × the schedule's fraction for year y (0 after the schedule ends);
 * - refreshers: a grant of `annual` at the start of every year from year 2, each vesting
 *   on the same schedule from the year it is granted, so year y receives
 *   annual × (f₁ + … + f_{y−1}) — the fractions of the refreshers granted in years 2..y;
 * - sign-on in year 1 only.
 */
export function offerYear(terms: OfferTerms, y: number, t: Tracer): ExactYear {
  const parts: Partial<Record<Component, Decimal>> = { base: terms.base };
  if (terms.bonus !== undefined) parts.bonus = terms.bonus;
  const f = terms.fractions;
  if (terms.grant !== undefined && y <= f.length) {
    parts.equity = t.multiply(
      `year${y}.equity`,
      `initial grant vesting in year ${y}`,
      `grant × year-${y} fraction`,
      terms.grant,
      f[y - 1] as Decimal,
    );
  }
  if (terms.refresher !== undefined && y >= 2) {
    const vested = f.slice(0, Math.min(y - 1, f.length));
    const share =
      vested.length === 1
        ? (vested[0] as Decimal)
        : t.sum(
            `year${y}.refreshers.fraction`,
            `refresher value vesting in year ${y}, per refresher grant value`,
            vested.map((_, i) => `year-${i + 1} fraction`).join(" + "),
            vested,
          );
    parts.refreshers = t.multiply(
      `year${y}.refreshers`,
      `refreshers vesting in year ${y} (granted in years 2..${y})`,
      "annual refresher × vested fractions",
      terms.refresher,
      share,
    );
  }
  if (terms.signOn !== undefined && y === 1) parts.signOn = terms.signOn;
  const present = COMPONENTS.filter((c) => parts[c] !== undefined);
  const total = t.sum(
    `year${y}.total`,
    `year ${y} total`,
    present.join(" + "),
    present.map((c) => parts[c] as Decimal),
  );
  return { year: y, parts, total };
}

/**
 * Steady-state annual total: base + target bonus + initial grant ÷ vesting years +
 * annual refresher value (no sign-on). It is the yearly pay once refreshers have fully
 * ramped up, with the initial grant at its average yearly value.
 */
export function steadyState(terms: OfferTerms, t: Tracer): Decimal {
  const terms_: Decimal[] = [terms.base];
  const names = ["base"];
  if (terms.bonus !== undefined) {
    terms_.push(terms.bonus);
    names.push("bonus");
  }
  if (terms.grant !== undefined) {
    const years = t.given(
      "vesting.years",
      "vesting years",
      terms.fractions.length,
      `vesting schedule (${terms.vestingName})`,
    );
    terms_.push(
      t.divide(
        "steadyState.equity",
        "initial grant per year",
        "grant ÷ vesting years",
        terms.grant,
        years,
      ),
    );
    names.push("grant ÷ vesting years");
  }
  if (terms.refresher !== undefined) {
    terms_.push(terms.refresher);
    names.push("annual refresher");
  }
  return t.sum("steadyState.total", "steady-state total", names.join(" + "), terms_);
}

/** Throws INVALID_AMOUNT if an exact figure is beyond the money bound (1e15). */
export function checkMagnitude(d: Decimal, what: string): void {
  if (d.abs().greaterThan(MAX_MONEY_MAGNITUDE)) {
    throw new PaybandsError(
      "INVALID_AMOUNT",
      `${what} is ${d.toExponential(6)}, beyond the largest supported amount ${MAX_MONEY_MAGNITUDE.toExponential()}`,
      { path: [] },
    );
  }
}
