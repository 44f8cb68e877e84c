import { datasetRef } from "../../_internal/dataset-ref.js";
import { Dec, type Dec as Decimal, toDecimal } from "../../_internal/decimal.js";
import { type ResolvedPolicy, resolvePolicy } from "../../_internal/geo-policy.js";
import { cachedFigure, figure, policyFactorFigure } from "../../_internal/level-pay.js";
import { type RoundRule, resolveRoundOption } from "../../_internal/money-rounding.js";
import { atPath, readOptions } from "../../_internal/options.js";
import { roundIfDecided } from "../../_internal/round-guard.js";
import { stalenessWarnings } from "../../_internal/staleness.js";
import { LazyTrace, type Tracer } from "../../_internal/tracer.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Metro } from "../../schemas/metro.js";
import { getMetro } from "../lookup/get-metro.js";
import type { AdjustForMetroOptions, MetroAdjustment } from "./types.js";

const OPTION_KEYS = ["from", "policy", "floor", "round", "now", "staleAfterMonths"] as const;

/**
 * Converts an amount that is a market rate in one metro (`from`, default the dataset
 * baseline: US national = remote) to what an employer pays in `to` under a pay policy
 * (default `local`). Premiums are multiplicative:
 * `amount × policyFactor(to) ÷ (1 + premium(from))`, computed exactly and rounded once.
 * SF → Austin under `local` is × 1.05 / 1.38.
 *
 * @throws PaybandsError `UNKNOWN_METRO` (path `to`, `from` or `policy.metro`) naming the
 *   valid metros; `INVALID_AMOUNT` for a negative or non-finite amount; `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { adjustForMetro } from "paybands/core";
 * const ds = getDataset();
 * [adjustForMetro(ds, 205000, "seattle").amount, adjustForMetro(ds, 282900, "austin", { from: "sf" }).amount];
 * //=> [258300, 215250]
 * ```
 *
 * @category Geo
 */
export function adjustForMetro(
  dataset: Dataset,
  amount: number,
  to: string,
  options?: AdjustForMetroOptions,
): MetroAdjustment {
  const o = readOptions(options, OPTION_KEYS, "adjustForMetro options");
  const value = toDecimal(amount, {
    name: "amount",
    path: ["amount"],
    code: "INVALID_AMOUNT",
    nonNegative: true,
  });
  const target = atPath(["to"], () => getMetro(dataset, to));
  const source =
    o.from === undefined
      ? getMetro(dataset, dataset.baselineMetro)
      : atPath(["from"], () => getMetro(dataset, o.from as string));
  const policy = resolvePolicy(dataset, o.policy, o.floor);
  const rule = resolveRoundOption(o.round, ["round"]);

  const fromFactor = cachedFigure(dataset, `market ${source.id}`, () =>
    figure(new Dec(1).plus(source.premium)),
  );
  const toFactor = policyFactorFigure(dataset, policy, target);
  const multiplier =
    policy.cacheKey === undefined
      ? figure(toFactor.exact.dividedBy(fromFactor.exact))
      : cachedFigure(dataset, `${policy.cacheKey} ${target.id} / ${source.id}`, () =>
          figure(toFactor.exact.dividedBy(fromFactor.exact)),
        );
  const warnings = stalenessWarnings(dataset, o);

  // Floats where they provably round like the exact decimals (round-guard.ts): amount ×
  // pay factor ÷ market factor is three correctly rounded float operations on the
  // amount and the factors' nearest floats. Else, and for the trace, exactly.
  const trace = new LazyTrace((t) => traceAdjustment(value, source, target, policy, rule, t));
  const adjustedX = (amount * toFactor.number) / fromFactor.number;
  const rounded = roundIfDecided(adjustedX, rule, Math.abs(adjustedX)) ?? trace.now();

  return Object.freeze({
    amount: rounded,
    from: source.id,
    to: target.id,
    multiplier: multiplier.number,
    fromFactor: fromFactor.number,
    toFactor: toFactor.number,
    policy: policy.kind,
    warnings,
    // Built on first read (see Tracer.done).
    get trace() {
      return trace.steps();
    },
    dataset: datasetRef(dataset),
  });
}

/**
 * The adjustment computed exactly in decimals, every step recorded on `t` (the
 * definition of the figures, and the trace); returns the rounded amount.
 */
function traceAdjustment(
  value: Decimal,
  source: Metro,
  target: Metro,
  policy: ResolvedPolicy,
  rule: RoundRule,
  t: Tracer,
): number {
  const x = t.given("amount", "amount", value, "input");
  const fromPremium = t.given(
    "from.premium",
    `premium of ${source.id}`,
    source.premium,
    `metros.${source.id}.premium`,
  );
  const fromFactor = t.add(
    "from.factor",
    `market factor of ${source.id}`,
    "1 + premium",
    new Dec(1),
    fromPremium,
  );
  const toFactor = policy.factor(target, t, "to.factor");
  t.divide("multiplier", "metro multiplier", "pay factor ÷ market factor", toFactor, fromFactor);
  // Multiply before dividing: amount × factor is exact, so only the one division rounds
  // (at 40 digits), and results such as 282,900 × 1.05 ÷ 1.38 = 215,250 come out exact.
  const scaled = t.multiply(
    "amount.scaled",
    "amount at the pay factor",
    "amount × pay factor",
    x,
    toFactor,
  );
  const adjusted = t.divide(
    "amount.adjusted",
    "adjusted amount",
    "amount × pay factor ÷ market factor",
    scaled,
    fromFactor,
  );
  return t.round("amount.rounded", "adjusted amount", adjusted, rule);
}
