import type { PercentileMethod, TailPolicy } from "../core/percentile/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import { describeValue } from "./decimal.js";
import { DEFAULT_ROUND_RULE, type RoundRule, resolveRoundOption } from "./money-rounding.js";

const METHODS: readonly PercentileMethod[] = ["log-probit", "pchip", "linear"];
const TAILS: readonly TailPolicy[] = ["extend", "clamp", "pareto", "error"];
const MAX_DECIMALS = 12;

function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(", ");
}

function optionsRecord(options: unknown, valid: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `options must be an object with any of ${quoteList(valid)}; got ${describeValue(options)}`,
      { path: ["options"], validChoices: valid },
    );
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!valid.includes(key)) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `unknown option "${key}": valid options are ${quoteList(valid)}`,
        { path: ["options", key], validChoices: valid },
      );
    }
  }
  return record;
}

function method(value: unknown): PercentileMethod {
  if (value === undefined) return "log-probit";
  if (typeof value === "string" && (METHODS as readonly string[]).includes(value)) {
    return value as PercentileMethod;
  }
  throw new PaybandsError(
    "INVALID_OPTION",
    `method must be one of ${quoteList(METHODS)}; got ${describeValue(value)}`,
    { path: ["options", "method"], validChoices: METHODS },
  );
}

function tail(value: unknown): TailPolicy {
  if (value === undefined) return "extend";
  if (typeof value === "string" && (TAILS as readonly string[]).includes(value)) {
    return value as TailPolicy;
  }
  throw new PaybandsError(
    "INVALID_OPTION",
    `tail must be one of ${quoteList(TAILS)}; got ${describeValue(value)}`,
    { path: ["options", "tail"], validChoices: TAILS },
  );
}

export interface ResolvedInterpolateOptions {
  readonly method: PercentileMethod;
  readonly tail: TailPolicy;
  readonly round: RoundRule;
}

export interface ResolvedRankOptions {
  readonly method: PercentileMethod;
  readonly tail: TailPolicy;
  readonly decimals: number | undefined;
}

const DEFAULT_INTERPOLATE: ResolvedInterpolateOptions = Object.freeze({
  method: "log-probit",
  tail: "extend",
  round: DEFAULT_ROUND_RULE,
});

/** Validates the options of interpolatePercentile / describePercentile. */
export function resolveInterpolateOptions(options: unknown): ResolvedInterpolateOptions {
  // No options is the common scalar call: no record, no allocation.
  if (options === undefined) return DEFAULT_INTERPOLATE;
  const record = optionsRecord(options, ["method", "tail", "round"]);
  return {
    method: method(record.method),
    tail: tail(record.tail),
    round: resolveRoundOption(record.round, ["options", "round"]),
  };
}

/** Validates the options of percentileRank / describeRank. */
export function resolveRankOptions(options: unknown): ResolvedRankOptions {
  const record = optionsRecord(options, ["method", "tail", "decimals"]);
  const decimals = record.decimals;
  if (
    decimals !== undefined &&
    !(
      typeof decimals === "number" &&
      Number.isInteger(decimals) &&
      decimals >= 0 &&
      decimals <= MAX_DECIMALS
    )
  ) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `decimals must be an integer from 0 to ${MAX_DECIMALS}; got ${describeValue(decimals)}`,
      { path: ["options", "decimals"] },
    );
  }
  return { method: method(record.method), tail: tail(record.tail), decimals };
}

/** Checks a percentile: a finite number in the open interval (0, 100). */
export function checkPercentile(p: unknown): number {
  if (typeof p === "number" && p > 0 && p < 100) return p;
  throw new PaybandsError(
    "INVALID_PERCENTILE",
    `p must be a finite number strictly between 0 and 100 (e.g. 25 for p25); got ${describeValue(p)}`,
    { path: ["p"] },
  );
}

/** Checks an amount to rank: a finite number >= 0. */
export function checkAmount(amount: unknown): number {
  if (typeof amount === "number" && Number.isFinite(amount) && amount >= 0) {
    return amount === 0 ? 0 : amount;
  }
  throw new PaybandsError(
    "INVALID_AMOUNT",
    `amount must be a finite number >= 0; got ${describeValue(amount)}`,
    { path: ["amount"] },
  );
}
