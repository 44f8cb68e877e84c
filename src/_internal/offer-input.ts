import type { Decimal } from "decimal.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { describeValue, toDecimal } from "./decimal.js";
import { readVesting, type Vesting } from "./vesting.js";

/** Largest target bonus accepted, as a fraction of base (2 = 200%). */
export const MAX_BONUS_PERCENT = 2;

/** An offer, validated, with exact amounts. */
export interface ParsedOffer {
  readonly base: Decimal;
  readonly bonus:
    | { readonly kind: "percent"; readonly percent: Decimal }
    | { readonly kind: "amount"; readonly amount: Decimal }
    | undefined;
  readonly equity:
    | { readonly kind: "grant"; readonly grant: Decimal }
    | { readonly kind: "shares"; readonly shares: Decimal; readonly price: Decimal }
    | undefined;
  /** The equity's schedule (default even), also used by refreshers. */
  readonly vesting: Vesting;
  readonly signOn: Decimal | undefined;
  readonly refresher: Decimal | undefined;
}

/** The keys of an offer. */
export const OFFER_KEYS = ["base", "bonus", "equity", "signOn", "refreshers"] as const;

/** Dotted form of a path, for messages: `target.equity.vesting`. */
export function dotted(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/**
 * Reads a plain object whose keys must all be in `allowed`; anything else throws
 * INVALID_INPUT naming the valid keys (a misspelt field must not be silently ignored).
 */
export function readFields<K extends string>(
  value: unknown,
  allowed: readonly K[],
  what: string,
  path: readonly PathSegment[],
): Partial<Record<K, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `${what} must be an object with ${allowed.join(", ")}; got ${describeValue(value)}`,
      { path, validChoices: [...allowed] },
    );
  }
  for (const key of Object.keys(value)) {
    if (!(allowed as readonly string[]).includes(key)) {
      throw new PaybandsError(
        "INVALID_INPUT",
        `${what} has an unknown key "${key}"; valid keys: ${allowed.join(", ")}`,
        { path: [...path, key], validChoices: [...allowed] },
      );
    }
  }
  return value as Partial<Record<K, unknown>>;
}

/**
 * Reads an amount of money given as a number: finite, >= 0, magnitude <= 1e15.
 * Strings, NaN, Infinity and negatives throw INVALID_AMOUNT at `path`.
 */
export function readMoney(value: unknown, path: readonly PathSegment[]): Decimal {
  const name = dotted(path);
  if (typeof value !== "number") {
    throw new PaybandsError(
      "INVALID_AMOUNT",
      `${name} must be a finite number >= 0 (an amount of money); got ${describeValue(value)}`,
      { path },
    );
  }
  return toDecimal(value, { name, path, code: "INVALID_AMOUNT", nonNegative: true });
}

/** Reads a count (of shares): a finite number >= 0, magnitude <= 1e15. */
export function readCount(value: unknown, path: readonly PathSegment[]): Decimal {
  const name = dotted(path);
  if (typeof value !== "number") {
    throw new PaybandsError(
      "INVALID_INPUT",
      `${name} must be a finite number >= 0; got ${describeValue(value)}`,
      { path },
    );
  }
  return toDecimal(value, { name, path, code: "INVALID_INPUT", nonNegative: true });
}

function readBonus(value: unknown, path: readonly PathSegment[]): ParsedOffer["bonus"] {
  if (value === undefined) return undefined;
  const o = readFields(value, ["percent", "amount"], dotted(path), path);
  if ((o.percent === undefined) === (o.amount === undefined)) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `${dotted(path)} must be { percent } (a fraction of base: 0.15 = 15%) or { amount }, not both or neither`,
      { path, validChoices: ["percent", "amount"] },
    );
  }
  if (o.amount !== undefined)
    return { kind: "amount", amount: readMoney(o.amount, [...path, "amount"]) };
  const p = o.percent;
  const pPath = [...path, "percent"];
  if (typeof p !== "number" || !Number.isFinite(p) || p < 0 || p > MAX_BONUS_PERCENT) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `${dotted(pPath)} must be a fraction of base from 0 to ${MAX_BONUS_PERCENT} (0.15 = 15%); got ${describeValue(p)}`,
      { path: pPath },
    );
  }
  return {
    kind: "percent",
    percent: toDecimal(p, { name: dotted(pPath), path: pPath, code: "INVALID_INPUT" }),
  };
}

function readEquity(
  value: unknown,
  path: readonly PathSegment[],
): { equity: ParsedOffer["equity"]; vesting: Vesting } {
  if (value === undefined) return { equity: undefined, vesting: readVesting(undefined, path) };
  const o = readFields(value, ["grant", "shares", "price", "vesting"], dotted(path), path);
  const byShares = o.shares !== undefined || o.price !== undefined;
  if ((o.grant !== undefined) === byShares) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `${dotted(path)} must be { grant } (the grant's value) or { shares, price }, not both or neither`,
      { path, validChoices: ["grant", "shares", "price"] },
    );
  }
  const equity: ParsedOffer["equity"] =
    o.grant !== undefined
      ? { kind: "grant", grant: readMoney(o.grant, [...path, "grant"]) }
      : {
          kind: "shares",
          shares: readCount(o.shares, [...path, "shares"]),
          price: readMoney(o.price, [...path, "price"]),
        };
  return { equity, vesting: readVesting(o.vesting, [...path, "vesting"]) };
}

/**
 * Validates an offer (by hand: core has no zod at run time). `path` is where the offer
 * sits in the caller's arguments (`[]` for evaluateOffer, `["target"]` for applyLevers).
 */
export function readOffer(value: unknown, path: readonly PathSegment[]): ParsedOffer {
  const what = path.length === 0 ? "offer" : dotted(path);
  const o = readFields(value, OFFER_KEYS, what, path);
  const base = readMoney(o.base, [...path, "base"]);
  const bonus = readBonus(o.bonus, [...path, "bonus"]);
  const { equity, vesting } = readEquity(o.equity, [...path, "equity"]);
  const signOn = o.signOn === undefined ? undefined : readMoney(o.signOn, [...path, "signOn"]);
  let refresher: Decimal | undefined;
  if (o.refreshers !== undefined) {
    const r = readFields(o.refreshers, ["annual"], dotted([...path, "refreshers"]), [
      ...path,
      "refreshers",
    ]);
    refresher = readMoney(r.annual, [...path, "refreshers", "annual"]);
  }
  return { base, bonus, equity, vesting, signOn, refresher };
}
