import type { RoundOption } from "../money/types.js";

/**
 * How a band is interpolated between its anchors: `log-probit` (default; straight lines
 * in (Φ⁻¹(p), ln amount)), `pchip` (monotone cubic on (p, amount), SciPy's
 * PchipInterpolator) or `linear` (straight lines on (p, amount)). See
 * docs/methodology.md.
 *
 * @example
 * ```ts
 * import type { PercentileMethod } from "paybands/core";
 * const method: PercentileMethod = "pchip";
 * method;
 * //=> "pchip"
 * ```
 *
 * @category Percentiles
 */
export type PercentileMethod = "log-probit" | "pchip" | "linear";

/**
 * What happens beyond a band's end anchors: `extend` (default; the method's own
 * continuation), `clamp` (the end anchor), `pareto` (above the top anchor a Pareto tail
 * through the top two anchors; below the bottom anchor as `extend`) or `error` (throw
 * `PERCENTILE_OUT_OF_RANGE` / `AMOUNT_OUT_OF_RANGE`).
 *
 * @example
 * ```ts
 * import type { TailPolicy } from "paybands/core";
 * const tail: TailPolicy = "clamp";
 * tail;
 * //=> "clamp"
 * ```
 *
 * @category Percentiles
 */
export type TailPolicy = "extend" | "clamp" | "pareto" | "error";

/**
 * Options of {@link interpolatePercentile} and {@link describePercentile}.
 *
 * @example
 * ```ts
 * import type { InterpolateOptions } from "paybands/core";
 * const options: InterpolateOptions = { method: "linear", tail: "clamp", round: 1000 };
 * options.round;
 * //=> 1000
 * ```
 *
 * @category Percentiles
 */
export interface InterpolateOptions {
  /** Interpolation method (default `"log-probit"`). */
  readonly method?: PercentileMethod;
  /** Tail policy beyond the end anchors (default `"extend"`). */
  readonly tail?: TailPolicy;
  /** Rounding of the amount (default half-even to the whole unit; `"none"` for the raw value). */
  readonly round?: RoundOption;
}

/**
 * Options of {@link percentileRank} and {@link describeRank}.
 *
 * @example
 * ```ts
 * import type { RankOptions } from "paybands/core";
 * const options: RankOptions = { method: "log-probit", decimals: 1 };
 * options.decimals;
 * //=> 1
 * ```
 *
 * @category Percentiles
 */
export interface RankOptions {
  /** Interpolation method (default `"log-probit"`). */
  readonly method?: PercentileMethod;
  /** Tail policy beyond the end anchors (default `"extend"`). */
  readonly tail?: TailPolicy;
  /**
   * Round the percentile to this many decimals (an integer 0–12, half-even), keeping it
   * inside (0, 100). Default: unrounded.
   */
  readonly decimals?: number;
}

/**
 * A point of a band: an amount at a percentile.
 *
 * @example
 * ```ts
 * import type { BandPoint } from "paybands/core";
 * const median: BandPoint = { p: 50, amount: 205000 };
 * median.p;
 * //=> 50
 * ```
 *
 * @category Percentiles
 */
export interface BandPoint {
  /** The percentile. */
  readonly p: number;
  /** The amount at it. */
  readonly amount: number;
}

/**
 * Where a result came from: between two anchors (`from`, `to`), or a tail beyond an end
 * anchor (`tail` is `"below"` or `"above"`, `anchor` the end anchor it starts from).
 *
 * @example
 * ```ts
 * import type { PercentileSegment } from "paybands/core";
 * const segment: PercentileSegment = { tail: "above", anchor: { p: 90, amount: 305000 } };
 * "tail" in segment;
 * //=> true
 * ```
 *
 * @category Percentiles
 */
export type PercentileSegment =
  | {
      /** The anchor below. */
      readonly from: BandPoint;
      /** The anchor above. */
      readonly to: BandPoint;
    }
  | {
      /** Below the lowest anchor or above the highest. */
      readonly tail: "below" | "above";
      /** The end anchor the tail continues from. */
      readonly anchor: BandPoint;
    };

/**
 * The result of {@link describePercentile}: the amount and how it was obtained — a plain,
 * JSON-serialisable object for a widget to show under a number.
 *
 * @example
 * ```ts
 * import { describePercentile } from "paybands/core";
 * const senior = { anchors: [{ p: 25, amount: 162000 }, { p: 50, amount: 205000 }] };
 * describePercentile(senior, 50).value;
 * //=> 205000
 * ```
 *
 * @category Percentiles
 */
export interface PercentileDescription {
  /** The amount at `p`, rounded as asked. */
  readonly value: number;
  /** The percentile asked for. */
  readonly p: number;
  /** The interpolation method used. */
  readonly method: PercentileMethod;
  /** The tail policy used. */
  readonly tail: TailPolicy;
  /** True when `p` is beyond the anchors the value is interpolated from, so the tail policy decided it. */
  readonly extrapolated: boolean;
  /** True when the value depends on a censored (top-coded) anchor: the true amount may be higher. */
  readonly lowerBound: boolean;
  /** The anchors (or the tail) the value comes from. */
  readonly segment: PercentileSegment;
  /** One line for people, e.g. "p60 = $222,514: log-probit between p50 ($205,000) and p75 ($255,000)". */
  readonly explanation: string;
}

/**
 * The result of {@link describeRank}: the percentile of an amount and how it was
 * obtained.
 *
 * @example
 * ```ts
 * import { describeRank } from "paybands/core";
 * const senior = { anchors: [{ p: 25, amount: 162000 }, { p: 50, amount: 205000 }] };
 * describeRank(senior, 205000).value;
 * //=> 50
 * ```
 *
 * @category Percentiles
 */
export interface RankDescription {
  /** The percentile of `amount`, in (0, 100). */
  readonly value: number;
  /** The amount asked about. */
  readonly amount: number;
  /** The interpolation method used. */
  readonly method: PercentileMethod;
  /** The tail policy used. */
  readonly tail: TailPolicy;
  /** True when `amount` is beyond the anchors, so the tail policy decided the percentile. */
  readonly extrapolated: boolean;
  /**
   * True when the percentile depends on a censored (top-coded) anchor: the true
   * percentile of this amount may be lower.
   */
  readonly upperBound: boolean;
  /** The anchors (or the tail) the value comes from. */
  readonly segment: PercentileSegment;
  /** One line for people, e.g. "$231,000 is p64.39: log-probit between p50 ($205,000) and p75 ($255,000)". */
  readonly explanation: string;
}
