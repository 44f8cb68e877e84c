/**
 * A straightforward decimal.js reference for the money arithmetic of estimates and
 * metro adjustments, written from the formulas in docs/model.md and not from src/: its
 * own Decimal clone (40 digits, half-even, as the library's definition of exact), no
 * fast path, no caches, no Tracer. The national base comes from the public percentile
 * engine (interpolatePercentile with round "none"): the percentile engine has its own
 * differential tests, and this reference is about what is done with its value.
 */
import Decimal from "decimal.js";
import type { Dataset, Metro, Premium } from "../../src/index.js";

export const RD = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
type D = InstanceType<typeof RD>;

export type Mode = "half-even" | "half-up" | "up" | "down";
export interface Rule {
  readonly step: 1 | 100 | 1000;
  readonly mode: Mode;
}

const MODE: Record<Mode, Decimal.Rounding> = {
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-up": Decimal.ROUND_HALF_UP,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
};

/** Rounds to a multiple of the step by the mode (half-even to the dollar by default). */
export function roundRef(x: D, rule: Rule = { step: 1, mode: "half-even" }): number {
  const n = x.dividedBy(rule.step).toDecimalPlaces(0, MODE[rule.mode]).times(rule.step).toNumber();
  return n === 0 ? 0 : n;
}

export type Policy =
  | { readonly kind: "local" }
  | { readonly kind: "national" }
  | { readonly kind: "benchmark"; readonly metro: Metro }
  | { readonly kind: "elasticity"; readonly elasticity: number };

/** The factor over the baseline a policy pays in a metro, with an optional floor. */
export function factorRef(metro: Metro, policy: Policy, floor?: number): D {
  const one = new RD(1);
  const f =
    policy.kind === "local"
      ? one.plus(metro.premium)
      : policy.kind === "national"
        ? one
        : policy.kind === "benchmark"
          ? one.plus(policy.metro.premium)
          : one.plus(new RD(policy.elasticity).times(metro.premium));
  return floor === undefined ? f : RD.max(f, floor);
}

export interface EstimateRef {
  readonly base: number;
  readonly totalComp: number;
  readonly baseRange: readonly [number, number];
  readonly totalCompRange: readonly [number, number];
  readonly premiumRanges: readonly (readonly [number, number])[];
}

/**
 * base = B(p) × f; totalComp = base × (estimated TC ÷ p50); premiums add [low, high]
 * dollars (or base × [low, high]) to both; every figure rounded once by the rule.
 */
export function estimateRef(
  national: number,
  factor: D,
  estimatedTotalComp: number,
  p50: number,
  premiums: readonly Premium[],
  rule?: Rule,
): EstimateRef {
  const base = new RD(national).times(factor);
  const tc = base.times(new RD(estimatedTotalComp).dividedBy(p50));
  const ends = premiums.map((p) => {
    const e = p.effect;
    if (e.kind === "amount") return [new RD(e.amount[0]), new RD(e.amount[1])] as const;
    if (e.kind === "percent")
      return [base.times(e.fraction[0]), base.times(e.fraction[1])] as const;
    throw new Error(`premium ${p.id} has no figure`);
  });
  const low = ends.reduce((acc, [l]) => acc.plus(l), new RD(0));
  const high = ends.reduce((acc, [, h]) => acc.plus(h), new RD(0));
  return {
    base: roundRef(base, rule),
    totalComp: roundRef(tc, rule),
    baseRange: [roundRef(base.plus(low), rule), roundRef(base.plus(high), rule)],
    totalCompRange: [roundRef(tc.plus(low), rule), roundRef(tc.plus(high), rule)],
    premiumRanges: ends.map(([l, h]) => [roundRef(l, rule), roundRef(h, rule)] as const),
  };
}

/** amount × payFactor(to) ÷ (1 + premium(from)), rounded once. */
export function adjustRef(amount: number, factor: D, from: Metro, rule?: Rule): number {
  return roundRef(new RD(amount).times(factor).dividedBy(new RD(1).plus(from.premium)), rule);
}

/** The p50 anchor of a level of a dataset. */
export function p50Of(dataset: Dataset, level: string): number {
  const found = dataset.levels.find((l) => l.id === level)?.base.anchors.find((a) => a.p === 50);
  if (found === undefined) throw new Error(`no p50 for ${level}`);
  return found.amount;
}
