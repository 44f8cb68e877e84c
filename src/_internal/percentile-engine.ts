import type { TailPolicy } from "../core/percentile/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import {
  type Curve,
  type CurveValue,
  extendRank,
  extendValue,
  insidePercentiles,
  type Knot,
  type Method,
  makeCurve,
  paretoAlpha,
  paretoRank,
  paretoValue,
  rankWithin,
  valueWithin,
} from "./percentile-curve.js";
import { formatMoneyText, formatPercentileText } from "./percentile-format.js";
import type { ValidBand } from "./validate-band.js";

// The percentile engine: a validated band, a method and a tail policy in; a value (or a
// rank) and where it came from out. Censoring: the value at or below the top uncensored
// anchor comes from the uncensored anchors alone; above it, from the uncensored anchors
// plus the first censored anchor taken at its top-code (and flagged as a bound). See
// docs/methodology.md.

/** Where a value or rank came from. */
export type Source =
  | { readonly kind: "anchor"; readonly anchor: Knot; readonly from: Knot; readonly to: Knot }
  | { readonly kind: "between"; readonly from: Knot; readonly to: Knot }
  | { readonly kind: "topcoded"; readonly from: Knot; readonly to: Knot }
  | {
      readonly kind: "tail";
      readonly side: "below" | "above";
      readonly anchor: Knot;
      readonly rule: "extend" | "pareto" | "clamp";
      /** The two knots the tail is fitted to (the end segment). */
      readonly via: readonly [Knot, Knot];
      readonly alpha?: number;
    };

export interface Prepared {
  readonly method: Method;
  /** Curve through the uncensored anchors. */
  readonly lower: Curve;
  /** Curve through the uncensored anchors and the first censored one (if any is censored). */
  readonly upper: Curve | undefined;
  /** The top uncensored anchor. */
  readonly top: Knot;
  /** The censored anchors (all at one top-code amount), in order. */
  readonly censored: readonly Knot[];
  readonly first: Knot;
  readonly last: Knot;
}

export interface ValueResult {
  readonly value: CurveValue;
  readonly extrapolated: boolean;
  /** Depends on a censored anchor (a lower bound for values, an upper bound for ranks). */
  readonly bound: boolean;
  readonly source: Source;
}

export interface RankResult {
  readonly p: number;
  readonly extrapolated: boolean;
  readonly bound: boolean;
  readonly source: Source;
}

/** Prepares a validated band for one method. */
export function prepareBand(band: ValidBand, method: Method): Prepared {
  const knots: Knot[] = band.anchors.map((a) => ({ p: a.p, amount: a.amount }));
  const uncensored = knots.slice(0, band.uncensored);
  const censored = knots.slice(band.uncensored);
  const firstCensored = censored[0];
  return {
    method,
    lower: makeCurve(method, uncensored),
    upper: firstCensored ? makeCurve(method, [...uncensored, firstCensored]) : undefined,
    top: uncensored[uncensored.length - 1]!,
    censored,
    first: knots[0]!,
    last: knots[knots.length - 1]!,
  };
}

function endSegment(curve: Curve, side: "below" | "above"): readonly [Knot, Knot] {
  const k = curve.knots;
  return side === "below" ? [k[0]!, k[1]!] : [k[k.length - 2]!, k[k.length - 1]!];
}

function rangeText(prep: Prepared): string {
  return `${formatPercentileText(prep.first.p)}–${formatPercentileText(prep.last.p)}`;
}

function amountRangeText(prep: Prepared): string {
  return `${formatMoneyText(prep.first.amount)}–${formatMoneyText(prep.last.amount)}`;
}

function within(curve: Curve, p: number, bound: boolean): ValueResult {
  const { value, segment } = valueWithin(curve, p);
  const from = curve.knots[segment]!;
  const to = curve.knots[segment + 1]!;
  const anchor = p === from.p ? from : p === to.p ? to : undefined;
  return {
    value,
    extrapolated: false,
    bound,
    source: anchor ? { kind: "anchor", anchor, from, to } : { kind: "between", from, to },
  };
}

