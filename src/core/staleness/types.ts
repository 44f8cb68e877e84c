/**
 * When the data counts as stale, for {@link datasetAge} and for the `warnings` of the
 * domain results (`estimateCompensation`, `evaluateOffer`, `applyLevers`,
 * `projectCareer`, `adjustForMetro`), which take these two keys in their input or
 * options.
 *
 * @example
 * ```ts
 * import { estimateCompensation } from "paybands";
 * estimateCompensation({ level: "senior", now: "2027-08-01" }).warnings.length;
 * //=> 1
 * estimateCompensation({ level: "senior", now: "2027-08-01", staleAfterMonths: 24 }).warnings;
 * //=> []
 * ```
 *
 * @category Data
 */
export interface StalenessOptions {
  /**
   * The date to measure the age at: a `Date` or an ISO date string (`"2027-08-01"`,
   * `"2027-08-01T09:30:00Z"`). Default: the current time. Only its UTC calendar date
   * counts.
   */
  readonly now?: Date | string;
  /**
   * Data older than this many whole months is stale (default 18): a whole number from 0
   * to 1200.
   */
  readonly staleAfterMonths?: number;
}

/**
 * How old a dataset is, from {@link datasetAge}. Ages are counted on UTC calendar
 * dates: a month is complete on the same day of a later month (or on that month's last
 * day, when it is shorter).
 *
 * @example
 * ```ts
 * import { datasetAge } from "paybands";
 * datasetAge("2026-11-28");
 * //=> {
 * //   effectiveDate: "2026-01-01",
 * //   now: "2026-11-28",
 * //   days: 331,
 * //   months: 10,
 * //   stale: false,
 * //   limitMonths: 18,
 * // }
 * ```
 *
 * @category Data
 */
export interface DatasetAge {
  /** The dataset's effective date, `YYYY-MM-DD`. */
  readonly effectiveDate: string;
  /** The UTC date the age is measured at, `YYYY-MM-DD`. */
  readonly now: string;
  /** Days from the effective date to `now` (negative when `now` is earlier). */
  readonly days: number;
  /** Whole months from the effective date to `now` (negative when `now` is earlier). */
  readonly months: number;
  /** True when `now` is later than the effective date plus `limitMonths` months. */
  readonly stale: boolean;
  /** The staleness limit used, in months. */
  readonly limitMonths: number;
}
