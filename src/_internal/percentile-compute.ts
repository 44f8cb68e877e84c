import type { PercentileMethod, TailPolicy } from "../core/percentile/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import { atRow, checkColumn } from "./batch.js";
import { type Dec, MAX_MONEY_MAGNITUDE } from "./decimal.js";
import { nearestBoundary, type RoundRule, roundDecimal, roundFloat } from "./money-rounding.js";
import {
  evaluateRank,
  evaluateValue,
  type Prepared,
  prepareBand,
  type RankResult,
  type ValueResult,
} from "./percentile-engine.js";
import { fastCurveOf, fastRank, fastValue, fillRanks, fillValues } from "./percentile-fast.js";
import { formatPercentileText } from "./percentile-format.js";
import {
  checkAmount,
  checkPercentile,
  resolveInterpolateOptions,
  resolveRankOptions,
} from "./percentile-options.js";
import { roundRank, roundRankResult } from "./percentile-rank-round.js";
import { compareRational, rational as rational_ } from "./percentile-rational.js";
import { type ValidBand, validateBand } from "./validate-band.js";

// The shared bodies of interpolatePercentile / describePercentile and percentileRank /
// describeRank: validate, evaluate, round.

export interface ComputedValue {
  readonly prep: Prepared;
  readonly p: number;
  readonly value: number;
  readonly method: PercentileMethod;
  readonly tail: TailPolicy;
  readonly round: RoundRule;
  readonly result: ValueResult;
}

export interface ComputedRank {
  readonly prep: Prepared;
  readonly amount: number;
  readonly rank: number;
  readonly method: PercentileMethod;
  readonly tail: TailPolicy;
  readonly result: RankResult;
}

export function unusable(p: number, tail: TailPolicy, detail: string): PaybandsError {
  return new PaybandsError(
    "PERCENTILE_OUT_OF_RANGE",
    `${formatPercentileText(p)} is too far beyond the band's anchors for the "${tail}" tail: ${detail}; use tail "clamp", or a percentile closer to the anchors`,
    { path: ["p"], validChoices: ["extend", "clamp", "pareto", "error"] },
  );
}

// Frozen bands (every band of a validated dataset) cannot change, so their validation
// and per-method preparation are done once and kept for as long as the band lives.
const prepared = new WeakMap<object, Map<PercentileMethod, Prepared>>();

/** The validated, prepared band for a method, cached for frozen bands. */
function prepare(band: unknown, method: PercentileMethod, valid?: ValidBand): Prepared {
  const cacheable = typeof band === "object" && band !== null && Object.isFrozen(band);
  let byMethod = cacheable ? prepared.get(band) : undefined;
  const hit = byMethod?.get(method);
  if (hit !== undefined) return hit;
  const prep = prepareBand(valid ?? validateBand(band), method);
  if (cacheable) {
    if (byMethod === undefined) {
      byMethod = new Map();
      prepared.set(band, byMethod);
    }
    byMethod.set(method, prep);
  }
  return prep;
}

/** Validates a band unless it is a frozen band already prepared for some method. */
function validOnce(band: unknown): ValidBand | undefined {
  if (typeof band === "object" && band !== null && prepared.has(band)) return undefined;
  return validateBand(band);
}

/** The amount at one percentile of a prepared band: evaluate, check, round. */
export function valueAt(prep: Prepared, percentile: number, tail: TailPolicy, round: RoundRule) {
  const result = evaluateValue(prep, percentile, tail);
  const { raw, exact, err } = result.value;
  if (!(raw > 0)) throw unusable(percentile, tail, "the tail reaches $0 there");
  if (!(raw <= MAX_MONEY_MAGNITUDE)) {
    throw unusable(
      percentile,
      tail,
      `the tail exceeds ${MAX_MONEY_MAGNITUDE.toExponential()} there`,
    );
  }
  const { rational } = result.value;
  const floatWhenUnrounded = result.value.floatWhenUnrounded === true;
  const value =
    exact !== undefined
      ? roundNearBoundary(
          raw,
          round,
          () => (floatWhenUnrounded ? raw : exact().toNumber()),
          (x) => exact().comparedTo(x),
          err,
          exact,
        )
      : rational !== undefined
        ? roundNearBoundary(
            raw,
            round,
            () => raw,
            (x) => compareRational(rational(), rational_(x)),
          )
        : roundFloat(raw, round);
  if (!(value > 0)) throw unusable(percentile, tail, "the amount there rounds to $0");
  return { value, result };
}

/** Validates the arguments and computes the rounded amount at percentile p. */
export function computeValue(band: unknown, p: unknown, options: unknown): ComputedValue {
  const valid = validOnce(band);
  const percentile = checkPercentile(p);
  const { method, tail, round } = resolveInterpolateOptions(options);
  const prep = prepare(band, method, valid);
  const { value, result } = valueAt(prep, percentile, tail, round);
  return { prep, p: percentile, value, method, tail, round, result };
}

/**
 * interpolatePercentile's body: computeValue's steps and result, through the fast path
 * (percentile-fast.ts) for a band already prepared (frozen bands), the engine otherwise.
 */
export function computeValueOnly(band: unknown, p: unknown, options: unknown): number {
  // One cache lookup for a prepared band (validOnce and prepare would make two).
  const byMethod = typeof band === "object" && band !== null ? prepared.get(band) : undefined;
  if (byMethod === undefined) return computeValue(band, p, options).value;
  const percentile = checkPercentile(p);
  const { method, tail, round } = resolveInterpolateOptions(options);
  const prep = byMethod.get(method) ?? prepare(band, method);
  const fc = fastCurveOf(prep);
  if (fc !== null) {
    const v = fastValue(fc, percentile, tail, round);
    if (!Number.isNaN(v)) return v;
  }
  return valueAt(prep, percentile, tail, round).value;
}

