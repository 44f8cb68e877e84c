import { nearestBoundary, type RoundRule, roundFloat } from "./money-rounding.js";

/**
 * The relative error a float computation on the fast paths may carry and still be
 * rounded from floats: 2^-40 ≈ 9.1e-13 of the magnitude of its terms.
 *
 * Why that is safe: a fast path computes a handful of float operations (at most about
 * ten: a conversion of a decimal figure such as 1.26 to its nearest float, products,
 * a quotient, sums of non-negative or absolutely-bounded terms), each correctly rounded
 * to within 2^-53 of its exact value relative to the magnitude of its terms, so the
 * float differs from the exact decimal result by less than 10 × 2^-53 ≈ 2^-49.7 of that
 * magnitude — and decimal.js's own 40-digit rounding adds at most 10^-39. The margin
 * is 2^9 times larger. A float farther than the margin from every rounding boundary
 * therefore lies on the same side of every boundary as the exact value, and rounds the
 * same way; a float within the margin is left to the exact path.
 */
export const FAST_PATH_MARGIN = 2 ** -40;

/**
 * Rounds a float approximation `x` of an exact decimal result by `rule`, if that is
 * provably the rounding of the exact result; else `undefined` (the caller redoes the
 * computation exactly). `magnitude` bounds the absolute values of the terms `x` was
 * computed from (|x| itself for products and quotients; the sum of the terms' absolute
 * values for a sum), so the error bound holds even when terms cancel.
 *
 * Boundaries: for the half modes, the midpoints k·step + step/2; for `up` and `down`,
 * the multiples k·step themselves (an exact multiple must not round up). `"none"`
 * always defers: an unrounded result must be the exact decimal's own nearest number.
 * NaN and infinities defer too (the exact path reports them).
 */
export function roundIfDecided(x: number, rule: RoundRule, magnitude: number): number | undefined {
  // Above 2^52 not every whole number is a float, so a float rounding could name a
  // different number than the exact one rounded; such amounts (over $4.5e15) go exact.
  if (rule === "none" || !(Math.abs(x) <= 2 ** 52)) return undefined;
  // x − boundary is exact near the boundary (Sterbenz), and the division inside
  // nearestBoundary can only pick the wrong boundary when x is about half a step from
  // both, far outside the margin.
  if (!(Math.abs(x - nearestBoundary(x, rule)) > magnitude * FAST_PATH_MARGIN)) return undefined;
  return roundFloat(x, rule);
}
