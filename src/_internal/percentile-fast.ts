import type { TailPolicy } from "../core/percentile/types.js";
import { MAX_MONEY_MAGNITUDE } from "./decimal.js";
import { nearestBoundary, type RoundRule, roundFloat } from "./money-rounding.js";
import { percentileOfProbit, probit } from "./percentile-curve.js";
import type { Prepared } from "./percentile-engine.js";
import {
  linearErrorBound,
  linearSegmentErrorBound,
  logProbitErrorBound,
  logProbitSegmentErrorBound,
} from "./percentile-error-bound.js";

// The fast path of the percentile functions: a band's curve as flat typed arrays, and
// loops that compute exactly what the engine (percentile-engine.ts) computes — the same
// float operations in the same order, so the same bits — without its result objects,
// closures and source descriptions. Whenever a row needs anything else (a tail other
// than extend/clamp, an error, a value near a rounding boundary, a censored band), the
// caller's `slow` function runs the engine on it, so every result is the engine's result.

export const LOG_PROBIT = 0;
export const PCHIP = 1;
export const LINEAR = 2;

/** An uncensored band's curve for one method, as arrays (segment j is [j, j+1]). */
export interface FastCurve {
  readonly method: 0 | 1 | 2;
  readonly n: number;
  readonly ps: Float64Array;
  readonly xs: Float64Array;
  /** x[j+1] − x[j] and p[j+1] − p[j], as the engine computes them. */
  readonly dx: Float64Array;
  readonly dp: Float64Array;
  /** log-probit: Φ⁻¹(p/100), z[j+1] − z[j], ln(x[j+1]/x[j]). */
  readonly z: Float64Array;
  readonly dz: Float64Array;
  readonly dl: Float64Array;
  /** pchip: the segment's cubic, x[j] + t·(d0 + t·(c2 + t·c3)) with t = p − p[j]. */
  readonly d0: Float64Array;
  readonly c2: Float64Array;
  readonly c3: Float64Array;
  /** linear, log-probit: a bound on the float's error anywhere inside segment j. */
  readonly eb: Float64Array;
}

const fastCurves = new WeakMap<Prepared, FastCurve | null>();

/** The fast curve of a prepared band (cached with it), or null for a censored band. */
export function fastCurveOf(prep: Prepared): FastCurve | null {
  const hit = fastCurves.get(prep);
  if (hit !== undefined) return hit;
  const made = prep.upper === undefined ? makeFastCurve(prep) : null;
  fastCurves.set(prep, made);
  return made;
}

function makeFastCurve(prep: Prepared): FastCurve {
  const curve = prep.lower;
  const knots = curve.knots;
  const n = knots.length;
  const ps = Float64Array.from(knots, (k) => k.p);
  const xs = Float64Array.from(knots, (k) => k.amount);
  const segs = n - 1;
  const dx = new Float64Array(segs);
  const dp = new Float64Array(segs);
  const dz = new Float64Array(segs);
  const d0 = new Float64Array(segs);
  const c2 = new Float64Array(segs);
  const c3 = new Float64Array(segs);
  const eb = new Float64Array(segs);
  const z = Float64Array.from(curve.z);
  const dl = Float64Array.from(curve.dl);
  for (let j = 0; j < segs; j++) {
    dx[j] = (xs[j + 1] as number) - (xs[j] as number);
    dp[j] = (ps[j + 1] as number) - (ps[j] as number);
    const x0 = xs[j] as number;
    const x1 = xs[j + 1] as number;
    if (curve.method === "linear") {
      eb[j] = linearSegmentErrorBound(x0, x1, ps[j] as number, ps[j + 1] as number);
    }
    if (curve.method === "log-probit") {
      dz[j] = (z[j + 1] as number) - (z[j] as number);
      eb[j] = logProbitSegmentErrorBound(
        z[j] as number,
        z[j + 1] as number,
        dl[j] as number,
        x0,
        x1,
      );
    }
    if (curve.method === "pchip") {
      // The same operations as pchipOn in percentile-curve.ts.
      const h = dp[j] as number;
      const m = (dx[j] as number) / h;
      const a = curve.d[j] as number;
      const b = curve.d[j + 1] as number;
      d0[j] = a;
      c2[j] = (3 * m - 2 * a - b) / h;
      c3[j] = (a + b - 2 * m) / (h * h);
    }
  }
  const method =
    curve.method === "log-probit" ? LOG_PROBIT : curve.method === "pchip" ? PCHIP : LINEAR;
  return { method, n, ps, xs, dx, dp, z, dz, dl, d0, c2, c3, eb };
}

