import type { Decimal } from "decimal.js";
import type { MoneyRange } from "../core/range/types.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { Dec, describeValue, MAX_MONEY_MAGNITUDE } from "./decimal.js";
import { type RoundRule, roundDecimal } from "./money-rounding.js";

/** An exact range: two decimals with low <= high. */
export type DecimalRange = readonly [low: Decimal, high: Decimal];

const RANGE_SHAPE = `a finite number or a [low, high] pair of finite numbers with low <= high and magnitudes <= ${MAX_MONEY_MAGNITUDE.toExponential()}`;

function end(value: unknown, name: string, path: readonly PathSegment[]): Decimal {
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    Math.abs(value) > MAX_MONEY_MAGNITUDE
  ) {
    throw new PaybandsError(
      "INVALID_RANGE",
      `${name} must be ${RANGE_SHAPE}; got ${describeValue(value)}`,
      { path },
    );
  }
  return new Dec(value === 0 ? 0 : value);
}

/**
 * Reads a range argument — a number (the degenerate range [x, x]) or a `[low, high]`
 * pair — as exact decimals. Throws INVALID_RANGE with the path of the bad end.
 */
export function toDecimalRange(
  value: unknown,
  name: string,
  path: readonly PathSegment[],
): DecimalRange {
  if (typeof value === "number") {
    const d = end(value, name, path);
    return [d, d];
  }
  if (!Array.isArray(value) || value.length !== 2) {
    throw new PaybandsError(
      "INVALID_RANGE",
      `${name} must be ${RANGE_SHAPE}; got ${describeValue(value)}`,
      { path },
    );
  }
  const low = end(value[0], `${name}[0] (low)`, [...path, 0]);
  const high = end(value[1], `${name}[1] (high)`, [...path, 1]);
  if (low.greaterThan(high)) {
    throw new PaybandsError(
      "INVALID_RANGE",
      `${name} must have low <= high; got [${String(value[0])}, ${String(value[1])}]`,
      { path: [...path, 1] },
    );
  }
  return [low, high];
}

/** Rounds both ends of an exact range once by a rule and freezes the result. */
export function finishRange(range: DecimalRange, rule: RoundRule, what: string): MoneyRange {
  for (const d of range) {
    if (d.abs().greaterThan(MAX_MONEY_MAGNITUDE)) {
      throw new PaybandsError(
        "INVALID_RANGE",
        `${what} reaches ${d.toExponential(6)}, beyond the largest supported magnitude ${MAX_MONEY_MAGNITUDE.toExponential()}`,
        { path: [] },
      );
    }
  }
  return Object.freeze([roundDecimal(range[0], rule), roundDecimal(range[1], rule)] as const);
}

/** The exact product of two ranges (interval arithmetic: the min and max of the four end products). */
export function multiplyDecimalRanges(a: DecimalRange, b: DecimalRange): DecimalRange {
  const products = [a[0].times(b[0]), a[0].times(b[1]), a[1].times(b[0]), a[1].times(b[1])];
  return [Dec.min(...products), Dec.max(...products)];
}