function beyond(
  prep: Prepared,
  curve: Curve,
  p: number,
  side: "below" | "above",
  tail: TailPolicy,
  bound: boolean,
): ValueResult {
  const via = endSegment(curve, side);
  const anchor = side === "below" ? via[0] : via[1];
  if (tail === "error") {
    throw new PaybandsError(
      "PERCENTILE_OUT_OF_RANGE",
      `p${p} is outside the band's anchors (${rangeText(prep)}) and the tail policy is "error"; use tail "extend", "clamp" or "pareto" to go beyond the anchors`,
      { path: ["p"], validChoices: ["extend", "clamp", "pareto", "error"] },
    );
  }
  if (tail === "clamp") {
    const clampTo = side === "above" ? prep.last : anchor;
    return {
      value: { raw: clampTo.amount },
      extrapolated: true,
      bound,
      source: { kind: "tail", side, anchor: clampTo, rule: "clamp", via },
    };
  }
  if (tail === "pareto" && side === "above") {
    return {
      value: paretoValue(curve, p),
      extrapolated: true,
      bound,
      source: { kind: "tail", side, anchor, rule: "pareto", via, alpha: paretoAlpha(curve) },
    };
  }
  return {
    value: extendValue(curve, p, side),
    extrapolated: true,
    bound,
    source: { kind: "tail", side, anchor, rule: "extend", via },
  };
}

/** The value at percentile p (0 < p < 100, validated by the caller). */
export function evaluateValue(prep: Prepared, p: number, tail: TailPolicy): ValueResult {
  const { lower, upper, top, censored } = prep;
  if (upper === undefined || p <= top.p) {
    if (p < lower.knots[0]!.p) return beyond(prep, lower, p, "below", tail, false);
    if (upper === undefined && p > top.p) return beyond(prep, lower, p, "above", tail, false);
    return within(lower, p, false);
  }
  // Above the top uncensored anchor of a censored band: a lower bound.
  const firstCensored = censored[0]!;
  if (p <= firstCensored.p) return within(upper, p, true);
  if (p <= prep.last.p && (tail === "clamp" || tail === "error")) {
    // Between censored anchors the data say only "at least the top-code".
    let i = 0;
    while (censored[i + 1]!.p < p) i++;
    return {
      value: { raw: firstCensored.amount },
      extrapolated: false,
      bound: true,
      source: { kind: "topcoded", from: censored[i]!, to: censored[i + 1]! },
    };
  }
  return beyond(prep, upper, p, "above", tail, true);
}

function rankBeyond(
  prep: Prepared,
  curve: Curve,
  x: number,
  side: "below" | "above",
  tail: TailPolicy,
  bound: boolean,
): RankResult {
  const via = endSegment(curve, side);
  const anchor = side === "below" ? via[0] : via[1];
  if (tail === "error") {
    throw new PaybandsError(
      "AMOUNT_OUT_OF_RANGE",
      `${formatMoneyText(x)} is outside the band's anchors (${amountRangeText(prep)}, ${rangeText(prep)}) and the tail policy is "error"; use tail "extend", "clamp" or "pareto" to go beyond the anchors`,
      { path: ["amount"], validChoices: ["extend", "clamp", "pareto", "error"] },
    );
  }
  if (tail === "clamp") {
    const clampTo = side === "above" ? prep.last : anchor;
    return {
      p: clampTo.p,
      extrapolated: true,
      bound,
      source: { kind: "tail", side, anchor: clampTo, rule: "clamp", via },
    };
  }
  if (tail === "pareto" && side === "above") {
    return {
      p: insidePercentiles(paretoRank(curve, x)),
      extrapolated: true,
      bound,
      source: { kind: "tail", side, anchor, rule: "pareto", via, alpha: paretoAlpha(curve) },
    };
  }
  return {
    p: insidePercentiles(extendRank(curve, x, side)),
    extrapolated: true,
    bound,
    source: { kind: "tail", side, anchor, rule: "extend", via },
  };
}

function rankIn(curve: Curve, x: number, bound: boolean): RankResult {
  const { p, segment } = rankWithin(curve, x);
  const from = curve.knots[segment]!;
  const to = curve.knots[segment + 1]!;
  const anchor = x === from.amount ? from : x === to.amount ? to : undefined;
  return {
    p,
    extrapolated: false,
    bound,
    source: anchor ? { kind: "anchor", anchor, from, to } : { kind: "between", from, to },
  };
}

/** The percentile of amount x (finite, >= 0, validated by the caller), strictly inside (0, 100). */
export function evaluateRank(prep: Prepared, x: number, tail: TailPolicy): RankResult {
  const { lower, upper, top } = prep;
  if (upper === undefined || x <= top.amount) {
    if (x < lower.knots[0]!.amount) return rankBeyond(prep, lower, x, "below", tail, false);
    if (upper === undefined && x > top.amount)
      return rankBeyond(prep, lower, x, "above", tail, false);
    return rankIn(lower, x, false);
  }
  const topCode = prep.censored[0]!.amount;
  if (x <= topCode) return rankIn(upper, x, true);
  return rankBeyond(prep, upper, x, "above", tail, true);
}
