import type { Decimal } from "decimal.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Level } from "../schemas/level.js";
import { nationalBaseAt, type PayContext, payFactor, tcMultiplier } from "./level-pay.js";
import { traceRank } from "./offer-context.js";
import type { Tracer } from "./tracer.js";

/** The other level's pay at the target base's percentile, exact, or why there is none. */
export type RelevelComparison =
  | {
      readonly ok: true;
      /** The target base's percentile in its own band (unrounded). */
      readonly percentile: number;
      readonly base: Decimal;
      readonly totalComp: Decimal;
    }
  | { readonly ok: false; readonly percentile: number; readonly reason: string };

/**
 * Level escalation's comparison, traced: the percentile p of `base` in the context
 * level's band for the metro (base ÷ pay factor, ranked on the US band), then `other`'s
 * US base at p × the pay factor, and that × `other`'s TC/base multiplier. When p is so
 * far out in a tail that the other band has no amount there (the percentile engine
 * refuses it), there is no comparison and `reason` says why.
 */
export function relevelComparison(
  ctx: PayContext,
  other: Level,
  base: Decimal,
  t: Tracer,
): RelevelComparison {
  const factor = payFactor(ctx, t, "relevel.factor");
  const national = t.divide(
    "relevel.base.national",
    "target base in US-national terms",
    "base ÷ pay factor",
    base,
    factor,
  );
  const p = traceRank(
    ctx,
    ctx.level,
    national,
    t,
    "relevel.percentile",
    `percentile of base in the ${ctx.level.id} band`,
    undefined,
  );
  const otherCtx: PayContext = { ...ctx, level: other };
  let otherNational: Decimal;
  try {
    otherNational = nationalBaseAt(otherCtx, p, t, "relevel.other.base.national");
  } catch (e) {
    if (
      e instanceof PaybandsError &&
      (e.code === "PERCENTILE_OUT_OF_RANGE" || e.code === "INVALID_PERCENTILE")
    ) {
      return {
        ok: false,
        percentile: p,
        reason: `the base is so far outside the ${ctx.level.id} band (p${p.toPrecision(3)}) that the ${other.id} band has no amount at that percentile, so there is no comparison`,
      };
    }
    throw e;
  }
  const otherBase = t.multiply(
    "relevel.other.base",
    `${other.id} base at the same percentile in ${ctx.metro.id}`,
    "US base × pay factor",
    otherNational,
    factor,
  );
  const multiplier = tcMultiplier(otherCtx, t);
  const totalComp = t.multiply(
    "relevel.other.tc",
    `${other.id} total comp at the same percentile in ${ctx.metro.id}`,
    "base × TC/base multiplier",
    otherBase,
    multiplier,
  );
  return { ok: true, percentile: p, base: otherBase, totalComp };
}
