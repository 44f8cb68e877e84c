import type { Decimal } from "decimal.js";
import type { RoundingMode } from "../core/money/types.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { Dec, describeValue, toDecimal } from "./decimal.js";
import {
  compactScale,
  currencyDigits,
  type ExactNumberFormat,
  MAX_EXPONENT,
  numberFormat,
  readCurrency,
  readLocale,
} from "./format-intl.js";
import { type RoundRule, resolveRoundOption, roundDecimal } from "./money-rounding.js";
import { readOptions } from "./options.js";

/** The validated options of formatMoney / formatRange. */
export interface MoneyPlan {
  readonly locale: string;
  readonly currency: string;
  readonly rule: RoundRule;
  /** `false`, or the compact form with its decimals (undefined: the default rule). */
  readonly compact: false | { readonly decimals: number | undefined };
}

/**
 * An amount rounded for display: its exact decimal string and the fraction digits Intl
 * must show so that it prints exactly that value (and so never rounds it again).
 */
export interface DisplayAmount {
  readonly value: string;
  readonly minDigits: number;
  readonly maxDigits: number;
}

const MONEY_KEYS = ["currency", "locale", "compact", "round"] as const;
/** Most decimals a compact figure may show ("$258.347K" is already more than anyone reads). */
export const MAX_COMPACT_DECIMALS = 3;

const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  "half-even": Dec.ROUND_HALF_EVEN,
  "half-up": Dec.ROUND_HALF_UP,
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
};

function readCompact(value: unknown, path: readonly PathSegment[]): MoneyPlan["compact"] {
  if (value === undefined || value === false) return false;
  if (value === true) return { decimals: undefined };
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const { decimals } = readOptions(value, ["decimals"], "compact", path);
    if (
      typeof decimals === "number" &&
      Number.isInteger(decimals) &&
      decimals >= 0 &&
      decimals <= MAX_COMPACT_DECIMALS
    ) {
      return { decimals };
    }
    throw new PaybandsError(
      "INVALID_OPTION",
      `compact.decimals must be an integer from 0 to ${MAX_COMPACT_DECIMALS}; got ${describeValue(decimals)}`,
      { path: [...path, "decimals"], validChoices: ["0", "1", "2", "3"] },
    );
  }
  throw new PaybandsError(
    "INVALID_OPTION",
    `compact must be true, false or { decimals: 0 | 1 | 2 | 3 }; got ${describeValue(value)}`,
    { path, validChoices: ["true", "false", "{ decimals }"] },
  );
}

/** Reads and validates the options of formatMoney / formatRange (unknown keys throw). */
export function readMoneyOptions(options: unknown): MoneyPlan {
  const o = readOptions(options, MONEY_KEYS, "options");
  return {
    currency: readCurrency(o.currency ?? "USD", ["currency"]),
    locale: readLocale(o.locale ?? "en-US", ["locale"]),
    rule: resolveRoundOption(o.round, ["round"]),
    compact: readCompact(o.compact, ["compact"]),
  };
}

/** An amount as an exact decimal: a finite number or decimal string with |x| <= 10^15. */
export function readAmount(
  value: unknown,
  name: string,
  path: readonly PathSegment[],
  code: "INVALID_AMOUNT" | "INVALID_RANGE" = "INVALID_AMOUNT",
): Dec {
  return toDecimal(value, { name, path, code });
}

const TEN = new Dec(10);

function exact(d: Dec, digits: number): DisplayAmount {
  return { value: d.isZero() ? "0" : d.toFixed(), minDigits: digits, maxDigits: digits };
}

/**
 * Rounds an amount once, for display:
 * - standard form, a step rule: by the rule (half-even to the dollar by default), shown
 *   with no fraction digits;
 * - standard form, `"none"`: half-even to the currency's minor unit (cents), shown with
 *   exactly that many fraction digits;
 * - compact form: straight from the exact amount to the displayed precision (or to the
 *   rule's step if that is coarser), by the rule's mode — never to the dollar first and
 *   then to thousands, which would round twice (258,500.4 → 258,500 → "258K" instead of
 *   "259K").
 */
export function roundForDisplay(amount: Dec, plan: MoneyPlan): DisplayAmount {
  const { rule, compact } = plan;
  if (compact === false) {
    if (rule === "none") {
      const digits = currencyDigits(plan.locale, plan.currency);
      return exact(amount.toDecimalPlaces(digits, Dec.ROUND_HALF_EVEN), digits);
    }
    return exact(new Dec(roundDecimal(amount, rule)), 0);
  }
  if (amount.isZero()) return exact(amount, 0);
  const scale = compactScale(plan.locale, plan.currency);
  const k = Math.min(amount.e, MAX_EXPONENT);
  const s = scale[k] ?? 0;
  // The default precision is Intl's own for compact notation: two significant digits
  // when the scaled figure has one integer digit ("$9.5K", "$1.3M"), else whole units
  // of the scale ("$258K"). Never finer than one unit of the currency.
  const wanted = compact.decimals ?? (k - s + 1 >= 2 ? 0 : 1);
  const decimals = Math.min(wanted, s);
  let step = TEN.pow(s - decimals);
  let mode: RoundingMode = "half-even";
  if (rule !== "none") {
    mode = rule.mode;
    if (step.lessThan(rule.step)) step = new Dec(rule.step);
  }
  const rounded = amount.dividedBy(step).toDecimalPlaces(0, DECIMAL_MODE[mode]).times(step);
  if (rounded.isZero()) return exact(rounded, 0);
  // Rounding may carry into the next power of ten (999,600 → 1,000,000 = "$1M"), shown
  // at that power's scale; the carried value is a round number there, so still exact.
  const s2 = scale[Math.min(rounded.e, MAX_EXPONENT)] ?? 0;
  const digits = rounded.dividedBy(TEN.pow(s2)).decimalPlaces();
  return { value: rounded.toFixed(), minDigits: 0, maxDigits: digits };
}

/** The cached formatter that prints display amounts of a plan with these digits. */
export function moneyFormatter(
  plan: MoneyPlan,
  minDigits: number,
  maxDigits: number,
): ExactNumberFormat {
  return numberFormat(plan.locale, {
    style: "currency",
    currency: plan.currency,
    notation: plan.compact === false ? "standard" : "compact",
    minimumFractionDigits: minDigits,
    maximumFractionDigits: maxDigits,
  });
}
