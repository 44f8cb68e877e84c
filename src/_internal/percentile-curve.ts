import type { Decimal } from "decimal.js";
import { Dec } from "./decimal.js";
import { normalCdfBoth } from "./normal-cdf.js";
import { normalQuantile } from "./normal-quantile.js";
import { linearErrorBound, logProbitErrorBound } from "./percentile-error-bound.js";
import { pchipRational, type Rational } from "./percentile-rational.js";

// One interpolating curve through a list of knots (percentile, amount), for one method,
// with its inverse and its tails. The knots are strictly increasing in both coordinates
// (the band validator guarantees it), with at least two of them.

export type Method = "log-probit" | "pchip" | "linear";

/** A knot of a curve: an amount at a percentile. */
export interface Knot {
  readonly p: number;
  readonly amount: number;
}

/**
 * A value of the curve: the float; for `linear` and `log-probit` a way to get the exact
 * decimal it rounds from, for `pchip` the exact rational — computed only when the float
 * lies near a rounding boundary (or, for linear, no rounding is asked for), which keeps
 * the common case fast. `err` is a rigorous bound on |raw − exact| where one is known
 * (percentile-error-bound.ts); without it the rounding uses a relative 1e-11 margin.
 */
export interface CurveValue {
  readonly raw: number;
  readonly exact?: () => Decimal;
  readonly rational?: () => Rational;
  readonly err?: number;
  /** log-probit: the exact value is a rounding of a decimal, never used unrounded. */
  readonly floatWhenUnrounded?: boolean;
}

export interface Curve {
  readonly method: Method;
  readonly knots: readonly Knot[];
  /** log-probit: Φ⁻¹(p/100) of each knot. */
  readonly z: readonly number[];
  /** log-probit: ln(amount[j+1] / amount[j]) of each segment. */
  readonly dl: readonly number[];
  /** pchip: the derivative at each knot (SciPy's PchipInterpolator rule). */
  readonly d: readonly number[];
}

/** The largest number below 100, and the smallest above 0: ranks are kept strictly inside. */
export const BELOW_100 = 100 - 2 ** -46;
export const ABOVE_0 = Number.MIN_VALUE;

/** Keeps a percentile strictly inside (0, 100) (the nearest representable value inside). */
export function insidePercentiles(p: number): number {
  if (!(p > 0)) return ABOVE_0;
  if (!(p < 100)) return BELOW_100;
  return p;
}

/** Φ⁻¹(p / 100), accurate in both tails (the upper tail is taken from 100 - p, which is exact). */
export function probit(p: number): number {
  const lower = p / 100;
  if (lower === 0) return Number.NEGATIVE_INFINITY;
  return normalQuantile(lower, (100 - p) / 100);
}

/** 100 · Φ(z), taking the upper tail for z > 0 so no digits are lost near 100. */
export function percentileOfProbit(z: number): number {
  const [lower, upper] = normalCdfBoth(z);
  return z > 0 ? 100 - 100 * upper : 100 * lower;
}

/** SciPy's PchipInterpolator._edge_case: one-sided three-point derivative, shape-preserving. */
function pchipEdge(h0: number, h1: number, m0: number, m1: number): number {
  const d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
  if (Math.sign(d) !== Math.sign(m0)) return 0;
  if (Math.sign(m0) !== Math.sign(m1) && Math.abs(d) > 3 * Math.abs(m0)) return 3 * m0;
  return d;
}

/** SciPy's PchipInterpolator._find_derivatives for strictly increasing data. */
function pchipDerivatives(knots: readonly Knot[]): number[] {
  const n = knots.length;
  const h: number[] = [];
  const m: number[] = [];
  for (let j = 0; j + 1 < n; j++) {
    const a = knots[j]!;
    const b = knots[j + 1]!;
    h.push(b.p - a.p);
    m.push((b.amount - a.amount) / (b.p - a.p));
  }
  if (n === 2) return [m[0]!, m[0]!];
  const d: number[] = new Array<number>(n).fill(0);
  for (let k = 1; k + 1 < n; k++) {
    const m0 = m[k - 1]!;
    const m1 = m[k]!;
    // All slopes are positive here, so SciPy's zero-derivative condition never applies.
    const w1 = 2 * h[k]! + h[k - 1]!;
    const w2 = h[k]! + 2 * h[k - 1]!;
    d[k] = (w1 + w2) / (w1 / m0 + w2 / m1);
  }
  d[0] = pchipEdge(h[0]!, h[1]!, m[0]!, m[1]!);
  d[n - 1] = pchipEdge(h[n - 2]!, h[n - 3]!, m[n - 2]!, m[n - 3]!);
  return d;
}

/** Prepares a curve: the per-knot quantities its method needs. */
export function makeCurve(method: Method, knots: readonly Knot[]): Curve {
  let z: number[] = [];
  let dl: number[] = [];
  let d: number[] = [];
  if (method === "log-probit") {
    z = knots.map((k) => probit(k.p));
    dl = knots.slice(1).map((k, j) => Math.log(k.amount / knots[j]!.amount));
  } else if (method === "pchip") {
    d = pchipDerivatives(knots);
  }
  return { method, knots, z, dl, d };
}

