/**
 * An independent decimal.js reference for the percentile math of docs/methodology.md,
 * written from the formulas there and not from src/ (it shares no code with the
 * library, except the float Φ⁻¹ and Φ: see below). Uncensored bands, `extend` and
 * `clamp` tails.
 *
 * - linear interpolation and linear rank: exact rationals, computed in decimal.js at 50
 *   significant digits. Their inputs have at most 17 significant digits, so a value that
 *   is not exactly on a rounding boundary is at least ~1e-25 (relative) away from it —
 *   far above 50-digit rounding — and every rounded result is the exact one.
 * - log-probit: the methodology defines z = Φ⁻¹(p/100) as a float function (Wichura's
 *   AS241; there is no "exact" probit to compare with, and a different probit would be
 *   a different method). So the reference takes z, z_j, z_{j+1} from the library's float
 *   Φ⁻¹ as inputs and computes the rest — t = (z − z_j)/(z_{j+1} − z_j) and
 *   Q = exp(ln x_j + t·(ln x_{j+1} − ln x_j)) — in decimal.js with ln and exp at 40
 *   digits, as the methodology writes it; values between two anchors are kept between
 *   them ("Values inside a segment are kept between the segment's two anchors").
 * - log-probit rank: z from ln at 40 digits, then 100·Φ(z) with the library's float Φ
 *   (Cody), for the same reason.
 */
import Decimal from "decimal.js";
import { normalCdfBoth } from "../../src/_internal/normal-cdf.js";
import { normalQuantile } from "../../src/_internal/normal-quantile.js";

const X = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
const L = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
type D = Decimal;

export interface RefAnchor {
  readonly p: number;
  readonly amount: number;
}

export type RefRule = {
  readonly step: 1 | 100 | 1000;
  readonly mode: "half-even" | "half-up" | "up" | "down";
};

const MODE = {
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-up": Decimal.ROUND_HALF_UP,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
} as const;

/** Rounds a decimal amount by a rule. */
export function refRound(v: D, rule: RefRule): number {
  if (rule.step === 1) return v.toDecimalPlaces(0, MODE[rule.mode]).toNumber();
  return v.dividedBy(rule.step).toDecimalPlaces(0, MODE[rule.mode]).times(rule.step).toNumber();
}

/** The float probit of the methodology: Φ⁻¹(p/100), the upper tail from (100 − p)/100. */
export function floatProbit(p: number): number {
  return normalQuantile(p / 100, (100 - p) / 100);
}

/**
 * Segment index j for a coordinate v among increasing knots ks (end segments extend).
 * Doubles compare as their shortest decimals do (rounding to nearest is monotone), so
 * the search needs no decimals.
 */
function segmentIndex(ks: readonly number[], v: number): number {
  const n = ks.length;
  for (let j = 0; j < n - 2; j++) if (v < (ks[j + 1] as number)) return j;
  return n - 2;
}

/** An outcome: a value, or "out" where the library must refuse (an amount <= 0). */
export type RefValue = D | "out";

/** A band as 50-digit decimals, for the linear reference. */
export interface RefLinearBand {
  readonly ps: readonly D[];
  readonly xs: readonly D[];
  readonly pn: readonly number[];
  readonly xn: readonly number[];
}

export function refLinearBand(anchors: readonly RefAnchor[]): RefLinearBand {
  return {
    ps: anchors.map((a) => new X(a.p)),
    xs: anchors.map((a) => new X(a.amount)),
    pn: anchors.map((a) => a.p),
    xn: anchors.map((a) => a.amount),
  };
}

/** Linear interpolation at p, exactly; tail "extend" or "clamp". */
export function refLinear(band: RefLinearBand, p: number, tail: "extend" | "clamp"): RefValue {
  const { ps, xs } = band;
  const P = new X(p);
  const n = ps.length;
  if (tail === "clamp" && p < (band.pn[0] as number)) return xs[0] as D;
  if (tail === "clamp" && p > (band.pn[n - 1] as number)) return xs[n - 1] as D;
  const j = segmentIndex(band.pn, p);
  const [p0, p1, x0, x1] = [ps[j], ps[j + 1], xs[j], xs[j + 1]] as [D, D, D, D];
  const v = x0.plus(x1.minus(x0).times(P.minus(p0)).dividedBy(p1.minus(p0)));
  return v.greaterThan(0) ? v : "out";
}

