import type { Decimal } from "decimal.js";
import { percentileRank } from "../core/percentile/percentile-rank.js";
import type { PercentileMethod, TailPolicy } from "../core/percentile/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Level } from "../schemas/level.js";
import { describeValue } from "./decimal.js";
import type { PayContext } from "./level-pay.js";
import { show, type Tracer } from "./tracer.js";

const METHODS: readonly PercentileMethod[] = ["log-probit", "pchip", "linear"];
const TAILS: readonly TailPolicy[] = ["extend", "clamp", "pareto", "error"];

/**
 * Checks the `method` and `tail` options up front, so that an error names the caller's
 * field (`["method"]`) rather than the percentile engine's (`["options", "method"]`).
 */
export function checkMethodAndTail(method: unknown, tail: unknown): void {
  if (method !== undefined && !(METHODS as readonly unknown[]).includes(method)) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `method must be one of ${METHODS.map((m) => `"${m}"`).join(", ")}; got ${describeValue(method)}`,
      { path: ["method"], validChoices: METHODS },
    );
  }
  if (tail !== undefined && !(TAILS as readonly unknown[]).includes(tail)) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `tail must be one of ${TAILS.map((m) => `"${m}"`).join(", ")}; got ${describeValue(tail)}`,
      { path: ["tail"], validChoices: TAILS },
    );
  }
}

/** Decimals of the percentile ranks in results. */
export const RANK_DECIMALS = 1;

/**
 * Ranks a national-terms amount in a level's US base band (the percentile engine, with
 * the context's method and tail) and records it as a `rank` step whose one input is the
 * amount. `decimals` undefined gives the unrounded rank.
 */
export function traceRank(
  ctx: PayContext,
  level: Level,
  national: Decimal,
  t: Tracer,
  key: string,
  label: string,
  decimals: number | undefined,
): number {
  const amount = national.toNumber();
  const rank = percentileRank(level.base, amount, {
    ...(ctx.method === undefined ? {} : { method: ctx.method }),
    ...(ctx.tail === undefined ? {} : { tail: ctx.tail }),
    ...(decimals === undefined ? {} : { decimals }),
  });
  t.engine(
    key,
    label,
    "rank",
    [amount],
    rank,
    `${label}: ${show(amount)} on the ${level.id} US base band (${ctx.method ?? "log-probit"}) = p${show(rank)}`,
  );
  return rank;
}