/** Segment holding p, for p within [ps[0], ps[n−1]] (the engine's segmentOfP). */
function segmentOf(ps: Float64Array, n: number, p: number): number {
  let j = 0;
  while (j + 2 < n && p >= (ps[j + 1] as number)) j++;
  return j;
}

/**
 * Rounds a value by a rule if the float provably rounds like the exact value (it is
 * further than `err` from the nearest rounding boundary, see roundNearBoundary in
 * percentile-compute.ts), returning NaN otherwise — and NaN where the engine would
 * throw (the amount rounds to $0), so the caller takes the slow path.
 */
function roundIfSafe(raw: number, rule: RoundRule, err: number): number {
  // The caller's slow path gives `none` its exact value (linear) or the float (log-probit).
  if (rule === "none") return Number.NaN;
  if (!(Math.abs(raw - nearestBoundary(raw, rule)) > err)) return Number.NaN;
  const v = roundFloat(raw, rule);
  return v > 0 ? v : Number.NaN;
}

/**
 * Rounds a value inside a segment (between two anchors: positive, at most 10^9) whose
 * float is within eb of its exact value; NaN where the slow path must decide.
 */
function roundInside(raw: number, rule: RoundRule, eb: number): number {
  if (rule !== "none" && rule.step === 1 && rule.mode === "half-even") return halfEvenUnit(raw, eb);
  return roundIfSafe(raw, rule, eb);
}

/** Rounds an amount that has no exact value beyond itself (an anchor, a clamp), as the engine does. */
function roundPlain(x: number, rule: RoundRule): number {
  const v = roundFloat(x, rule);
  return v > 0 ? v : Number.NaN;
}

/**
 * The rounded amount at percentile p (0 < p < 100) of an uncensored band, or NaN where
 * the engine must decide (see the module comment).
 */
export function fastValue(fc: FastCurve, p: number, tail: TailPolicy, rule: RoundRule): number {
  const { ps, xs, n } = fc;
  let j: number;
  let inside = true;
  if (p < (ps[0] as number)) {
    if (tail === "clamp") return roundPlain(xs[0] as number, rule);
    if (tail !== "extend" && tail !== "pareto") return Number.NaN;
    j = 0;
    inside = false;
  } else if (p > (ps[n - 1] as number)) {
    if (tail === "clamp") return roundPlain(xs[n - 1] as number, rule);
    if (tail !== "extend") return Number.NaN;
    j = n - 2;
    inside = false;
  } else {
    j = segmentOf(ps, n, p);
    if (p === ps[j]) return roundPlain(xs[j] as number, rule);
    if (p === ps[j + 1]) return roundPlain(xs[j + 1] as number, rule);
  }
  const x0 = xs[j] as number;
  if (fc.method === LINEAR) {
    const p0 = ps[j] as number;
    const raw = x0 + ((fc.dx[j] as number) * (p - p0)) / (fc.dp[j] as number);
    if (inside) return roundInside(raw, rule, fc.eb[j] as number);
    if (!(raw > 0 && raw <= MAX_MONEY_MAGNITUDE)) return Number.NaN;
    return roundIfSafe(
      raw,
      rule,
      linearErrorBound(x0, xs[j + 1] as number, p0, ps[j + 1] as number, p, raw),
    );
  }
  if (fc.method === LOG_PROBIT) {
    const z0 = fc.z[j] as number;
    const z = probit(p);
    const dl = fc.dl[j] as number;
    const unclamped = x0 * Math.exp(((z - z0) / (fc.dz[j] as number)) * dl);
    if (inside) {
      const raw = Math.min(Math.max(unclamped, x0), xs[j + 1] as number);
      return rule === "none" ? raw : roundInside(raw, rule, fc.eb[j] as number);
    }
    const raw = unclamped;
    if (!(raw > 0 && raw <= MAX_MONEY_MAGNITUDE)) return Number.NaN;
    if (rule === "none") return raw;
    return roundIfSafe(raw, rule, logProbitErrorBound(z, z0, fc.z[j + 1] as number, dl, unclamped));
  }
  // pchip: its straight-line tails are left to the engine; inside, the cubic with the
  // engine's relative 1e-11 margin (roundNearBoundary, no rigorous bound for pchip).
  if (!inside) return Number.NaN;
  const t = p - (ps[j] as number);
  const cubic =
    x0 + t * ((fc.d0[j] as number) + t * ((fc.c2[j] as number) + t * (fc.c3[j] as number)));
  const raw = Math.min(Math.max(cubic, x0), xs[j + 1] as number);
  if (rule === "none") return raw;
  return roundIfSafe(raw, rule, 1e-11 * Math.abs(raw));
}

