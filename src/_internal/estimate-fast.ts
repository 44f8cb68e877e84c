import type { MoneyRange } from "../core/range/types.js";
import type { Premium } from "../schemas/premium.js";
import type { EstimateFigures } from "./estimate-exact.js";
import type { ExactFigure } from "./level-pay.js";
import type { RoundRule } from "./money-rounding.js";
import { roundIfDecided } from "./round-guard.js";

/**
 * The figures of {@link traceEstimate}, computed in floats — or `undefined` when some
 * figure lies too close to a rounding boundary for floats to decide it (about two
 * calls in a million at random percentiles), and the caller computes exactly instead.
 * Every figure returned is the exact path's figure: the same formula, each float within
 * 2^-49.7 of the exact decimal relative to its terms, and rounded only where
 * {@link roundIfDecided} proves the exact value rounds the same way (round-guard.ts).
 */
export function estimateFast(
  value: number,
  factor: ExactFigure,
  multiplier: ExactFigure,
  premiums: readonly Premium[],
  rule: RoundRule,
): EstimateFigures | undefined {
  const baseX = value * factor.number;
  const tcX = baseX * multiplier.number;
  const base = roundIfDecided(baseX, rule, Math.abs(baseX));
  const totalComp = roundIfDecided(tcX, rule, Math.abs(tcX));
  if (base === undefined || totalComp === undefined) return undefined;
  if (premiums.length === 0) {
    return {
      base,
      totalComp,
      baseRange: Object.freeze([base, base] as const),
      totalCompRange: Object.freeze([totalComp, totalComp] as const),
      premiumRanges: [],
      factor: factor.exact,
    };
  }

  const premiumRanges: MoneyRange[] = [];
  let lowSum = 0;
  let highSum = 0;
  // Sums of absolute values: the error bound of a sum is relative to its terms.
  let lowSize = 0;
  let highSize = 0;
  for (const p of premiums) {
    const effect = p.effect as Extract<Premium["effect"], { kind: "amount" | "percent" }>;
    const [lowX, highX] =
      effect.kind === "amount"
        ? effect.amount
        : [baseX * effect.fraction[0], baseX * effect.fraction[1]];
    const low = roundIfDecided(lowX, rule, Math.abs(lowX));
    const high = roundIfDecided(highX, rule, Math.abs(highX));
    if (low === undefined || high === undefined) return undefined;
    premiumRanges.push(Object.freeze([low, high] as const));
    lowSum += lowX;
    highSum += highX;
    lowSize += Math.abs(lowX);
    highSize += Math.abs(highX);
  }
  const baseLow = roundIfDecided(baseX + lowSum, rule, Math.abs(baseX) + lowSize);
  const baseHigh = roundIfDecided(baseX + highSum, rule, Math.abs(baseX) + highSize);
  const tcLow = roundIfDecided(tcX + lowSum, rule, Math.abs(tcX) + lowSize);
  const tcHigh = roundIfDecided(tcX + highSum, rule, Math.abs(tcX) + highSize);
  if (
    baseLow === undefined ||
    baseHigh === undefined ||
    tcLow === undefined ||
    tcHigh === undefined
  ) {
    return undefined;
  }
  return {
    base,
    totalComp,
    baseRange: Object.freeze([baseLow, baseHigh] as const),
    totalCompRange: Object.freeze([tcLow, tcHigh] as const),
    premiumRanges,
    factor: factor.exact,
  };
}
