import { Decimal } from "decimal.js";
import { PaybandsError } from "../errors/paybands-error.js";

/**
 * The library's private decimal constructor: 40 significant digits, half-even, built
 * from decimal.js's defaults (`defaults: true`) so a host application that calls
 * `Decimal.set` on its own copy cannot change our arithmetic. Never exported publicly:
 * public results are plain numbers.
 */
export const Dec = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An instance of {@link Dec}. */
export type Dec = Decimal;

/**
 * The largest magnitude accepted as an amount of money: 10^15, well below 2^53, so every
 * whole-unit result is an exactly representable number.
 */
export const MAX_MONEY_MAGNITUDE = 1e15;

/** Most significant digits accepted in a decimal string (so products of two stay exact in 40 digits). */
export const MAX_STRING_DIGITS = 20;

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?$/;

/** Significant digits of a validated decimal string (leading and trailing zeros excluded). */
function significantDigits(s: string): number {
  const mantissa = s
    .replace(/^[+-]/, "")
    .replace(/[eE].*$/, "")
    .replace(".", "");
  const trimmed = mantissa.replace(/^0+/, "").replace(/0+$/, "");
  return trimmed.length;
}

function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return String(value);
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

/** Options for {@link toDecimal}. */
export interface ToDecimalOptions {
  /** Field name for messages, e.g. "amount". */
  readonly name: string;
  /** Path of the value, for the error. */
  readonly path: readonly (string | number)[];
  /** Error code to throw (INVALID_AMOUNT for money, INVALID_RANGE for range ends...). */
  readonly code: "INVALID_AMOUNT" | "INVALID_RANGE" | "INVALID_INPUT";
  /** Reject values below zero. */
  readonly nonNegative?: boolean;
  /** Largest accepted magnitude (default {@link MAX_MONEY_MAGNITUDE}). */
  readonly maxMagnitude?: number;
}

/**
 * Converts a finite number or a decimal string to an exact {@link Dec}. A number is read
 * as its shortest round-tripping decimal representation (`1.005` is exactly 1.005), which
 * is what a person typed. Anything else throws a PaybandsError naming what is accepted.
 */
export function toDecimal(value: unknown, options: ToDecimalOptions): Dec {
  const max = options.maxMagnitude ?? MAX_MONEY_MAGNITUDE;
  const accepted = `a finite number or a decimal string (e.g. 1234.56 or "1234.56")${
    options.nonNegative ? " that is >= 0" : ""
  } with magnitude <= ${max.toExponential()}`;
  let d: Dec;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new PaybandsError(
        options.code,
        `${options.name} must be ${accepted}; got ${describeValue(value)}`,
        { path: options.path },
      );
    }
    d = new Dec(value);
  } else if (typeof value === "string") {
    const s = value.trim();
    if (!DECIMAL_STRING.test(s) || significantDigits(s) > MAX_STRING_DIGITS) {
      throw new PaybandsError(
        options.code,
        `${options.name} must be ${accepted} and at most ${MAX_STRING_DIGITS} significant digits; got ${describeValue(value)}`,
        { path: options.path },
      );
    }
    d = new Dec(s);
  } else {
    throw new PaybandsError(
      options.code,
      `${options.name} must be ${accepted}; got ${describeValue(value)}`,
      { path: options.path },
    );
  }
  if (d.abs().greaterThan(max)) {
    throw new PaybandsError(
      options.code,
      `${options.name} must be ${accepted}; got ${describeValue(value)}`,
      { path: options.path },
    );
  }
  if (options.nonNegative && d.isNegative() && !d.isZero()) {
    throw new PaybandsError(
      options.code,
      `${options.name} must be ${accepted}; got ${describeValue(value)}`,
      { path: options.path },
    );
  }
  return d.isZero() ? new Dec(0) : d;
}

/** A short description of an unexpected value for error messages. */
export { describeValue };
