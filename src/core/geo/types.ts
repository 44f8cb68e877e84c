import type { RoundOption } from "../money/types.js";
import type { StalenessOptions } from "../staleness/types.js";
import type { DatasetRef, TraceStep } from "../trace/types.js";

/**
 * A pay zone of a zone-tier policy: a premium over the baseline and the metros in it.
 *
 * @example
 * ```ts
 * import type { PayZone } from "paybands/core";
 * const zone: PayZone = { id: "tier-1", premium: 0.3, metros: ["sf-bay-area", "new-york"] };
 * zone.metros.length;
 * //=> 2
 * ```
 *
 * @category Geo
 */
export interface PayZone {
  /** The zone's id. */
  readonly id: string;
  /** Premium over the dataset baseline, as a fraction (0.3 for +30%). */
  readonly premium: number;
  /** Metro ids or aliases in this zone. */
  readonly metros: readonly string[];
}

/**
 * How an employer pays across locations.
 * - `local` (default): the metro's own premium — pay follows the local market.
 * - `national`: the baseline (US national median) everywhere.
 * - `benchmark`: one metro's rate everywhere (default: the dataset's highest-premium
 *   metro — SF Bay Area — since the guide says fully distributed companies pay at or
 *   above SF).
 * - `elasticity`: only a fraction of each premium (0 = national, 1 = local).
 * - `zones`: metros grouped into a few pay zones, each with one premium.
 *
 * @example
 * ```ts
 * import { adjustForMetro } from "paybands";
 * adjustForMetro(100000, "austin", { policy: { kind: "benchmark" } }).amount;
 * //=> 138000
 * ```
 *
 * @category Geo
 */
export type GeoPolicy =
  | "local"
  | "national"
  | "benchmark"
  | {
      /** Pay the metro's own premium. */
      readonly kind: "local";
    }
  | {
      /** Pay the baseline everywhere. */
      readonly kind: "national";
    }
  | {
      /** Pay one metro's rate everywhere. */
      readonly kind: "benchmark";
      /** The benchmark metro (default: the highest-premium metro). */
      readonly metro?: string;
    }
  | {
      /** Pay a fraction of each premium. */
      readonly kind: "elasticity";
      /** The fraction of the premium paid, from 0 (national) to 1 (local). */
      readonly elasticity: number;
    }
  | {
      /** Pay by zone. */
      readonly kind: "zones";
      /** The zones, each with its premium and metros. */
      readonly zones: readonly PayZone[];
      /** Zone id for metros in no zone (default: such a metro is an error). */
      readonly fallback?: string;
    };

/**
 * Options of {@link adjustForMetro}.
 *
 * @example
 * ```ts
 * import type { AdjustForMetroOptions } from "paybands/core";
 * const options: AdjustForMetroOptions = { from: "sf", policy: "local", round: 100 };
 * options.round;
 * //=> 100
 * ```
 *
 * @category Geo
 */
export interface AdjustForMetroOptions extends StalenessOptions {
  /** The metro whose market rate `amount` is (default: the dataset baseline, US national = remote). */
  readonly from?: string;
  /** How the employer pays in the target metro (default `local`). */
  readonly policy?: GeoPolicy;
  /** Lowest factor over the baseline the policy may pay (e.g. `1`: never below national). */
  readonly floor?: number;
  /** Rounding of the result (default half-even to the dollar). */
  readonly round?: RoundOption;
}

/**
 * The result of {@link adjustForMetro}.
 *
 * @example
 * ```ts
 * import { adjustForMetro } from "paybands";
 * const r = adjustForMetro(205000, "seattle");
 * [r.amount, r.multiplier, r.from, r.to, r.policy];
 * //=> [258300, 1.26, "remote-us", "seattle", "local"]
 * ```
 *
 * @category Geo
 */
export interface MetroAdjustment {
  /** The adjusted amount, rounded once. */
  readonly amount: number;
  /** Metro id the amount was a market rate in. */
  readonly from: string;
  /** Metro id the amount was adjusted to. */
  readonly to: string;
  /** The exact multiplier `toFactor / fromFactor` (as a number). */
  readonly multiplier: number;
  /** The factor over the baseline of `from`'s market (1 + premium). */
  readonly fromFactor: number;
  /** The factor over the baseline the policy pays in `to`. */
  readonly toFactor: number;
  /** The pay policy's kind. */
  readonly policy: "local" | "national" | "benchmark" | "elasticity" | "zones";
  /**
   * Staleness warnings: a sentence when the dataset is older than the staleness limit
   * (see {@link StalenessOptions}), else empty.
   */
  readonly warnings: readonly string[];
  /** The formula steps that produced the numbers. */
  readonly trace: readonly TraceStep[];
  /** The dataset id and version the figures come from. */
  readonly dataset: DatasetRef;
}
