import type { Decimal } from "decimal.js";
import type { MoneyRange } from "../core/range/types.js";
import type { Premium } from "../schemas/premium.js";
import { type PayContext, payFactor, recordNationalBase, tcMultiplier } from "./level-pay.js";
import { type RoundRule, roundDecimal } from "./money-rounding.js";
import type { Tracer } from "./tracer.js";

/** The figures of an estimate, before they are put together with its words. */
export interface EstimateFigures {
  readonly base: number;
  readonly totalComp: number;
  readonly baseRange: MoneyRange;
  readonly totalCompRange: MoneyRange;
  /** Each premium's `[low, high]`, in the order of the premiums. */
  readonly premiumRanges: readonly MoneyRange[];
  /** The pay factor, exact (the metro band is scaled by it). */
  readonly factor: Decimal;
}

/**
 * The estimate computed exactly in decimals, every step recorded on `t`: the
 * definition of an estimate's figures (docs/model.md), and its trace. `value` is the
 * national base at `percentile` from the percentile engine (level-pay's nationalValue);
 * premiums are validated (`amount` or `percent` effects).
 */
export function traceEstimate(
  ctx: PayContext,
  percentile: number,
  value: number,
  premiums: readonly Premium[],
  rule: RoundRule,
  t: Tracer,
): EstimateFigures {
  const national = recordNationalBase(ctx, percentile, value, t);
  const factor = payFactor(ctx, t);
  const baseExact = t.multiply(
    "base",
    `base at p${percentile} in ${ctx.metro.id}`,
    "US base × pay factor",
    national,
    factor,
  );
  const multiplier = tcMultiplier(ctx, t);
  const tcExact = t.multiply(
    "tc",
    "total comp",
    "base × TC/base multiplier",
    baseExact,
    multiplier,
  );

  const premiumRanges: MoneyRange[] = [];
  const lows: Decimal[] = [];
  const highs: Decimal[] = [];
  for (const p of premiums) {
    const effect = p.effect as Extract<Premium["effect"], { kind: "amount" | "percent" }>;
    const ends = ([0, 1] as const).map((end) => {
      const which = end === 0 ? "low" : "high";
      const key = `premium.${p.id}.${which}`;
      if (effect.kind === "amount") {
        return t.given(
          key,
          `${p.name} premium (${which})`,
          effect.amount[end],
          `premiums.${p.id}.effect.amount`,
        );
      }
      const fraction = t.given(
        `${key}.fraction`,
        `${p.name} premium fraction (${which})`,
        effect.fraction[end],
        `premiums.${p.id}.effect.fraction`,
      );
      return t.multiply(
        key,
        `${p.name} premium (${which})`,
        "base × fraction",
        baseExact,
        fraction,
      );
    }) as [Decimal, Decimal];
    lows.push(ends[0]);
    highs.push(ends[1]);
    premiumRanges.push(
      Object.freeze([roundDecimal(ends[0], rule), roundDecimal(ends[1], rule)] as const),
    );
  }

  const base = t.round("base.rounded", "base", baseExact, rule);
  const totalComp = t.round("tc.rounded", "total comp", tcExact, rule);
  let baseRange: MoneyRange = [base, base];
  let totalCompRange: MoneyRange = [totalComp, totalComp];
  if (premiums.length > 0) {
    const names = premiums.map((p) => p.id).join(" + ");
    const lowSum =
      lows.length === 1
        ? (lows[0] as Decimal)
        : t.sum("premiums.low", "premiums (low)", names, lows);
    const highSum =
      highs.length === 1
        ? (highs[0] as Decimal)
        : t.sum("premiums.high", "premiums (high)", names, highs);
    const baseLow = t.add(
      "base.low",
      "base with premiums (low)",
      "base + premiums low",
      baseExact,
      lowSum,
    );
    const baseHigh = t.add(
      "base.high",
      "base with premiums (high)",
      "base + premiums high",
      baseExact,
      highSum,
    );
    const tcLow = t.add(
      "tc.low",
      "total comp with premiums (low)",
      "total comp + premiums low",
      tcExact,
      lowSum,
    );
    const tcHigh = t.add(
      "tc.high",
      "total comp with premiums (high)",
      "total comp + premiums high",
      tcExact,
      highSum,
    );
    baseRange = [
      t.round("base.low.rounded", "base (low)", baseLow, rule),
      t.round("base.high.rounded", "base (high)", baseHigh, rule),
    ];
    totalCompRange = [
      t.round("tc.low.rounded", "total comp (low)", tcLow, rule),
      t.round("tc.high.rounded", "total comp (high)", tcHigh, rule),
    ];
  }
  return {
    base,
    totalComp,
    baseRange: Object.freeze(baseRange) as MoneyRange,
    totalCompRange: Object.freeze(totalCompRange) as MoneyRange,
    premiumRanges,
    factor,
  };
}
