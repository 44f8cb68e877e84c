import type { Decimal } from "decimal.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { Dec, describeValue } from "./decimal.js";

/** The named vesting schedules and their per-year fractions. */
export const NAMED_SCHEDULES = {
  even: [0.25, 0.25, 0.25, 0.25],
  cliff: [0.25, 0.25, 0.25, 0.25],
  "front-loaded": [0.4, 0.3, 0.2, 0.1],
  "back-loaded": [0.05, 0.15, 0.4, 0.4],
} as const satisfies Record<string, readonly number[]>;

/** A named schedule's id. */
export type ScheduleName = keyof typeof NAMED_SCHEDULES;

const NAMES = Object.keys(NAMED_SCHEDULES) as ScheduleName[];

/** Most years an explicit schedule may have. */
export const MAX_VESTING_YEARS = 10;

/** A validated vesting schedule: its name (`"explicit"` for fractions) and exact per-year fractions. */
export interface Vesting {
  readonly name: ScheduleName | "explicit";
  readonly fractions: readonly Decimal[];
  /** Where the fractions come from, for the trace. */
  readonly source: string;
}

function invalid(message: string, path: readonly PathSegment[]): PaybandsError {
  return new PaybandsError("INVALID_VESTING", message, {
    path,
    validChoices: [...NAMES, "an array of per-year fractions summing to 1"],
  });
}

/**
 * Reads a vesting schedule: one of the names, or an array of 1 to 10 per-year fractions,
 * each a finite number >= 0, that sum to exactly 1 in decimal arithmetic (so
 * `[0.1, 0.2, 0.7]` is accepted although 0.1 + 0.2 + 0.7 is not 1 in floating point).
 * Undefined is `"even"`. Throws INVALID_VESTING at `path`.
 */
export function readVesting(value: unknown, path: readonly PathSegment[]): Vesting {
  if (value === undefined) value = "even";
  if (typeof value === "string") {
    if (!(NAMES as string[]).includes(value)) {
      throw invalid(
        `vesting must be one of ${NAMES.map((n) => `"${n}"`).join(", ")} or an array of per-year fractions; got ${describeValue(value)}`,
        path,
      );
    }
    const name = value as ScheduleName;
    return {
      name,
      fractions: NAMED_SCHEDULES[name].map((f) => new Dec(f)),
      source: `vesting schedule "${name}" (${NAMED_SCHEDULES[name].map((f) => f * 100).join("/")})`,
    };
  }
  if (!Array.isArray(value)) {
    throw invalid(
      `vesting must be one of ${NAMES.map((n) => `"${n}"`).join(", ")} or an array of per-year fractions; got ${describeValue(value)}`,
      path,
    );
  }
  if (value.length === 0 || value.length > MAX_VESTING_YEARS) {
    throw invalid(
      `an explicit vesting schedule needs 1 to ${MAX_VESTING_YEARS} per-year fractions; got ${value.length}`,
      path,
    );
  }
  const fractions = value.map((f: unknown, i) => {
    if (typeof f !== "number" || !Number.isFinite(f) || f < 0 || f > 1) {
      throw invalid(
        `vesting[${i}] must be a fraction from 0 to 1 (0.25 = 25%); got ${describeValue(f)}`,
        [...path, i],
      );
    }
    return new Dec(f === 0 ? 0 : f);
  });
  const sum = fractions.reduce((a, f) => a.plus(f), new Dec(0));
  if (!sum.equals(1)) {
    throw invalid(
      `vesting fractions must sum to exactly 1; [${value.join(", ")}] sums to ${sum.toString()}`,
      path,
    );
  }
  return { name: "explicit", fractions, source: "input (equity.vesting)" };
}