/**
 * The unrounded percentile rank of an amount x (finite, >= 0) in an uncensored band for
 * log-probit and linear, or NaN where the engine must decide (pchip, the error tail,
 * pareto above the top).
 */
export function fastRank(fc: FastCurve, x: number, tail: TailPolicy): number {
  const { ps, xs, n } = fc;
  if (fc.method === PCHIP) return Number.NaN;
  let j: number;
  let inside = true;
  if (x < (xs[0] as number)) {
    if (tail === "clamp") return ps[0] as number;
    if (tail !== "extend" && tail !== "pareto") return Number.NaN;
    j = 0;
    inside = false;
  } else if (x > (xs[n - 1] as number)) {
    if (tail === "clamp") return ps[n - 1] as number;
    if (tail !== "extend") return Number.NaN;
    j = n - 2;
    inside = false;
  } else {
    j = 0;
    while (j + 2 < n && x >= (xs[j + 1] as number)) j++;
    if (x === xs[j]) return ps[j] as number;
    if (x === xs[j + 1]) return ps[j + 1] as number;
  }
  let p: number;
  if (fc.method === LINEAR) {
    p = (ps[j] as number) + ((x - (xs[j] as number)) * (fc.dp[j] as number)) / (fc.dx[j] as number);
  } else {
    const z0 = fc.z[j] as number;
    const frac = Math.log(x / (xs[j] as number)) / (fc.dl[j] as number);
    p = percentileOfProbit(z0 + frac * (fc.dz[j] as number));
  }
  if (inside) return Math.min(Math.max(p, ps[j] as number), ps[j + 1] as number);
  // The engine's insidePercentiles: strictly inside (0, 100).
  if (!(p > 0)) return Number.MIN_VALUE;
  if (!(p < 100)) return 100 - 2 ** -46;
  return p;
}

/** Whether a rule is the default, half-even to the whole unit (the kernels' special case). */
function isDefaultRule(rule: RoundRule): boolean {
  return rule !== "none" && rule.step === 1 && rule.mode === "half-even";
}

/**
 * Fills out[i] with the rounded amount at column[i] for every row the fast path can
 * decide, and NaN for the rest (invalid rows included), which the caller then runs
 * through the engine in order. Linear and log-probit under the default rounding get
 * loops of their own: the segment's precomputed error bound `eb` replaces the per-row
 * bound, and half-even to the dollar is floor-and-compare (away from a tie the float's
 * rounding is roundFloat's).
 */
export function fillValues(
  fc: FastCurve,
  column: ArrayLike<unknown>,
  tail: TailPolicy,
  rule: RoundRule,
  out: Float64Array,
): void {
  const len = column.length;
  if (fc.method !== PCHIP && isDefaultRule(rule)) {
    if (fc.method === LINEAR) linearKernel(fc, column, tail, rule, out);
    else logProbitKernel(fc, column, tail, rule, out);
    return;
  }
  for (let i = 0; i < len; i++) {
    const p = column[i];
    out[i] = typeof p === "number" && p > 0 && p < 100 ? fastValue(fc, p, tail, rule) : Number.NaN;
  }
}

/**
 * Half-even to the unit of a value in (0, 10^9] within eb (< 0.25) of its exact value;
 * NaN near a tie or at 0. The nearest tie is floor(raw) + 0.5, at distance |rest − 0.5|
 * (exact when rest >= 0.25, and >= 0.25 > eb otherwise); away from it, the float rounds
 * as roundFloat does.
 */
function halfEvenUnit(raw: number, eb: number): number {
  const f = Math.floor(raw);
  const rest = raw - f; // exact: raw < 2^52
  if (!(Math.abs(rest - 0.5) > eb) || !(f + (rest > 0.5 ? 1 : 0) > 0)) return Number.NaN;
  return rest > 0.5 ? f + 1 : f;
}

