import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { MoneySchema } from "./common.js";

/**
 * A percentile in the open interval (0, 100), e.g. `25` for p25.
 *
 * @example
 * ```ts
 * import { PercentileSchema } from "paybands/schemas";
 * [PercentileSchema.safeParse(25).success, PercentileSchema.safeParse(100).success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export const PercentileSchema = z
  .number()
  .finite()
  .gt(0, { error: "percentile must be > 0" })
  .lt(100, { error: "percentile must be < 100" });

/**
 * One anchor of a band: the amount at percentile `p` (1 to 99). A `censored` anchor is a lower
 * bound only ("at least $239,200", as OEWS top-codes high wages).
 *
 * @example
 * ```ts
 * import { AnchorSchema } from "paybands/schemas";
 * AnchorSchema.parse({ p: 50, amount: 205000 });
 * //=> { p: 50, amount: 205000 }
 * ```
 *
 * @category Schemas
 */
export const AnchorSchema = z.strictObject({
  /** The anchor's percentile, from 1 to 99 (surveys publish p10..p90; p1 and p99 are the outer limit). */
  p: z
    .number()
    .finite()
    .min(1, { error: "an anchor's p must be from 1 to 99" })
    .max(99, { error: "an anchor's p must be from 1 to 99" }),
  /** The amount at percentile `p`, in the dataset's currency. */
  // At least a cent: the same rule as paybands/core's band validator (below it the ratio
  // of two anchors can overflow the log-probit slopes).
  amount: MoneySchema.min(0.01, { error: "anchor amount must be >= 0.01" }),
  /** True when `amount` is a lower bound only (top-coded: "at least $239,200"). */
  censored: z.boolean().optional(),
});

/**
 * An anchor of a percentile band.
 *
 * @example
 * ```ts
 * import type { Anchor } from "paybands/schemas";
 * const p90: Anchor = { p: 90, amount: 305000 };
 * p90.amount;
 * //=> 305000
 * ```
 *
 * @category Schemas
 */
export interface Anchor extends DeepReadonly<z.infer<typeof AnchorSchema>> {}

/**
 * A percentile band: two or more anchors, strictly increasing in percentile and in
 * amount. Censored anchors, if any, come last (only the top of a distribution is
 * top-coded) and may share the top-code amount with each other; at least two anchors
 * are uncensored so the band has a shape.
 *
 * @example
 * ```ts
 * import { PercentileBandSchema } from "paybands/schemas";
 * const ok = PercentileBandSchema.safeParse({
 *   anchors: [{ p: 25, amount: 162000 }, { p: 50, amount: 205000 }],
 * });
 * const unordered = PercentileBandSchema.safeParse({
 *   anchors: [{ p: 50, amount: 205000 }, { p: 25, amount: 162000 }],
 * });
 * [ok.success, unordered.success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export const PercentileBandSchema = z
  .strictObject({
    /** Two to 99 anchors, strictly increasing in `p` and in amount. */
    anchors: z.array(AnchorSchema).min(2).max(99),
  })
  .superRefine(({ anchors }, ctx) => {
    let seenCensored = false;
    anchors.forEach((anchor, i) => {
      if (anchor.censored) seenCensored = true;
      else if (seenCensored) {
        ctx.addIssue({
          code: "custom",
          message: "an uncensored anchor cannot follow a censored one (only the top is top-coded)",
          path: ["anchors", i, "censored"],
        });
      }
      const prev = anchors[i - 1];
      if (prev === undefined) return;
      if (anchor.p <= prev.p) {
        ctx.addIssue({
          code: "custom",
          message: `anchor percentiles must strictly increase: p${anchor.p} follows p${prev.p}`,
          path: ["anchors", i, "p"],
        });
      }
      const bothCensored = anchor.censored === true && prev.censored === true;
      const ordered = bothCensored ? anchor.amount === prev.amount : anchor.amount > prev.amount;
      if (!ordered) {
        ctx.addIssue({
          code: "custom",
          message: bothCensored
            ? "censored anchors share one top-code amount"
            : `anchor amounts must strictly increase: ${anchor.amount} at p${anchor.p} is not above ${prev.amount} at p${prev.p}`,
          path: ["anchors", i, "amount"],
        });
      }
    });
    if (anchors.filter((a) => a.censored !== true).length < 2) {
      ctx.addIssue({
        code: "custom",
        message: "a band needs at least two uncensored anchors",
        path: ["anchors"],
      });
    }
  });

/**
 * A percentile band, as validated by {@link PercentileBandSchema}.
 *
 * @example
 * ```ts
 * import type { PercentileBand } from "paybands/schemas";
 * const senior: PercentileBand = {
 *   anchors: [
 *     { p: 25, amount: 162000 },
 *     { p: 50, amount: 205000 },
 *     { p: 75, amount: 255000 },
 *     { p: 90, amount: 305000 },
 *   ],
 * };
 * senior.anchors.length;
 * //=> 4
 * ```
 *
 * @category Schemas
 */
export interface PercentileBand extends DeepReadonly<z.infer<typeof PercentileBandSchema>> {
  /** Two to 99 anchors, strictly increasing in `p` and in amount. */
  readonly anchors: readonly Anchor[];
}
