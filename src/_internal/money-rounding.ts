import type { Decimal } from "decimal.js";
import type { RoundingMode, RoundOption, RoundStep } from "../core/money/types.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { Dec, describeValue, MAX_MONEY_MAGNITUDE } from "./decimal.js";

/** A validated rounding rule: a step and a mode, or no rounding at all. */
export type RoundRule = { readonly step: RoundStep; readonly mode: RoundingMode } | "none";

/** The default rule: half-even to the whole unit (dollar). */
export const DEFAULT_ROUND_RULE: RoundRule = Object.freeze({ step: 1, mode: "half-even" });

const STEPS: readonly number[] = [1, 100, 1000];
const MODES: readonly string[] = ["half-even", "half-up", "up", "down"];
const ROUND_CHOICES =
  '1, 100, 1000, "none" or { step: 1 | 100 | 1000, mode: "half-even" | "half-up" | "up" | "down" }';

const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  "half-even": Dec.ROUND_HALF_EVEN,
  "half-up": Dec.ROUND_HALF_UP,
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
};

function isStep(value: unknown): value is RoundStep {
  return typeof value === "number" && STEPS.includes(value);
}

/**
 * Validates a {@link RoundOption} (undefined means the default, half-even to the unit) and
 * returns it as a rule. Throws INVALID_OPTION naming the valid choices.
 */
export function resolveRoundOption(value: unknown, path: readonly PathSegment[]): RoundRule {
  if (value === undefined) return DEFAULT_ROUND_RULE;
  if (value === "none") return "none";
  if (isStep(value)) return value === 1 ? DEFAULT_ROUND_RULE : { step: value, mode: "half-even" };
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key !== "step" && key !== "mode") {
        throw new PaybandsError(
          "INVALID_OPTION",
          `round has an unknown key "${key}": a rounding rule is { step, mode } with step one of 1, 100, 1000 and mode one of "half-even", "half-up", "up", "down"`,
          { path: [...path, key], validChoices: ["step", "mode"] },
        );
      }
    }
    if (!isStep(record.step)) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `round.step must be one of 1, 100, 1000; got ${describeValue(record.step)}`,
        { path: [...path, "step"], validChoices: ["1", "100", "1000"] },
      );
    }
    const mode = record.mode;
    if (typeof mode !== "string" || !MODES.includes(mode)) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `round.mode must be one of "half-even", "half-up", "up", "down"; got ${describeValue(mode)}`,
        { path: [...path, "mode"], validChoices: [...MODES] },
      );
    }
    return { step: record.step, mode: mode as RoundingMode };
  }
  throw new PaybandsError(
    "INVALID_OPTION",
    `round must be one of ${ROUND_CHOICES}; got ${describeValue(value)}`,
    { path, validChoices: ["1", "100", "1000", "none", "{ step, mode }"] },
  );
}

/**
 * Rounds a finite float with |x| <= 1e15 by a rule, exactly: the result is the rounding
 * of the float's exact binary value, which is also the rounding of its shortest decimal
 * representation (every tie n·step + step/2 is itself representable, so the two cannot
 * fall on different sides of it). `-0` becomes `0`.
 */
export function roundFloat(x: number, rule: RoundRule): number {
  if (rule === "none") return x === 0 ? 0 : x;
  const { step, mode } = rule;
  const negative = x < 0;
  const a = Math.abs(x);
  let q = Math.floor(a / step);
  let low = q * step;
  // a / step is rounded, so q can be one off either way: fix it with exact comparisons.
  if (low > a) {
    q -= 1;
    low = q * step;
  } else if (low + step <= a) {
    q += 1;
    low = q * step;
  }
  const rest = a - low; // exact: low is 0 or above a/2 (Sterbenz)
  const half = step / 2;
  let up: boolean;
  switch (mode) {
    case "down":
      up = false;
      break;
    case "up":
      up = rest > 0;
      break;
    case "half-up":
      up = rest >= half;
      break;
    default:
      up = rest > half || (rest === half && q % 2 === 1);
  }
  const r = up ? low + step : low;
  return negative && r !== 0 ? -r : r;
}

/**
 * The rounding boundary nearest to x under a rule: for the half modes the tie
 * n·step + step/2 nearest to x, for up/down the multiple of the step nearest to x. Every
 * boundary below 10^15 is a double, exactly.
 */
export function nearestBoundary(
  x: number,
  rule: { readonly step: number; readonly mode: RoundingMode },
): number {
  const { step, mode } = rule;
  return mode === "half-even" || mode === "half-up"
    ? (Math.round(x / step - 0.5) + 0.5) * step
    : Math.round(x / step) * step;
}

/** Rounds an exact decimal by a rule and returns a plain number (`-0` becomes `0`). */
export function roundDecimal(d: Decimal, rule: RoundRule): number {
  if (rule === "none") {
    const n = d.toNumber();
    return n === 0 ? 0 : n;
  }
  const rm = DECIMAL_MODE[rule.mode];
  const rounded =
    rule.step === 1
      ? d.toDecimalPlaces(0, rm)
      : d.dividedBy(rule.step).toDecimalPlaces(0, rm).times(rule.step);
  const n = rounded.toNumber();
  return n === 0 ? 0 : n;
}

/**
 * Checks that an exact result is within the money bound (|x| <= 1e15), then rounds it
 * once by the rule. Throws INVALID_AMOUNT naming the operation otherwise.
 */
export function finishMoney(d: Decimal, rule: RoundRule, what: string): number {
  if (d.abs().greaterThan(MAX_MONEY_MAGNITUDE)) {
    throw new PaybandsError(
      "INVALID_AMOUNT",
      `${what} is ${d.toExponential(6)}, beyond the largest supported magnitude ${MAX_MONEY_MAGNITUDE.toExponential()}`,
      { path: [] },
    );
  }
  return roundDecimal(d, rule);
}
