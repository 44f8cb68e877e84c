import type { DatasetAge, StalenessOptions } from "../core/staleness/types.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import { describeValue } from "./decimal.js";

/** Data older than this many months is stale unless the caller says otherwise. */
export const DEFAULT_STALE_AFTER_MONTHS = 18;
const MAX_STALE_AFTER_MONTHS = 1200;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A UTC calendar date. */
interface Day {
  readonly y: number;
  /** 0..11 */
  readonly m: number;
  readonly d: number;
}

const dayNumber = (x: Day): number => Date.UTC(x.y, x.m, x.d) / DAY_MS;
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const format = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m + 1)}-${pad(x.d)}`;
const compare = (a: Day, b: Day): number => dayNumber(a) - dayNumber(b);

/** `x` plus `n` calendar months, the day clamped to the last day of the target month. */
function addMonths(x: Day, n: number): Day {
  const total = x.y * 12 + x.m + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** Whole months from `a` to `b`, for `a <= b`. */
function wholeMonths(a: Day, b: Day): number {
  let n = (b.y - a.y) * 12 + (b.m - a.m);
  if (compare(addMonths(a, n), b) > 0) n -= 1;
  return n;
}

function fromDate(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

/** Reads `now`: a valid Date or an ISO date(-time) string; undefined is the current time. */
function readNow(value: unknown, path: readonly PathSegment[]): Day {
  if (value === undefined) return fromDate(new Date());
  if (value instanceof Date && !Number.isNaN(value.getTime())) return fromDate(value);
  if (typeof value === "string" && ISO_DATE.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return fromDate(date);
  }
  throw new PaybandsError(
    "INVALID_OPTION",
    `now must be a valid Date or an ISO date string such as "2027-08-01"; got ${describeValue(value)}`,
    { path },
  );
}

function readLimit(value: unknown, path: readonly PathSegment[]): number {
  if (value === undefined) return DEFAULT_STALE_AFTER_MONTHS;
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_STALE_AFTER_MONTHS
  ) {
    // -0 passes the checks above; a result never carries it.
    return value === 0 ? 0 : value;
  }
  throw new PaybandsError(
    "INVALID_OPTION",
    `staleAfterMonths must be a whole number from 0 to ${MAX_STALE_AFTER_MONTHS}; got ${describeValue(value)}`,
    { path },
  );
}

function effectiveDay(dataset: Dataset): Day {
  const match = ISO_DATE.exec(dataset.effectiveDate);
  if (!match) {
    throw new PaybandsError(
      "INVALID_DATASET",
      `the dataset's effectiveDate must be an ISO date (YYYY-MM-DD); got ${describeValue(dataset.effectiveDate)}`,
      { path: ["effectiveDate"] },
    );
  }
  return { y: Number(match[1]), m: Number(match[2]) - 1, d: Number(match[3]) };
}

/**
 * The age of `dataset` at `now` (default: the current time) with a staleness limit.
 * `paths` name the options in errors (`["now"]`, or `[2]` for a positional argument).
 */
export function computeDatasetAge(
  dataset: Dataset,
  now: unknown,
  staleAfterMonths: unknown,
  paths: {
    readonly now: readonly PathSegment[];
    readonly staleAfterMonths: readonly PathSegment[];
  },
): DatasetAge {
  const limitMonths = readLimit(staleAfterMonths, paths.staleAfterMonths);
  const today = readNow(now, paths.now);
  const effective = effectiveDay(dataset);
  const days = dayNumber(today) - dayNumber(effective);
  // `0 - n`, not `-n`: an age of minus zero months would print as 0 but fail Object.is.
  const months = days >= 0 ? wholeMonths(effective, today) : 0 - wholeMonths(today, effective);
  return Object.freeze({
    effectiveDate: format(effective),
    now: format(today),
    days,
    months,
    stale: compare(today, addMonths(effective, limitMonths)) > 0,
    limitMonths,
  });
}

/**
 * The `warnings` of a domain result: one sentence when the dataset is older than the
 * staleness limit, else none. Reads `now` and `staleAfterMonths` from the function's
 * (already key-checked) input or options.
 */
export function stalenessWarnings(
  dataset: Dataset,
  options: Readonly<StalenessOptions> | Partial<Record<keyof StalenessOptions, unknown>>,
): readonly string[] {
  // The common call passes neither option: its answer changes only when the UTC day
  // does, so it is kept per frozen dataset for the day (a date computation and two
  // allocations on every estimate otherwise).
  const cacheable =
    options.now === undefined && options.staleAfterMonths === undefined && Object.isFrozen(dataset);
  const today = cacheable ? Math.floor(Date.now() / DAY_MS) : Number.NaN;
  if (cacheable) {
    const hit = todaysWarnings.get(dataset);
    if (hit !== undefined && hit.day === today) return hit.warnings;
  }
  const age = computeDatasetAge(dataset, options.now, options.staleAfterMonths, {
    now: ["now"],
    staleAfterMonths: ["staleAfterMonths"],
  });
  const warnings: readonly string[] = Object.freeze(
    age.stale
      ? [
          `The dataset ${dataset.id}@${dataset.version} is effective ${age.effectiveDate}, ${age.months} months before ${age.now}: older than the ${age.limitMonths}-month staleness limit. Check listDatasets() for a newer version, or pass staleAfterMonths to change the limit.`,
        ]
      : [],
  );
  if (cacheable) todaysWarnings.set(dataset, { day: today, warnings });
  return warnings;
}

const todaysWarnings = new WeakMap<Dataset, { day: number; warnings: readonly string[] }>();
