import { datasetRef } from "../../_internal/dataset-ref.js";
import { forfeitLever, readForfeit, traceForfeit } from "../../_internal/lever-forfeit.js";
import { resolveRoundOption } from "../../_internal/money-rounding.js";
import { checkMagnitude } from "../../_internal/offer-model.js";
import { readOptions } from "../../_internal/options.js";
import { Tracer } from "../../_internal/tracer.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { ForfeitInput, SignOnForForfeit, SignOnOptions } from "./types.js";

const OPTION_KEYS = ["round"] as const;

/**
 * The sign-on bonus to ask for to bridge forfeited unvested equity: the dataset's
 * sign-on lever covers a share of the forfeit (the guide: "Companies actively
 * recruiting will often cover 50-100% of the forfeit"), so `range = forfeit × [0.5, 1]`.
 * The forfeit is an amount or `{ shares, price }` — "unvested RSUs × current stock
 * price", as the guide says to quantify it. Exact, rounded once.
 *
 * @throws PaybandsError `INVALID_AMOUNT` (forfeit or price not a finite number >= 0),
 *   `INVALID_INPUT` (shares, or a forfeit object with other keys), `INVALID_OPTION`,
 *   `UNKNOWN_LEVER` (a dataset without a fraction-of-forfeit lever).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { signOnForForfeit } from "paybands/core";
 * const ds = getDataset();
 * [signOnForForfeit(ds, 120000).range, signOnForForfeit(ds, { shares: 1000, price: 150 }).range];
 * //=> [[60000, 120000], [75000, 150000]]
 * ```
 *
 * @category Levers
 */
export function signOnForForfeit(
  dataset: Dataset,
  forfeit: ForfeitInput,
  options?: SignOnOptions,
): SignOnForForfeit {
  const parsed = readForfeit(forfeit, ["forfeit"]);
  const o = readOptions(options, OPTION_KEYS, "signOnForForfeit options");
  const rule = resolveRoundOption(o.round, ["round"]);
  const lever = forfeitLever(dataset);
  const [fLow, fHigh] = lever.effect.fraction;

  const t = new Tracer();
  const value = traceForfeit(parsed, t, "forfeit");
  checkMagnitude(value, "the forfeit");
  const low = t.multiply(
    "signOn.low",
    "sign-on (low)",
    "forfeit × low fraction",
    value,
    t.given(
      "fraction.low",
      "share of the forfeit covered (low)",
      fLow,
      `levers.${lever.id}.effect.fraction`,
    ),
  );
  const high = t.multiply(
    "signOn.high",
    "sign-on (high)",
    "forfeit × high fraction",
    value,
    t.given(
      "fraction.high",
      "share of the forfeit covered (high)",
      fHigh,
      `levers.${lever.id}.effect.fraction`,
    ),
  );
  const forfeitRounded = t.round("forfeit.rounded", "forfeit", value, rule);
  const range = Object.freeze([
    t.round("signOn.low.rounded", "sign-on (low)", low, rule),
    t.round("signOn.high.rounded", "sign-on (high)", high, rule),
  ] as const);
  return Object.freeze({
    range,
    forfeit: forfeitRounded,
    fraction: Object.freeze([fLow, fHigh] as const),
    lever: lever.id,
    // Built on first read (see Tracer.done).
    get trace() {
      return t.done();
    },
    dataset: datasetRef(dataset),
  });
}
