import type { Decimal } from "decimal.js";
import { datasetRef } from "../../_internal/dataset-ref.js";
import {
  metroAnchors,
  nationalBaseAt,
  payFactor,
  resolvePayContext,
  tcMultiplier,
} from "../../_internal/level-pay.js";
import { resolveRoundOption, roundDecimal } from "../../_internal/money-rounding.js";
import { atPath, readOptions } from "../../_internal/options.js";
import { stalenessWarnings } from "../../_internal/staleness.js";
import { Tracer } from "../../_internal/tracer.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Premium } from "../../schemas/premium.js";
import { getPremium } from "../lookup/get-premium.js";
import type { MoneyRange } from "../range/types.js";
import type { AppliedPremium, CompensationEstimate, EstimateInput } from "./types.js";

const INPUT_KEYS = [
  "level",
  "metro",
  "percentile",
  "premiums",
  "policy",
  "floor",
  "method",
  "tail",
  "round",
  "anyLevelPremiums",
  "now",
  "staleAfterMonths",
] as const;

const PERCENTILES_DONT_ADD =
  "Total comp is base at the percentile × the level's TC/base multiplier, not the percentile of total comp: percentiles of components do not add up to the percentile of the total.";

function readPremiums(
  dataset: Dataset,
  value: unknown,
  level: string,
  anyLevel: boolean,
): Premium[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > dataset.premiums.length) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `premiums must be an array of premium ids (at most ${dataset.premiums.length}); valid: ${dataset.premiums.map((p) => p.id).join(", ")}`,
      { path: ["premiums"], validChoices: dataset.premiums.map((p) => p.id) },
    );
  }
  const seen = new Set<string>();
  return value.map((key: unknown, i) => {
    const premium = atPath(["premiums", i], () => getPremium(dataset, key as string));
    if (seen.has(premium.id)) {
      throw new PaybandsError("INVALID_INPUT", `premium "${premium.id}" is listed twice`, {
        path: ["premiums", i],
      });
    }
    seen.add(premium.id);
    if (!anyLevel && !premium.levels.includes(level)) {
      throw new PaybandsError(
        "INVALID_INPUT",
        `premium "${premium.id}" is given for ${premium.levels.join(", ")}, not ${level}; pass anyLevelPremiums: true to apply it anyway`,
        {
          path: ["premiums", i],
          validChoices: dataset.premiums.filter((p) => p.levels.includes(level)).map((p) => p.id),
        },
      );
    }
    if (premium.effect.kind !== "amount" && premium.effect.kind !== "percent") {
      throw new PaybandsError("INVALID_INPUT", `premium "${premium.id}" has no figure to apply`, {
        path: ["premiums", i],
      });
    }
    return premium;
  });
}

/**
 * Estimates pay for a level in a metro at a percentile: base (point and band), total
 * comp from the level's TC/base multiplier, the split of TC into base and the rest,
 * and skill premiums as `[low, high]` ranges — with the trace of every step.
 *
 * Formulas (docs/model.md): `base = B(p) × f(metro)` where B is the level's US base
 * curve (percentile engine) and f the pay policy's factor over the baseline;
 * `multiplier = estimated TC ÷ p50 base`; `totalComp = base × multiplier`; a premium
 * adds `[low, high]` dollars (or `base × [low, high]` for a percent premium) to base and
 * to total comp. Exact decimals, rounded once at the output.
 *
 * @throws PaybandsError `UNKNOWN_LEVEL`, `UNKNOWN_METRO`, `UNKNOWN_PREMIUM`,
 *   `INVALID_PERCENTILE`, `INVALID_INPUT` (a premium not given for the level),
 *   `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { estimateCompensation } from "paybands/core";
 * const e = estimateCompensation(getDataset(), { level: "senior", metro: "seattle", premiums: ["ai-services"] });
 * [e.base, e.baseRange, e.totalComp, e.totalCompRange];
 * //=> [258300, [273300, 288300], 361620, [376620, 391620]]
 * ```
 *
 * @category Comp
 */
export function estimateCompensation(dataset: Dataset, input: EstimateInput): CompensationEstimate {
  if (input === undefined) {
    throw new PaybandsError(
      "INVALID_INPUT",
      'estimateCompensation needs an input such as { level: "senior" }',
      { path: [] },
    );
  }
  const o = readOptions(input, INPUT_KEYS, "estimateCompensation input");
  if (o.anyLevelPremiums !== undefined && typeof o.anyLevelPremiums !== "boolean") {
    throw new PaybandsError("INVALID_OPTION", "anyLevelPremiums must be true or false", {
      path: ["anyLevelPremiums"],
    });
  }
  const ctx = resolvePayContext(dataset, o);
  const premiums = readPremiums(dataset, o.premiums, ctx.level.id, o.anyLevelPremiums === true);
  const rule = resolveRoundOption(o.round, ["round"]);
  // Validated by the percentile engine in nationalBaseAt below.
  const percentile = (o.percentile ?? 50) as number;

  const t = new Tracer();
  const national = nationalBaseAt(ctx, percentile, t);
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

  const applied: AppliedPremium[] = [];
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
    applied.push(
      Object.freeze({
        id: p.id,
        name: p.name,
        range: Object.freeze([
          roundDecimal(ends[0], rule),
          roundDecimal(ends[1], rule),
        ] as const) as MoneyRange,
        condition: p.condition,
        relativeTo: p.relativeTo,
      }),
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

  const notes = [
    PERCENTILES_DONT_ADD,
    `The TC/base multiplier comes from the guide's estimated total comp (~$${ctx.level.estimatedTotalComp.amount.toLocaleString("en-US")}), an estimate rather than a measurement.`,
    ...premiums.map((p) => `${p.name}: ${p.condition} Relative to ${p.relativeTo}.`),
  ];

  return Object.freeze({
    level: ctx.level.id,
    metro: ctx.metro.id,
    percentile,
    policy: ctx.policy.kind,
    base,
    baseRange: Object.freeze(baseRange) as MoneyRange,
    band: Object.freeze(
      metroAnchors(ctx, factor).map((a) =>
        Object.freeze({ p: a.p, amount: roundDecimal(a.amount, rule) }),
      ),
    ),
    totalComp,
    totalCompRange: Object.freeze(totalCompRange) as MoneyRange,
    multiplier: multiplier.toNumber(),
    breakdown: Object.freeze({ base, other: totalComp - base }),
    premiums: Object.freeze(applied),
    notes: Object.freeze(notes),
    warnings: stalenessWarnings(dataset, o),
    trace: t.done(),
    dataset: datasetRef(dataset),
  });
}
