/**
 * The speed limit for the percentile functions: hand-written plain-float versions of the
 * same math as src/ (no validation, no exactness guard, no result objects), on a band
 * prepared once into arrays — what any fast implementation would do. Extend tails;
 * Math.round (half-up) for the dollar, since float ties are vanishingly rare.
 */
import { normalCdf } from "../src/_internal/normal-cdf.js";
import { normalQuantile } from "../src/_internal/normal-quantile.js";

export interface FloatBand {
  ps: number[];
  amounts: number[];
  /** log-probit: Φ⁻¹(p/100) and ln(amount) of each anchor. */
  zs: number[];
  logs: number[];
  /** pchip: SciPy's PchipInterpolator derivative at each anchor, and each segment's c2, c3. */
  d: number[];
  c2: number[];
  c3: number[];
}

/** SciPy's _edge_case: the one-sided three-point derivative, shape-preserving. */
function edge(h0: number, h1: number, m0: number, m1: number): number {
  const d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
  if (Math.sign(d) !== Math.sign(m0)) return 0;
  if (Math.sign(m0) !== Math.sign(m1) && Math.abs(d) > 3 * Math.abs(m0)) return 3 * m0;
  return d;
}

/** Fritsch–Carlson derivatives with SciPy's endpoint rule (strictly rising anchors). */
function pchipDerivatives(ps: number[], xs: number[]): number[] {
  const n = ps.length;
  const h = ps.slice(1).map((p, k) => p - (ps[k] as number));
  const m = xs.slice(1).map((x, k) => (x - (xs[k] as number)) / (h[k] as number));
  if (n === 2) return [m[0] as number, m[0] as number];
  const d = new Array<number>(n).fill(0);
  for (let k = 1; k + 1 < n; k++) {
    const w1 = 2 * (h[k] as number) + (h[k - 1] as number);
    const w2 = (h[k] as number) + 2 * (h[k - 1] as number);
    d[k] = (w1 + w2) / (w1 / (m[k - 1] as number) + w2 / (m[k] as number));
  }
  d[0] = edge(h[0] as number, h[1] as number, m[0] as number, m[1] as number);
  d[n - 1] = edge(h[n - 2] as number, h[n - 3] as number, m[n - 2] as number, m[n - 3] as number);
  return d;
}

export function floatBand(anchors: readonly { p: number; amount: number }[]): FloatBand {
  const ps = anchors.map((a) => a.p);
  const amounts = anchors.map((a) => a.amount);
  const d = pchipDerivatives(ps, amounts);
  const c2: number[] = [];
  const c3: number[] = [];
  for (let j = 0; j + 1 < ps.length; j++) {
    const h = (ps[j + 1] as number) - (ps[j] as number);
    const m = ((amounts[j + 1] as number) - (amounts[j] as number)) / h;
    c2.push((3 * m - 2 * (d[j] as number) - (d[j + 1] as number)) / h);
    c3.push(((d[j] as number) + (d[j + 1] as number) - 2 * m) / (h * h));
  }
  return {
    ps,
    amounts,
    zs: ps.map((p) => normalQuantile(p / 100)),
    logs: amounts.map((x) => Math.log(x)),
    d,
    c2,
    c3,
  };
}

/** The segment of x among sorted knots (the end segments continue beyond the ends). */
export function segment(xs: number[], x: number): number {
  let i = 0;
  while (i < xs.length - 2 && x > (xs[i + 1] as number)) i++;
  return i;
}

export function floatLogProbit(b: FloatBand, p: number): number {
  const z = normalQuantile(p / 100);
  const i = segment(b.zs, z);
  const z0 = b.zs[i] as number;
  const l0 = b.logs[i] as number;
  const t = (z - z0) / ((b.zs[i + 1] as number) - z0);
  return Math.round(Math.exp(l0 + t * ((b.logs[i + 1] as number) - l0)));
}

export function floatLinear(b: FloatBand, p: number): number {
  const i = segment(b.ps, p);
  const p0 = b.ps[i] as number;
  const a0 = b.amounts[i] as number;
  return Math.round(
    a0 + (((b.amounts[i + 1] as number) - a0) * (p - p0)) / ((b.ps[i + 1] as number) - p0),
  );
}

/** pchip's end tails: the line through the end anchor with the end derivative (or slope). */
function pchipTail(b: FloatBand, p: number, i: number, k: number): number {
  const d = b.d[i] as number;
  const slope =
    d > 0
      ? d
      : ((b.amounts[k + 1] as number) - (b.amounts[k] as number)) /
        ((b.ps[k + 1] as number) - (b.ps[k] as number));
  return (b.amounts[i] as number) + slope * (p - (b.ps[i] as number));
}

function pchipRaw(b: FloatBand, p: number): number {
  const n = b.ps.length;
  if (p < (b.ps[0] as number)) return pchipTail(b, p, 0, 0);
  if (p > (b.ps[n - 1] as number)) return pchipTail(b, p, n - 1, n - 2);
  const j = segment(b.ps, p);
  const t = p - (b.ps[j] as number);
  return (
    (b.amounts[j] as number) +
    t * ((b.d[j] as number) + t * ((b.c2[j] as number) + t * (b.c3[j] as number)))
  );
}

export function floatPchip(b: FloatBand, p: number): number {
  return Math.round(pchipRaw(b, p));
}

export function floatLogProbitRank(b: FloatBand, x: number): number {
  const l = Math.log(x);
  const i = segment(b.logs, l);
  const z0 = b.zs[i] as number;
  const l0 = b.logs[i] as number;
  return (
    100 *
    normalCdf(z0 + ((l - l0) / ((b.logs[i + 1] as number) - l0)) * ((b.zs[i + 1] as number) - z0))
  );
}

export function floatLinearRank(b: FloatBand, x: number): number {
  const i = segment(b.amounts, x);
  const p0 = b.ps[i] as number;
  const a0 = b.amounts[i] as number;
  return p0 + ((x - a0) * ((b.ps[i + 1] as number) - p0)) / ((b.amounts[i + 1] as number) - a0);
}

/** pchip's rank: bisection of the monotone cubic on its segment (lines in the tails). */
export function floatPchipRank(b: FloatBand, x: number): number {
  const n = b.ps.length;
  if (x < (b.amounts[0] as number) || x > (b.amounts[n - 1] as number)) {
    const [i, k] = x < (b.amounts[0] as number) ? [0, 0] : [n - 1, n - 2];
    const d = b.d[i] as number;
    const slope =
      d > 0
        ? d
        : ((b.amounts[k + 1] as number) - (b.amounts[k] as number)) /
          ((b.ps[k + 1] as number) - (b.ps[k] as number));
    return Math.min(
      Math.max((b.ps[i] as number) + (x - (b.amounts[i] as number)) / slope, 1e-300),
      99.99999,
    );
  }
  const j = segment(b.amounts, x);
  let lo = b.ps[j] as number;
  let hi = b.ps[j + 1] as number;
  for (let it = 0; it < 200; it++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const t = mid - (b.ps[j] as number);
    const v =
      (b.amounts[j] as number) +
      t * ((b.d[j] as number) + t * ((b.c2[j] as number) + t * (b.c3[j] as number)));
    if (v < x) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** A plain loop of a float function over a column into a Float64Array. */
export function floatColumn(
  f: (b: FloatBand, x: number) => number,
  b: FloatBand,
  xs: Float64Array,
) {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f(b, xs[i] as number);
  return out;
}