/** Index j of the segment [knots[j], knots[j+1]] holding p (the first knot <= p <= the last). */
function segmentOfP(knots: readonly Knot[], p: number): number {
  let j = 0;
  while (j + 2 < knots.length && p >= knots[j + 1]!.p) j++;
  return j;
}

/** Index j of the segment [knots[j], knots[j+1]] holding an amount (within the knot amounts). */
function segmentOfAmount(knots: readonly Knot[], x: number): number {
  let j = 0;
  while (j + 2 < knots.length && x >= knots[j + 1]!.amount) j++;
  return j;
}

function float(raw: number): CurveValue {
  return { raw };
}

/**
 * Linear interpolation (or extrapolation) on segment j: a float (within a few ulps of
 * the exact value) and the exact decimal value on demand.
 */
function linearOn(knots: readonly Knot[], j: number, p: number): CurveValue {
  const a = knots[j]!;
  const b = knots[j + 1]!;
  const raw = a.amount + ((b.amount - a.amount) * (p - a.p)) / (b.p - a.p);
  const exact = () => linearExact(a, b, p);
  return { raw, exact, err: linearErrorBound(a.amount, b.amount, a.p, b.p, p, raw) };
}

/** The exact decimal value of linear interpolation through knots a and b at p. */
export function linearExact(a: Knot, b: Knot, p: number): Decimal {
  const y0 = new Dec(a.amount);
  return y0.plus(
    new Dec(b.amount).minus(y0).times(new Dec(p).minus(a.p)).dividedBy(new Dec(b.p).minus(a.p)),
  );
}

/**
 * The log-probit value in decimal (40 digits) from the float probits: the value the float
 * formula approximates (Φ⁻¹ is float by definition, so z, z0, z1 are inputs), optionally
 * kept within [lo, hi] as the engine keeps values between a segment's anchors.
 */
export function logProbitExact(
  x0: number,
  x1: number,
  z: number,
  z0: number,
  z1: number,
  lo?: number,
  hi?: number,
): Decimal {
  const t = new Dec(z).minus(z0).dividedBy(new Dec(z1).minus(z0));
  const v = new Dec(x0).times(t.times(new Dec(x1).dividedBy(x0).ln()).exp());
  if (lo !== undefined && v.lessThan(lo)) return new Dec(lo);
  if (hi !== undefined && v.greaterThan(hi)) return new Dec(hi);
  return v;
}

/** log-probit on segment j (or its continuation): straight in (Φ⁻¹(p), ln amount). */
function logProbitOn(curve: Curve, j: number, p: number, clamp: boolean): CurveValue {
  const z0 = curve.z[j]!;
  const z1 = curve.z[j + 1]!;
  const z = probit(p);
  const frac = (z - z0) / (z1 - z0);
  const x0 = curve.knots[j]!.amount;
  const x1 = curve.knots[j + 1]!.amount;
  const dl = curve.dl[j]!;
  const unclamped = x0 * Math.exp(frac * dl);
  // Both curves are monotone on the segment; keep rounding noise from stepping past its ends.
  const raw = clamp ? Math.min(Math.max(unclamped, x0), x1) : unclamped;
  return {
    raw,
    exact: () =>
      clamp ? logProbitExact(x0, x1, z, z0, z1, x0, x1) : logProbitExact(x0, x1, z, z0, z1),
    err: logProbitErrorBound(z, z0, z1, dl, unclamped),
    floatWhenUnrounded: true,
  };
}

/** The pchip cubic on segment j, in SciPy's PPoly form. */
function pchipOn(curve: Curve, j: number, p: number): number {
  const a = curve.knots[j]!;
  const b = curve.knots[j + 1]!;
  const h = b.p - a.p;
  const m = (b.amount - a.amount) / h;
  const d0 = curve.d[j]!;
  const d1 = curve.d[j + 1]!;
  const c2 = (3 * m - 2 * d0 - d1) / h;
  const c3 = (d0 + d1 - 2 * m) / (h * h);
  const t = p - a.p;
  return a.amount + t * (d0 + t * (c2 + t * c3));
}

/** Value at p with knots[0].p <= p <= knots[last].p; exactly the anchor amount at a knot. */
export function valueWithin(curve: Curve, p: number): { value: CurveValue; segment: number } {
  const { knots } = curve;
  const j = segmentOfP(knots, p);
  const a = knots[j]!;
  const b = knots[j + 1]!;
  if (p === a.p) return { value: float(a.amount), segment: j };
  if (p === b.p) return { value: float(b.amount), segment: j };
  if (curve.method === "linear") return { value: linearOn(knots, j, p), segment: j };
  if (curve.method === "log-probit") return { value: logProbitOn(curve, j, p, true), segment: j };
  // The cubic is monotone on the segment; keep rounding noise from stepping past its ends.
  const clamped = Math.min(Math.max(pchipOn(curve, j, p), a.amount), b.amount);
  return {
    value: { raw: clamped, rational: () => pchipRational(knots, p, { segment: j }) },
    segment: j,
  };
}

