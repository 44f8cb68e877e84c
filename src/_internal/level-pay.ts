import type { Decimal } from "decimal.js";
import { getLevel } from "../core/lookup/get-level.js";
import { getMetro } from "../core/lookup/get-metro.js";
import { describePercentile } from "../core/percentile/describe-percentile.js";
import { interpolatePercentile } from "../core/percentile/interpolate-percentile.js";
import { percentileRank } from "../core/percentile/percentile-rank.js";
import type { PercentileMethod, TailPolicy } from "../core/percentile/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Anchor } from "../schemas/band.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Level } from "../schemas/level.js";
import type { Metro } from "../schemas/metro.js";
import { Dec } from "./decimal.js";
import { type ResolvedPolicy, resolvePolicy } from "./geo-policy.js";
import { type RoundRule, roundDecimal } from "./money-rounding.js";
import { atPath } from "./options.js";
import { Tracer } from "./tracer.js";

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
 * The level's national base at percentile p from the percentile engine, unrounded.
 * Percentile errors carry the caller's `percentile` path.
 */
export function nationalValue(ctx: PayContext, p: unknown): number {
  try {
    return interpolatePercentile(ctx.level.base, p as number, engineOptions(ctx));
  } catch (e) {
    // The engine speaks of its own arguments (`p`, `options.method`); callers' inputs
    // name the field `percentile` and put `method` / `tail` at the top level.
    if (!(e instanceof PaybandsError)) throw e;
    const path = e.path[0] === "options" ? e.path.slice(1) : ["percentile", ...e.path.slice(1)];
    throw new PaybandsError(e.code, e.message, { path, validChoices: e.validChoices });
  }
}

/**
 * Records the national base `value` at `percentile` (both from {@link nationalValue}) as
 * an `interpolate` step, with the percentile as the `given` input it chains from.
 */
export function recordNationalBase(
  ctx: PayContext,
  percentile: number,
  value: number,
  t: Tracer,
  key = "base.national",
): Decimal {
  t.given(`${key}.percentile`, "percentile", percentile, "input");
  // The explanation (which segment, which tail) is words for the trace: worked out only
  // if the trace is read.
  return t.engine(
    key,
    `US base at p${percentile} (${ctx.level.id})`,
    "interpolate",
    [percentile],
    value,
    () =>
      `US base (${ctx.level.id}): ${describePercentile(ctx.level.base, percentile, engineOptions(ctx)).explanation}`,
  );
}

/** {@link nationalValue}, recorded by {@link recordNationalBase}. */
export function nationalBaseAt(
  ctx: PayContext,
  p: unknown,
  t: Tracer,
  key = "base.national",
): Decimal {
  const value = nationalValue(ctx, p);
  // Validated by nationalValue, so p is a percentile in (0, 100).
  return recordNationalBase(ctx, p as number, value, t, key);
}

// A level's band in a metro depends only on the level, the pay factor and the rounding
// rule, and is the same few arrays on every call (a widget recomputes on every slider
// move): kept per frozen level and per factor instance (the fast path's factors are
// cached instances, see payFactorFigure), keyed by rule.
const bands = new WeakMap<Level, WeakMap<Decimal, Map<string, readonly Anchor[]>>>();

/** The level's anchors scaled to the metro by the policy factor, each rounded once by the rule. */
export function metroBand(ctx: PayContext, factor: Decimal, rule: RoundRule): readonly Anchor[] {
  const cacheable = Object.isFrozen(ctx.level);
  const key = rule === "none" ? rule : `${rule.step} ${rule.mode}`;
  const hit = cacheable ? bands.get(ctx.level)?.get(factor)?.get(key) : undefined;
  if (hit !== undefined) return hit;
  const band = Object.freeze(
    ctx.level.base.anchors.map((a) =>
      Object.freeze({ p: a.p, amount: roundDecimal(new Dec(a.amount).times(factor), rule) }),
    ),
  );
  if (cacheable) {
    let byFactor = bands.get(ctx.level);
    if (byFactor === undefined) {
      byFactor = new WeakMap();
      bands.set(ctx.level, byFactor);
    }
    let byRule = byFactor.get(factor);
    if (byRule === undefined) {
      byRule = new Map();
      byFactor.set(factor, byRule);
    }
    byRule.set(key, band);
  }
  return band;
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

/** An exact figure and its number (the decimal's nearest float), for the fast paths. */
export interface ExactFigure {
  readonly exact: Decimal;
  readonly number: number;
}

/** An exact figure with its number. */
export function figure(exact: Decimal): ExactFigure {
  return { exact, number: exact.toNumber() };
}

// Pay factors that depend on the dataset and the metro alone (see ResolvedPolicy.cacheKey),
// kept per frozen dataset: the same few decimals on every call.
const factors = new WeakMap<Dataset, Map<string, ExactFigure>>();

/** The context's pay factor as an exact figure, untraced (cached where it can be). */
export function payFactorFigure(ctx: PayContext): ExactFigure {
  return policyFactorFigure(ctx.dataset, ctx.policy, ctx.metro);
}

/**
 * The factor over the baseline that `policy` pays in `metro`, as an exact figure,
 * untraced; kept per frozen dataset when the policy's factor depends on the metro alone.
 */
export function policyFactorFigure(
  dataset: Dataset,
  policy: ResolvedPolicy,
  metro: Metro,
): ExactFigure {
  const compute = () => figure(policy.factor(metro, new Tracer(), "metro.factor"));
  return policy.cacheKey === undefined
    ? compute()
    : cachedFigure(dataset, `${policy.cacheKey} ${metro.id}`, compute);
}

/** A figure kept per frozen dataset under `key` (computed every time for other datasets). */
export function cachedFigure(
  dataset: Dataset,
  key: string,
  compute: () => ExactFigure,
): ExactFigure {
  if (!Object.isFrozen(dataset)) return compute();
  let byKey = factors.get(dataset);
  if (byKey === undefined) {
    byKey = new Map();
    factors.set(dataset, byKey);
  }
  let f = byKey.get(key);
  if (f === undefined) {
    f = compute();
    byKey.set(key, f);
  }
  return f;
}

const multipliers = new WeakMap<Level, ExactFigure>();

/** The level's TC/base multiplier as an exact figure, untraced (cached per frozen level). */
export function tcMultiplierFigure(level: Level): ExactFigure {
  let m = multipliers.get(level);
  if (m === undefined) {
    m = figure(new Dec(level.estimatedTotalComp.amount).dividedBy(medianAnchor(level)));
    if (Object.isFrozen(level)) multipliers.set(level, m);
  }
  return m;
}
