import type { Decimal } from "decimal.js";
import type { PercentileMethod } from "../core/percentile/types.js";
import { Dec } from "./decimal.js";
import { ABOVE_0, BELOW_100, type Knot } from "./percentile-curve.js";
import type { RankResult } from "./percentile-engine.js";
import { linearErrorBound } from "./percentile-error-bound.js";

// Rounding a percentile rank to `decimals` places (half-even), kept inside (0, 100).
// A linear rank is rational in the anchors and the amount, so, like a linear amount, it
// is rounded exactly: the float decides unless it lies within its rigorous error bound
// of a tie, where the exact decimal rank decides. (log-probit and Pareto ranks go
// through the float Φ and ln: a float function by definition, rounded as computed.)

/** Rounds a rank (a float or an exact decimal) to `decimals` places, strictly inside (0, 100). */
function roundRankValue(p: number | Decimal, decimals: number): number {
  const rounded = new Dec(p).toDecimalPlaces(decimals, Dec.ROUND_HALF_EVEN).toNumber();
  const step = Number(`1e-${decimals}`);
  const top = Number((100 - step).toFixed(decimals));
  return Math.min(Math.max(rounded, step), top);
}

/** Rounds a float rank to `decimals` places (half-even), keeping it inside (0, 100). */
export function roundRank(p: number, decimals: number | undefined): number {
  return decimals === undefined ? p : roundRankValue(p, decimals);
}

/** Linear interpolation's exact rank of x between knots a and b. */
function linearRankExact(a: Knot, b: Knot, x: number): Decimal {
  const p0 = new Dec(a.p);
  return p0.plus(
    new Dec(x)
      .minus(a.amount)
      .times(new Dec(b.p).minus(a.p))
      .dividedBy(new Dec(b.amount).minus(a.amount)),
  );
}

/**
 * The exact rank behind a linear rank result, and a bound on the float's distance from
 * it — or undefined where the float is the rank itself (an anchor, a clamp, the kept
 * ends of (0, 100), a Pareto tail).
 */
function linearExactRank(
  result: RankResult,
  x: number,
): { exact: () => Decimal; err: number } | undefined {
  const { source, p } = result;
  let a: Knot;
  let b: Knot;
  let inside: boolean;
  if (source.kind === "between") {
    a = source.from;
    b = source.to;
    inside = true;
  } else if (source.kind === "tail" && source.rule === "extend") {
    [a, b] = source.via;
    inside = false;
    if (p === ABOVE_0 || p === BELOW_100) return undefined;
  } else return undefined;
  // The roles of amounts and percentiles are swapped from linear interpolation:
  // p = p0 + ((x − x0)·(p1 − p0)) / (x1 − x0), the same float operations.
  const err = linearErrorBound(a.p, b.p, a.amount, b.amount, x, p);
  const exact = () => {
    const e = linearRankExact(a, b, x);
    // Clamped into the segment as the engine clamps the float (clamping never increases
    // a distance, so err still bounds the distance of the clamped values).
    if (!inside) return e;
    return Dec.min(Dec.max(e, a.p), b.p);
  };
  return { exact, err };
}

/**
 * The rank of a result rounded to `decimals`: for linear, provably the rounding of the
 * exact rank (see the module comment); for the other methods, of the float.
 */
export function roundRankResult(
  method: PercentileMethod,
  result: RankResult,
  x: number,
  decimals: number | undefined,
): number {
  if (decimals === undefined) return result.p;
  const p = result.p;
  if (method !== "linear") return roundRankValue(p, decimals);
  const known = linearExactRank(result, x);
  if (known === undefined) return roundRankValue(p, decimals);
  // The tie (k + 1/2)·10^-d nearest p. Margin: err, plus the float's own distance from
  // its shortest decimal (what roundRankValue rounds) and the float error of the tie
  // computed here, each below u·100 ≈ 1.1e-14 since 0 < p < 100.
  const scale = 10 ** decimals;
  const tie = (Math.floor(p * scale) + 0.5) / scale;
  if (Math.abs(p - tie) > known.err + 1e-13) return roundRankValue(p, decimals);
  return roundRankValue(known.exact(), decimals);
}