/** pchip's tail slope at an end: the end derivative, or the end segment's slope if that is 0. */
function pchipTailSlope(curve: Curve, side: "below" | "above"): number {
  const { knots, d } = curve;
  const n = knots.length;
  const [i, a, b] =
    side === "below" ? [0, knots[0]!, knots[1]!] : [n - 1, knots[n - 2]!, knots[n - 1]!];
  const derivative = d[i]!;
  return derivative > 0 ? derivative : (b.amount - a.amount) / (b.p - a.p);
}

/** The `extend` tail: the method's own continuation beyond an end knot. */
export function extendValue(curve: Curve, p: number, side: "below" | "above"): CurveValue {
  const { knots } = curve;
  const j = side === "below" ? 0 : knots.length - 2;
  switch (curve.method) {
    case "linear":
      return linearOn(knots, j, p);
    case "pchip": {
      const end = side === "below" ? knots[0]! : knots[knots.length - 1]!;
      return {
        raw: end.amount + pchipTailSlope(curve, side) * (p - end.p),
        rational: () => pchipRational(knots, p, { side }),
      };
    }
    default:
      return logProbitOn(curve, j, p, false);
  }
}

/** Pareto exponent alpha from the top two knots: S(x) = S_top · (x / x_top)^(-alpha). */
export function paretoAlpha(curve: Curve): number {
  const n = curve.knots.length;
  const a = curve.knots[n - 2]!;
  const b = curve.knots[n - 1]!;
  return Math.log((100 - a.p) / (100 - b.p)) / Math.log(b.amount / a.amount);
}

/** The `pareto` tail above the top knot. */
export function paretoValue(curve: Curve, p: number): CurveValue {
  const top = curve.knots[curve.knots.length - 1]!;
  const alpha = paretoAlpha(curve);
  return float(top.amount * Math.exp(Math.log((100 - top.p) / (100 - p)) / alpha));
}

/** The percentile of an amount within the knot amounts; exactly the knot's p at a knot. */
export function rankWithin(curve: Curve, x: number): { p: number; segment: number } {
  const { knots } = curve;
  const j = segmentOfAmount(knots, x);
  const a = knots[j]!;
  const b = knots[j + 1]!;
  if (x === a.amount) return { p: a.p, segment: j };
  if (x === b.amount) return { p: b.p, segment: j };
  let p: number;
  switch (curve.method) {
    case "linear":
      p = linearRankOn(knots, j, x);
      break;
    case "pchip":
      p = pchipRankOn(curve, j, x);
      break;
    default:
      p = logProbitRankOn(curve, j, x);
  }
  // Keep rounding noise from stepping outside the segment (the curve is monotone).
  return { p: Math.min(Math.max(p, a.p), b.p), segment: j };
}

function linearRankOn(knots: readonly Knot[], j: number, x: number): number {
  // A rank is not rounded to money, so the float (a few ulps from the exact value) is
  // the answer; callers keep it inside the segment.
  const a = knots[j]!;
  const b = knots[j + 1]!;
  return a.p + ((x - a.amount) * (b.p - a.p)) / (b.amount - a.amount);
}

function logProbitRankOn(curve: Curve, j: number, x: number): number {
  const z0 = curve.z[j]!;
  const frac = Math.log(x / curve.knots[j]!.amount) / curve.dl[j]!;
  return percentileOfProbit(z0 + frac * (curve.z[j + 1]! - z0));
}

/** Solves cubic(p) = x on segment j by bisection to the last bit (the cubic is monotone there). */
function pchipRankOn(curve: Curve, j: number, x: number): number {
  let lo = curve.knots[j]!.p;
  let hi = curve.knots[j + 1]!.p;
  for (let i = 0; i < 200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const v = pchipOn(curve, j, mid);
    if (v < x) lo = mid;
    else if (v > x) hi = mid;
    else return mid;
  }
  return x - pchipOn(curve, j, lo) <= pchipOn(curve, j, hi) - x ? lo : hi;
}

/** The inverse of the `extend` tail (may fall outside (0, 100): callers keep it inside). */
export function extendRank(curve: Curve, x: number, side: "below" | "above"): number {
  const { knots } = curve;
  const j = side === "below" ? 0 : knots.length - 2;
  switch (curve.method) {
    case "linear":
      return linearRankOn(knots, j, x);
    case "pchip": {
      const end = side === "below" ? knots[0]! : knots[knots.length - 1]!;
      return end.p + (x - end.amount) / pchipTailSlope(curve, side);
    }
    default:
      return logProbitRankOn(curve, j, x);
  }
}

/** The inverse of the `pareto` tail above the top knot. */
export function paretoRank(curve: Curve, x: number): number {
  const top = curve.knots[curve.knots.length - 1]!;
  return 100 - (100 - top.p) * Math.exp(-paretoAlpha(curve) * Math.log(x / top.amount));
}
