// Rigorous bounds on how far a float percentile value can be from the exact value it
// stands for, so rounding can trust the float except within that distance of a rounding
// boundary (where the exact decimal decides). Without such a bound, "the float is close
// enough" is a guess; with it, the rounded result is provably the rounding of the exact
// value.
//
// Model (IEEE 754 double, round to nearest): every +, −, ×, ÷ returns the exact result
// times (1 + δ) with |δ| ≤ u = 2^-53. A number's "exact value" is its shortest decimal
// representation (what a person typed, what decimal.js reads): the double is the nearest
// double to it, so the two differ by at most u relative. Math.log and Math.exp are not
// correctly rounded; V8's (fdlibm) are within 1 ulp, and we allow 2 ulp (4u relative).
//
// Each bound below is the first-order error sum (terms of order u); second-order terms
// (order u², relative ~1e-16 of the first-order sum), the float evaluation of the bound
// itself (~10 operations, relative error ≤ 10u), and the 40-digit rounding of decimal.js
// (relative ~1e-39, 10^20 times below the u·|value| term every bound contains) are
// covered by multiplying by SAFETY = 4, where 1 + 1e-14 would do.

const U = 2 ** -53;
const SAFETY = 4;

/**
 * A bound valid for every p of segment [p0, p1] at once (the per-row bound of
 * linearErrorBound at its worst: |raw| ≤ (1 + 1e-9)·max(|y0|, |y1|), |p| ≤ p1,
 * |p − p0| ≤ p1 − p0), for loops that check a whole column against one number per
 * segment. A looser bound is as rigorous: it only sends a few more rows to the exact
 * decimal.
 */
export function linearSegmentErrorBound(y0: number, y1: number, p0: number, p1: number): number {
  const top = (1 + 1e-9) * Math.max(Math.abs(y0), Math.abs(y1));
  return linearErrorBound(y0, y1, p0, p1, p1, top);
}

/**
 * log-probit's bound valid for every z of the segment [z0, z1] (|t| ≤ 1, |z| ≤
 * max(|z0|, |z1|), |raw| ≤ (1 + 1e-9)·max(x0, x1)), as linearSegmentErrorBound.
 */
export function logProbitSegmentErrorBound(
  z0: number,
  z1: number,
  dl: number,
  x0: number,
  x1: number,
): number {
  const h = Math.abs(z1 - z0);
  const l = Math.abs(dl);
  const za = Math.max(Math.abs(z0), Math.abs(z1));
  const dFrac = 3 + (za + Math.abs(z0)) / h + (Math.abs(z0) + Math.abs(z1)) / h;
  const dArg = 3 + 4 * l + l * dFrac + l;
  return SAFETY * U * (1 + 1e-9) * Math.max(Math.abs(x0), Math.abs(x1)) * (dArg + 6);
}

/**
 * Bound on |raw − V| for linear interpolation on a segment, where
 * raw = fl(y0 + fl(fl(fl(y1 − y0) · fl(p − p0)) / fl(p1 − p0))) (the engine's float
 * formula) and V = Y0 + (Y1 − Y0)(P − P0)/(P1 − P0) over the exact decimal inputs.
 *
 * With s = |Y1 − Y0| / H, H = P1 − P0, g = |P − P0| and T = s·g, the first-order error is
 *   u·( |Y0|                      representation of y0
 *     + |V|                       the final addition
 *     + 5·T                       y1 − y0, p − p0, ×, ÷, p1 − p0 (one δ each)
 *     + (|Y0| + |Y1|)·g / H       representation of y0, y1 inside y1 − y0
 *     + s·(|P| + |P0|)            representation of p, p0 inside p − p0
 *     + T·(|P0| + |P1|) / H )     representation of p0, p1 inside p1 − p0
 * The float values stand in for the exact ones (they differ by order u: second order).
 */
export function linearErrorBound(
  y0: number,
  y1: number,
  p0: number,
  p1: number,
  p: number,
  raw: number,
): number {
  const h = p1 - p0;
  const g = Math.abs(p - p0);
  const s = Math.abs(y1 - y0) / h;
  const ay0 = Math.abs(y0);
  const t = s * g;
  return (
    SAFETY *
    U *
    (ay0 +
      Math.abs(raw) +
      5 * t +
      ((ay0 + Math.abs(y1)) * g) / h +
      s * (Math.abs(p) + Math.abs(p0)) +
      (t * (Math.abs(p0) + Math.abs(p1))) / h)
  );
}

/**
 * Bound on |raw − V| for log-probit on a segment (or its tail), where
 * raw = fl(x0 · exp(fl(fl(fl(z − z0) / fl(z1 − z0)) · dl))), dl = fl(log(fl(x1 / x0))),
 * and V = X0 · exp(t · ln(X1 / X0)), t = (Z − Z0) / (Z1 − Z0), over the exact decimals
 * of the floats x0, x1 and of the float probits z = Φ⁻¹(p/100), z0, z1 (Φ⁻¹ is a float
 * function by definition, docs/methodology.md: its output is an input here).
 *
 * With h = |z1 − z0|, L = |ln(x1/x0)| and |t|:
 *   |frac − t| ≤ u·( 3|t| + (|z| + |z0|)/h + |t|·(|z0| + |z1|)/h )   (3 δ; representations)
 *   |dl − ln(X1/X0)| ≤ u·(3 + 4L)                (X0, X1, x1/x0 representations; 2-ulp log)
 *   the argument a = frac·dl:  |Δa| ≤ |t|·|Δdl| + L·|Δfrac| + u·|t|·L
 *   the value: relative error Δa + 4u (2-ulp exp) + u (× x0) + u (representation of x0)
 * so |raw − V| ≤ |V|·(|Δa| + 6u), with |raw| standing in for |V|.
 * Clamping raw into [x0, x1] (as the engine does between anchors) keeps the bound: the
 * exact value is clamped the same way and clamping never increases a distance.
 */
export function logProbitErrorBound(
  z: number,
  z0: number,
  z1: number,
  dl: number,
  raw: number,
): number {
  const h = Math.abs(z1 - z0);
  const t = Math.abs((z - z0) / h);
  const l = Math.abs(dl);
  const dFrac = 3 * t + (Math.abs(z) + Math.abs(z0)) / h + (t * (Math.abs(z0) + Math.abs(z1))) / h;
  const dDl = 3 + 4 * l;
  const dArg = t * dDl + l * dFrac + t * l;
  return SAFETY * U * Math.abs(raw) * (dArg + 6);
}