// The column kernels repeat one loop shape per method on purpose: a shared loop that
// called the method's formula through a function per row would be a call per row in the
// loop that is the whole cost of a million-row column (and would mix the methods' shapes
// at one call site, which V8 optimises worse).
function linearKernel(
  fc: FastCurve,
  column: ArrayLike<unknown>,
  tail: TailPolicy,
  rule: RoundRule,
  out: Float64Array,
): void {
  const { ps, xs, dx, dp, eb, n } = fc;
  const lo = ps[0] as number;
  const hi = ps[n - 1] as number;
  for (let i = 0, len = column.length; i < len; i++) {
    const p = column[i];
    if (typeof p !== "number" || !(p > lo && p < hi)) {
      out[i] =
        typeof p === "number" && p > 0 && p < 100 ? fastValue(fc, p, tail, rule) : Number.NaN;
      continue;
    }
    let j = 0;
    while (j + 2 < n && p >= (ps[j + 1] as number)) j++;
    const p0 = ps[j] as number;
    if (p === p0) {
      out[i] = roundPlain(xs[j] as number, rule);
      continue;
    }
    const raw = (xs[j] as number) + ((dx[j] as number) * (p - p0)) / (dp[j] as number);
    out[i] = halfEvenUnit(raw, eb[j] as number);
  }
}

function logProbitKernel(
  fc: FastCurve,
  column: ArrayLike<unknown>,
  tail: TailPolicy,
  rule: RoundRule,
  out: Float64Array,
): void {
  const { ps, xs, z, dz, dl, eb, n } = fc;
  const lo = ps[0] as number;
  const hi = ps[n - 1] as number;
  for (let i = 0, len = column.length; i < len; i++) {
    const p = column[i];
    if (typeof p !== "number" || !(p > lo && p < hi)) {
      out[i] =
        typeof p === "number" && p > 0 && p < 100 ? fastValue(fc, p, tail, rule) : Number.NaN;
      continue;
    }
    let j = 0;
    while (j + 2 < n && p >= (ps[j + 1] as number)) j++;
    const x0 = xs[j] as number;
    if (p === ps[j]) {
      out[i] = roundPlain(x0, rule);
      continue;
    }
    const z0 = z[j] as number;
    const v = x0 * Math.exp(((probit(p) - z0) / (dz[j] as number)) * (dl[j] as number));
    out[i] = halfEvenUnit(Math.min(Math.max(v, x0), xs[j + 1] as number), eb[j] as number);
  }
}

/**
 * Fills out[i] with the unrounded rank of column[i] where the fast path decides it, NaN
 * elsewhere (invalid rows included), as fillValues.
 */
export function fillRanks(
  fc: FastCurve,
  column: ArrayLike<unknown>,
  tail: TailPolicy,
  out: Float64Array,
): void {
  if (fc.method === PCHIP) {
    out.fill(Number.NaN);
    return;
  }
  const { ps, xs, z, dz, dl, dx, dp, n } = fc;
  const lo = xs[0] as number;
  const hi = xs[n - 1] as number;
  const linear = fc.method === LINEAR;
  for (let i = 0, len = column.length; i < len; i++) {
    const x = column[i];
    if (typeof x !== "number" || !(x > lo && x < hi)) {
      // checkAmount's test; -0 ranks as 0 (both are below the anchors).
      out[i] =
        typeof x === "number" && x >= 0 && x < Number.POSITIVE_INFINITY
          ? fastRank(fc, x === 0 ? 0 : x, tail)
          : Number.NaN;
      continue;
    }
    let j = 0;
    while (j + 2 < n && x >= (xs[j + 1] as number)) j++;
    const x0 = xs[j] as number;
    const p0 = ps[j] as number;
    if (x === x0) {
      out[i] = p0;
      continue;
    }
    let p: number;
    if (linear) p = p0 + ((x - x0) * (dp[j] as number)) / (dx[j] as number);
    else
      p = percentileOfProbit(
        (z[j] as number) + (Math.log(x / x0) / (dl[j] as number)) * (dz[j] as number),
      );
    out[i] = Math.min(Math.max(p, p0), ps[j + 1] as number);
  }
}
