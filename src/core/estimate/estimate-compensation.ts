import { datasetRef } from "../../_internal/dataset-ref.js";
import { traceEstimate } from "../../_internal/estimate-exact.js";
import { estimateFast } from "../../_internal/estimate-fast.js";
import {
  metroBand,
  nationalValue,
  payFactorFigure,
  resolvePayContext,
  tcMultiplierFigure,
} from "../../_internal/level-pay.js";
import { resolveRoundOption } from "../../_internal/money-rounding.js";
import { atPath, readOptions } from "../../_internal/options.js";
import { stalenessWarnings } from "../../_internal/staleness.js";
import { LazyTrace } from "../../_internal/tracer.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Level } from "../../schemas/level.js";
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

// The notes every estimate of a level carries: the same strings on every call (and
// toLocaleString is slow), so built once per level.
const notesOf = new WeakMap<Level, readonly string[]>();
function levelNotes(level: Level): readonly string[] {
  let notes = notesOf.get(level);
  if (notes === undefined) {
    notes = Object.freeze([
      PERCENTILES_DONT_ADD,
      `The TC/base multiplier comes from the guide's estimated total comp (~$${level.estimatedTotalComp.amount.toLocaleString("en-US")}), an estimate rather than a measurement.`,
    ]);
    if (Object.isFrozen(level)) notesOf.set(level, notes);
  }
  return notes;
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
  // Validated by the percentile engine in nationalValue below.
  const percentile = (o.percentile ?? 50) as number;

  const value = nationalValue(ctx, percentile);
  const warnings = stalenessWarnings(dataset, o);

  // Floats where they provably round like the exact decimals (nearly always), else the
  // exact computation; the trace is the exact computation, recorded when first read.
  const trace = new LazyTrace((t) => traceEstimate(ctx, percentile, value, premiums, rule, t));
  const multiplier = tcMultiplierFigure(ctx.level);
  const figures =
    estimateFast(value, payFactorFigure(ctx), multiplier, premiums, rule) ?? trace.now();

  const applied: readonly AppliedPremium[] = Object.freeze(
    premiums.map((p, i) =>
      Object.freeze({
        id: p.id,
        name: p.name,
        range: figures.premiumRanges[i] as MoneyRange,
        condition: p.condition,
        relativeTo: p.relativeTo,
      }),
    ),
  );
  const { base, totalComp } = figures;
  const notes =
    premiums.length === 0
      ? levelNotes(ctx.level)
      : Object.freeze([
          ...levelNotes(ctx.level),
          ...premiums.map((p) => `${p.name}: ${p.condition} Relative to ${p.relativeTo}.`),
        ]);

  return Object.freeze({
    level: ctx.level.id,
    metro: ctx.metro.id,
    percentile,
    policy: ctx.policy.kind,
    base,
    baseRange: figures.baseRange,
    band: metroBand(ctx, figures.factor, rule),
    totalComp,
    totalCompRange: figures.totalCompRange,
    multiplier: multiplier.number,
    breakdown: Object.freeze({ base, other: totalComp - base }),
    premiums: applied,
    notes,
    warnings,
    // Built on first read (see Tracer.done).
    get trace() {
      return trace.steps();
    },
    dataset: datasetRef(dataset),
  });
}