/** Linear rank of x, exactly (extend tail), before keeping it inside (0, 100). */
export function refLinearRank(band: RefLinearBand, x: number): D {
  const { ps, xs } = band;
  const A = new X(x);
  const j = segmentIndex(band.xn, x);
  const [p0, p1, x0, x1] = [ps[j], ps[j + 1], xs[j], xs[j + 1]] as [D, D, D, D];
  return p0.plus(A.minus(x0).times(p1.minus(p0)).dividedBy(x1.minus(x0)));
}

/** The exact p at which linear interpolation on segment j reaches amount b. */
export function refLinearInverse(band: RefLinearBand, j: number, b: D | number): D {
  const [p0, p1, x0, x1] = [band.ps[j], band.ps[j + 1], band.xs[j], band.xs[j + 1]] as [D, D, D, D];
  return p0.plus(new X(b).minus(x0).times(p1.minus(p0)).dividedBy(x1.minus(x0)));
}

/** The exact amount at which the linear rank on segment j is r. */
export function refLinearRankInverse(band: RefLinearBand, j: number, r: D | number): D {
  const [p0, p1, x0, x1] = [band.ps[j], band.ps[j + 1], band.xs[j], band.xs[j + 1]] as [D, D, D, D];
  return x0.plus(new X(r).minus(p0).times(x1.minus(x0)).dividedBy(p1.minus(p0)));
}

/** A 50-digit decimal. */
export function refDecimal(v: number | string): D {
  return new X(v);
}

/** Rounds a rank to `decimals` half-even, kept inside (0, 100) as the methodology says. */
export function refRoundRank(r: D, decimals: number): number {
  const step = new X(10).pow(-decimals);
  const top = new X(100).minus(step);
  const rounded = r.toDecimalPlaces(decimals, Decimal.ROUND_HALF_EVEN);
  return X.min(X.max(rounded, step), top).toNumber();
}

/** A band prepared for the log-probit reference: float probits and 40-digit logs of the anchors. */
export interface RefLogBand {
  readonly anchors: readonly RefAnchor[];
  readonly z: readonly D[];
  readonly ln: readonly D[];
}

export function refLogBand(anchors: readonly RefAnchor[]): RefLogBand {
  return {
    anchors,
    z: anchors.map((a) => new L(floatProbit(a.p))),
    ln: anchors.map((a) => new L(a.amount).ln()),
  };
}

/** log-probit at p (extend tail), with the float probit as input and ln/exp at 40 digits. */
export function refLogProbit(band: RefLogBand, p: number): D {
  const { anchors, z, ln } = band;
  const n = anchors.length;
  for (const a of anchors) if (a.p === p) return new L(a.amount);
  const first = anchors[0] as RefAnchor;
  const last = anchors[n - 1] as RefAnchor;
  let j = 0;
  while (j < n - 2 && p > (anchors[j + 1] as RefAnchor).p) j++;
  const Z = new L(floatProbit(p));
  const [z0, z1, l0, l1] = [z[j], z[j + 1], ln[j], ln[j + 1]] as [D, D, D, D];
  const t = Z.minus(z0).dividedBy(z1.minus(z0));
  const v = l0.plus(t.times(l1.minus(l0))).exp();
  if (p < first.p || p > last.p) return v;
  const lo = new L((anchors[j] as RefAnchor).amount);
  const hi = new L((anchors[j + 1] as RefAnchor).amount);
  return L.min(L.max(v, lo), hi);
}

/** log-probit rank of x (extend tail): z from 40-digit logs, then 100·Φ(z) with the float Φ. */
export function refLogProbitRank(band: RefLogBand, x: number): number {
  const { anchors, z, ln } = band;
  const n = anchors.length;
  for (const a of anchors) if (a.amount === x) return a.p;
  let j = 0;
  while (j < n - 2 && x > (anchors[j + 1] as RefAnchor).amount) j++;
  const [z0, z1, l0, l1] = [z[j], z[j + 1], ln[j], ln[j + 1]] as [D, D, D, D];
  const zx = z0
    .plus(new L(x).ln().minus(l0).dividedBy(l1.minus(l0)).times(z1.minus(z0)))
    .toNumber();
  const [lower, upper] = normalCdfBoth(zx);
  return zx > 0 ? 100 - 100 * upper : 100 * lower;
}
