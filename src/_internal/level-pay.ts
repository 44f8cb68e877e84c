import type { Decimal } from "decimal.js";
import { getLevel } from "../core/lookup/get-level.js";
import { getMetro } from "../core/lookup/get-metro.js";
import { describePercentile } from "../core/percentile/describe-percentile.js";
import { percentileRank } from "../core/percentile/percentile-rank.js";
import type { PercentileMethod, TailPolicy } from "../core/percentile/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Level } from "../schemas/level.js";
import type { Metro } from "../schemas/metro.js";
import { Dec } from "./decimal.js";
import { type ResolvedPolicy, resolvePolicy } from "./geo-policy.js";
import { atPath } from "./options.js";
import type { Tracer } from "./tracer.js";

/**
 * Everything needed to price a level in a metro: the validated level, metro, pay policy
 * and percentile method. Shared by estimates, offers, levers and careers so they all
 * compute pay the same way.
 */
export interface PayContext {
  readonly dataset: Dataset;
  readonly level: Level;
  readonly metro: Metro;
  readonly policy: ResolvedPolicy;
  readonly method: PercentileMethod | undefined;
  readonly tail: TailPolicy | undefined;
}

/** Input fields a PayContext is read from (validated here; unknown keys are the caller's job). */
export interface PayContextInput {
  readonly level?: unknown;
  readonly metro?: unknown;
  readonly policy?: unknown;
  readonly floor?: unknown;
  readonly method?: unknown;
  readonly tail?: unknown;
}

export function resolvePayContext(dataset: Dataset, input: PayContextInput): PayContext {
  const level = atPath(["level"], () => getLevel(dataset, input.level as string));
  const metro =
    input.metro === undefined
      ? getMetro(dataset, dataset.baselineMetro)
      : atPath(["metro"], () => getMetro(dataset, input.metro as string));
  return {
    dataset,
    level,
    metro,
    policy: resolvePolicy(dataset, input.policy, input.floor),
    method: input.method as PercentileMethod | undefined,
    tail: input.tail as TailPolicy | undefined,
  };
}

function engineOptions(ctx: PayContext) {
  return {
    round: "none" as const,
    ...(ctx.method === undefined ? {} : { method: ctx.method }),
    ...(ctx.tail === undefined ? {} : { tail: ctx.tail }),
  };
}

/** Records and returns the policy's pay factor over the baseline in the context's metro. */
export function payFactor(ctx: PayContext, t: Tracer, key = "metro.factor"): Decimal {
  return ctx.policy.factor(ctx.metro, t, key);
}

/**
 * The level's national base at percentile p (from the percentile engine, unrounded),
 * recorded as an `interpolate` step. Percentile errors carry the `percentile` path.
 */
export function nationalBaseAt(
  ctx: PayContext,
  p: unknown,
  t: Tracer,
  key = "base.national",
): Decimal {
  let d: ReturnType<typeof describePercentile>;
  try {
    d = describePercentile(ctx.level.base, p as number, engineOptions(ctx));
  } catch (e) {
    // The engine speaks of its own arguments (`p`, `options.method`); callers' inputs
    // name the field `percentile` and put `method` / `tail` at the top level.
    if (!(e instanceof PaybandsError)) throw e;
    const path = e.path[0] === "options" ? e.path.slice(1) : ["percentile", ...e.path.slice(1)];
    throw new PaybandsError(e.code, e.message, { path, validChoices: e.validChoices });
  }
  // The percentile is recorded as an input, so the interpolation step's input chains
  // from an earlier step like every other step's does.
  t.given(`${key}.percentile`, "percentile", d.p, "input");
  return t.engine(
    key,
    `US base at p${d.p} (${ctx.level.id})`,
    "interpolate",
    [d.p],
    d.value,
    `US base (${ctx.level.id}): ${d.explanation}`,
  );
}

/** The level's anchors scaled to the metro by the policy factor (exact; not rounded). */
export function metroAnchors(ctx: PayContext, factor: Decimal): { p: number; amount: Decimal }[] {
  return ctx.level.base.anchors.map((a) => ({ p: a.p, amount: new Dec(a.amount).times(factor) }));
}

/** The level's p50 base (the anchor the TC multiplier is relative to; schemas guarantee it). */
export function medianAnchor(level: Level): number {
  return (level.base.anchors.find((a) => a.p === 50) as { amount: number }).amount;
}

/** TC/base multiplier = estimated TC ÷ p50 base, traced. */
export function tcMultiplier(ctx: PayContext, t: Tracer): Decimal {
  const tc = t.given(
    "tc.estimated",
    `estimated total comp (${ctx.level.id})`,
    ctx.level.estimatedTotalComp.amount,
    `levels.${ctx.level.id}.estimatedTotalComp`,
  );
  const median = t.given(
    "base.median",
    `US p50 base (${ctx.level.id})`,
    medianAnchor(ctx.level),
    `levels.${ctx.level.id}.base`,
  );
  return t.divide("tc.multiplier", "TC/base multiplier", "estimated TC ÷ p50 base", tc, median);
}

/**
 * The percentile of a metro amount within the level's band in the metro: the amount
 * is brought back to national terms (÷ factor) and ranked on the national band.
 * Scaling commutes with every method, so this equals ranking on the scaled band.
 */
export function rankInMetro(ctx: PayContext, amount: Decimal, factor: Decimal): number {
  const national = amount.dividedBy(factor).toNumber();
  return percentileRank(ctx.level.base, national, {
    ...(ctx.method === undefined ? {} : { method: ctx.method }),
    ...(ctx.tail === undefined ? {} : { tail: ctx.tail }),
  });
}
