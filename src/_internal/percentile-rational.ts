import { Dec } from "./decimal.js";
import type { Knot } from "./percentile-curve.js";

// Exact rational arithmetic (BigInt) for pchip, whose values are rational functions of the
// anchors and of p. Floats give them to ~1e-15 relative, which is enough except when the
// exact value sits on a rounding boundary (a tie like $169,622.50, or a whole dollar under
// `up`/`down`): there the engine asks this module which side the exact value is on.

/** A rational number n / d with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function make(n: bigint, d: bigint): Rational {
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** The exact value of a number's shortest decimal representation (what a person typed). */
export function rational(x: number): Rational {
  const [n, d] = new Dec(x).toFraction() as [InstanceType<typeof Dec>, InstanceType<typeof Dec>];
  return make(BigInt(n.toFixed(0)), BigInt(d.toFixed(0)));
}

const add = (a: Rational, b: Rational): Rational => make(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Rational, b: Rational): Rational => make(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d);
const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n);
const int = (k: number): Rational => ({ n: BigInt(k), d: 1n });
const sign = (a: Rational): number => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);

/** Sign of a - b. */
export function compareRational(a: Rational, b: Rational): number {
  return sign(sub(a, b));
}

function edge(h0: Rational, h1: Rational, m0: Rational, m1: Rational): Rational {
  const d = div(sub(mul(add(mul(int(2), h0), h1), m0), mul(h0, m1)), add(h0, h1));
  if (sign(d) !== sign(m0)) return int(0);
  const abs = (r: Rational) => (sign(r) < 0 ? make(-r.n, r.d) : r);
  if (sign(m0) !== sign(m1) && compareRational(abs(d), mul(int(3), abs(m0))) > 0) {
    return mul(int(3), m0);
  }
  return d;
}

/** The pchip derivatives of SciPy's PchipInterpolator, exactly. */
function derivatives(p: readonly Rational[], y: readonly Rational[]): Rational[] {
  const n = p.length;
  const h: Rational[] = [];
  const m: Rational[] = [];
  for (let j = 0; j + 1 < n; j++) {
    h.push(sub(p[j + 1]!, p[j]!));
    m.push(div(sub(y[j + 1]!, y[j]!), h[j]!));
  }
  if (n === 2) return [m[0]!, m[0]!];
  const d: Rational[] = [];
  for (let k = 1; k + 1 < n; k++) {
    const w1 = add(mul(int(2), h[k]!), h[k - 1]!);
    const w2 = add(h[k]!, mul(int(2), h[k - 1]!));
    d[k] = div(add(w1, w2), add(div(w1, m[k - 1]!), div(w2, m[k]!)));
  }
  d[0] = edge(h[0]!, h[1]!, m[0]!, m[1]!);
  d[n - 1] = edge(h[n - 2]!, h[n - 3]!, m[n - 2]!, m[n - 3]!);
  return d;
}

/**
 * The exact pchip value at p: on segment j (knots[j].p <= p <= knots[j+1].p), or on the
 * straight-line tail below the first / above the last knot — the same rules as the float
 * engine (percentile-curve.ts), in rational arithmetic.
 */
export function pchipRational(
  knots: readonly Knot[],
  p: number,
  where: { readonly segment: number } | { readonly side: "below" | "above" },
): Rational {
  const ps = knots.map((k) => rational(k.p));
  const ys = knots.map((k) => rational(k.amount));
  const d = derivatives(ps, ys);
  const x = rational(p);
  if ("side" in where) {
    const n = knots.length;
    const [i, a, b] = where.side === "below" ? [0, 0, 1] : [n - 1, n - 2, n - 1];
    const secant = div(sub(ys[b]!, ys[a]!), sub(ps[b]!, ps[a]!));
    const slope = sign(d[i]!) > 0 ? d[i]! : secant;
    return add(ys[i]!, mul(slope, sub(x, ps[i]!)));
  }
  const j = where.segment;
  const h = sub(ps[j + 1]!, ps[j]!);
  const m = div(sub(ys[j + 1]!, ys[j]!), h);
  const d0 = d[j]!;
  const d1 = d[j + 1]!;
  const c2 = div(sub(sub(mul(int(3), m), mul(int(2), d0)), d1), h);
  const c3 = div(sub(add(d0, d1), mul(int(2), m)), mul(h, h));
  const t = sub(x, ps[j]!);
  return add(ys[j]!, mul(t, add(d0, mul(t, add(c2, mul(t, c3))))));
}