/**
 * interpolatePercentiles' body: validates the band and options once, then each row
 * through the fast path, and through the engine where the fast path defers (NaN) — the
 * same steps as computeValue, so a batch equals the scalar calls exactly. A bad row
 * throws with `[name, i]` in front of its path.
 */
export function computeValues(band: unknown, ps: unknown, options: unknown): Float64Array {
  const valid = validOnce(band);
  const { method, tail, round } = resolveInterpolateOptions(options);
  const prep = prepare(band, method, valid);
  const column = checkColumn(ps, "ps");
  const fc = fastCurveOf(prep);
  const out = new Float64Array(column.length);
  if (fc !== null) fillValues(fc, column, tail, round, out);
  else out.fill(Number.NaN);
  // The rows the fast path left (NaN), in order, so the first bad row is the one reported.
  for (let i = 0; i < out.length; i++) {
    if (Number.isNaN(out[i])) out[i] = slowValue(prep, column[i], tail, round, i);
  }
  return out;
}

function slowValue(prep: Prepared, p: unknown, tail: TailPolicy, round: RoundRule, i: number) {
  try {
    return valueAt(prep, checkPercentile(p), tail, round).value;
  } catch (e) {
    throw atRow(e, ["ps", i]);
  }
}

/**
 * Rounds a float whose exact value is known on demand (linear, log-probit: a decimal;
 * pchip: a rational). With a rigorous error bound `err` (|raw − exact| ≤ err,
 * percentile-error-bound.ts) the float decides unless it lies within err of the nearest
 * rounding boundary (a tie n + step/2 for the half modes, a multiple of the step for
 * up/down): every other boundary is then further than err too, so the exact value is in
 * the same rounding cell as the float. Within err, the exact value's side of that
 * boundary decides — valid while err < step/4, since the exact value is then within
 * 2·err < step/2 of the boundary; a larger err (amounts near 10^15) rounds the exact
 * value itself. Without a bound (pchip), the margin is 1e-11 relative, far above the
 * float's ~1e-15 relative error. Without rounding, `unrounded` gives the value.
 */
function roundNearBoundary(
  raw: number,
  rule: RoundRule,
  unrounded: () => number,
  compareExactTo: (boundary: number) => number,
  err?: number,
  exact?: () => Dec,
): number {
  if (rule === "none") return unrounded();
  const { step } = rule;
  const boundary = nearestBoundary(raw, rule);
  const margin = err ?? 1e-11 * Math.abs(raw);
  if (Math.abs(raw - boundary) > margin) return roundFloat(raw, rule);
  if (exact !== undefined && margin >= step / 4) return roundDecimal(exact(), rule);
  const side = Math.sign(compareExactTo(boundary));
  return roundFloat(side === 0 ? boundary : boundary + (side * step) / 4, rule);
}

/** Validates the arguments and computes the percentile rank of an amount. */
export function computeRank(band: unknown, amount: unknown, options: unknown): ComputedRank {
  const valid = validOnce(band);
  const x = checkAmount(amount);
  const { method, tail, decimals } = resolveRankOptions(options);
  const prep = prepare(band, method, valid);
  const result = evaluateRank(prep, x, tail);
  return {
    prep,
    amount: x,
    rank: roundRankResult(method, result, x, decimals),
    method,
    tail,
    result,
  };
}

/** percentileRank's body: computeRank's rank, through the fast path for prepared bands. */
export function computeRankOnly(band: unknown, amount: unknown, options: unknown): number {
  // One cache lookup for a prepared band (validOnce and prepare would make two).
  const byMethod = typeof band === "object" && band !== null ? prepared.get(band) : undefined;
  if (byMethod === undefined) return computeRank(band, amount, options).rank;
  const x = checkAmount(amount);
  const { method, tail, decimals } = resolveRankOptions(options);
  const prep = byMethod.get(method) ?? prepare(band, method);
  // A linear rank rounded to decimals needs its segment for the exactness guard: the engine.
  if (decimals === undefined || method !== "linear") {
    const fc = fastCurveOf(prep);
    if (fc !== null) {
      const r = fastRank(fc, x, tail);
      if (!Number.isNaN(r)) return roundRank(r, decimals);
    }
  }
  return roundRankResult(method, evaluateRank(prep, x, tail), x, decimals);
}

/** Like computeValues, for ranks: validate once, then rank each amount as computeRank does. */
export function computeRanks(band: unknown, amounts: unknown, options: unknown): Float64Array {
  const valid = validOnce(band);
  const { method, tail, decimals } = resolveRankOptions(options);
  const prep = prepare(band, method, valid);
  const column = checkColumn(amounts, "amounts");
  // A linear rank rounded to decimals needs its segment for the exactness guard: the engine.
  const fc = decimals === undefined || method !== "linear" ? fastCurveOf(prep) : null;
  const out = new Float64Array(column.length);
  if (fc !== null) fillRanks(fc, column, tail, out);
  else out.fill(Number.NaN);
  for (let i = 0; i < out.length; i++) {
    const r = out[i] as number;
    if (Number.isNaN(r)) out[i] = slowRank(prep, method, column[i], tail, decimals, i);
    else if (decimals !== undefined) out[i] = roundRank(r, decimals);
  }
  return out;
}

function slowRank(
  prep: Prepared,
  method: PercentileMethod,
  amount: unknown,
  tail: TailPolicy,
  decimals: number | undefined,
  i: number,
) {
  try {
    const x = checkAmount(amount);
    return roundRankResult(method, evaluateRank(prep, x, tail), x, decimals);
  } catch (e) {
    throw atRow(e, ["amounts", i]);
  }
}
