import { checkRows, mapRows } from "../../_internal/batch.js";
import { describeValue } from "../../_internal/decimal.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import { evaluateOffer } from "./evaluate-offer.js";
import type { OfferEvaluation, OfferRow } from "./types.js";

/**
 * The batch form of {@link evaluateOffer}: one evaluation per row `{ offer, context }`,
 * in order — each exactly what `evaluateOffer(dataset, row.offer, row.context)` returns.
 * Each row carries its own context because offers scored in bulk (a table of candidates
 * or of reported offers) differ in level and metro from row to row; for one shared
 * context, map the offers to `{ offer, context }`.
 *
 * @throws PaybandsError `INVALID_INPUT` when `rows` is not an array or a row is not an
 *   object `{ offer, context }`; for a bad row, the row's own error (`INVALID_AMOUNT`,
 *   `UNKNOWN_LEVEL`, ...) with the row's index in front of its path (`[3, "level"]`) and
 *   of its message (`[3]: ...`).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { evaluateOffers } from "paybands/core";
 * evaluateOffers(getDataset(), [
 *   { offer: { base: 250000, signOn: 30000 }, context: { level: "senior", metro: "seattle" } },
 *   { offer: { base: 150000 }, context: { level: "mid" } },
 * ]).map((r) => [r.firstYearTotal, r.compaRatio]);
 * //=> [[280000, 0.968], [150000, 1.014]]
 * ```
 *
 * @category Offers
 */
export function evaluateOffers(dataset: Dataset, rows: readonly OfferRow[]): OfferEvaluation[] {
  const list = checkRows(rows, "evaluateOffers rows ({ offer, context } objects)");
  return mapRows(list, (row) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new PaybandsError(
        "INVALID_INPUT",
        `a row must be an object { offer, context }; got ${describeValue(row)}`,
        { path: [] },
      );
    }
    for (const key of Object.keys(row)) {
      if (key !== "offer" && key !== "context") {
        throw new PaybandsError(
          "INVALID_INPUT",
          `unknown row key "${key}": a row is { offer, context }`,
          { path: [key], validChoices: ["offer", "context"] },
        );
      }
    }
    const { offer, context } = row as OfferRow;
    return evaluateOffer(dataset, offer, context);
  });
}
