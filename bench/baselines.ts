/**
 * The baselines the library is measured against, in the same run:
 * - `float*`: hand-written plain-float loops of the same math (no validation, no
 *   exactness guard, no result objects) — the speed limit;
 * - `decimal*`: the same math done naively in decimal.js at 40 digits — the cost of
 *   exactness without a fast path.
 */
import Decimal from "decimal.js";
import { normalCdf } from "../src/_internal/normal-cdf.js";
import { normalQuantile } from "../src/_internal/normal-quantile.js";

const D = Decimal.clone({ precision: 40 });

/** A band as sorted parallel arrays, prepared once (what any fast implementation would do). */
export interface FloatBand {
  ps: number[];
  zs: number[];
  amounts: number[];
  logs: number[];
}

export function floatBand(anchors: readonly { p: number; amount: number }[]): FloatBand {
  return {
    ps: anchors.map((a) => a.p),
    zs: anchors.map((a) => normalQuantile(a.p / 100)),
    amounts: anchors.map((a) => a.amount),
    logs: anchors.map((a) => Math.log(a.amount)),
  };
}

function segment(xs: number[], x: number): number {
  let i = 0;
  while (i < xs.length - 2 && x > (xs[i + 1] as number)) i++;
  return i;
}

/** log-probit in floats, extend tails, half-even to the dollar (Math.round is half-up; ties are vanishingly rare in floats). */
export function floatLogProbit(b: FloatBand, p: number): number {
  const z = normalQuantile(p / 100);
  const i = segment(b.zs, z);
  const z0 = b.zs[i] as number;
  const z1 = b.zs[i + 1] as number;
  const l0 = b.logs[i] as number;
  const l1 = b.logs[i + 1] as number;
  return Math.round(Math.exp(l0 + ((z - z0) / (z1 - z0)) * (l1 - l0)));
}

export function floatLinear(b: FloatBand, p: number): number {
  const i = segment(b.ps, p);
  const p0 = b.ps[i] as number;
  const p1 = b.ps[i + 1] as number;
  const a0 = b.amounts[i] as number;
  const a1 = b.amounts[i + 1] as number;
  return Math.round(a0 + ((p - p0) / (p1 - p0)) * (a1 - a0));
}

export function floatLogProbitRank(b: FloatBand, x: number): number {
  const l = Math.log(x);
  const i = segment(b.logs, l);
  const z0 = b.zs[i] as number;
  const z1 = b.zs[i + 1] as number;
  const l0 = b.logs[i] as number;
  const l1 = b.logs[i + 1] as number;
  return 100 * normalCdf(z0 + ((l - l0) / (l1 - l0)) * (z1 - z0));
}

export function floatLinearRank(b: FloatBand, x: number): number {
  const i = segment(b.amounts, x);
  const p0 = b.ps[i] as number;
  const p1 = b.ps[i + 1] as number;
  const a0 = b.amounts[i] as number;
  const a1 = b.amounts[i + 1] as number;
  return p0 + ((x - a0) / (a1 - a0)) * (p1 - p0);
}

/** log-probit done naively in decimal.js: ln and exp at 40 digits (Φ⁻¹ stays a float). */
export function decimalLogProbit(b: FloatBand, p: number): number {
  const z = new D(normalQuantile(p / 100));
  const i = segment(b.zs, z.toNumber());
  const z0 = new D(b.zs[i] as number);
  const z1 = new D(b.zs[i + 1] as number);
  const l0 = new D(b.amounts[i] as number).ln();
  const l1 = new D(b.amounts[i + 1] as number).ln();
  return l0
    .plus(z.minus(z0).dividedBy(z1.minus(z0)).times(l1.minus(l0)))
    .exp()
    .toDecimalPlaces(0, D.ROUND_HALF_EVEN)
    .toNumber();
}

export function decimalLinear(b: FloatBand, p: number): number {
  const i = segment(b.ps, p);
  const p0 = new D(b.ps[i] as number);
  const p1 = new D(b.ps[i + 1] as number);
  const a0 = new D(b.amounts[i] as number);
  const a1 = new D(b.amounts[i + 1] as number);
  return a0
    .plus(new D(p).minus(p0).dividedBy(p1.minus(p0)).times(a1.minus(a0)))
    .toDecimalPlaces(0, D.ROUND_HALF_EVEN)
    .toNumber();
}

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
