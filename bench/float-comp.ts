/** Plain-float baselines for the money functions: the same formulas, no trace, no validation. */
import { type FloatBand, floatLogProbit } from "./float-percentile.js";

/** Geo-adjustment in floats: amount × (1 + premium(to)) ÷ (1 + premium(from)). */
export function floatAdjust(amount: number, fromPremium: number, toPremium: number): number {
  return Math.round((amount * (1 + toPremium)) / (1 + fromPremium));
}

/** A senior estimate in floats: base at p, × metro factor, × TC multiplier. */
export function floatEstimate(
  b: FloatBand,
  p: number,
  premium: number,
  tc: number,
  median: number,
) {
  const base = floatLogProbit(b, p) * (1 + premium);
  return { base: Math.round(base), totalComp: Math.round((base * tc) / median) };
}

/** An offer in floats: four years of base + bonus + equity × fraction, sign-on in year 1. */
export function floatOffer(
  base: number,
  bonus: number,
  grant: number,
  fractions: number[],
  signOn: number,
) {
  const years = fractions.map((f, i) => base + bonus + grant * f + (i === 0 ? signOn : 0));
  return { years, total: years.reduce((a, b) => a + b, 0) };
}
