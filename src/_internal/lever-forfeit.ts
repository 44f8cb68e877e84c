import type { Decimal } from "decimal.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Lever } from "../schemas/lever.js";
import { describeValue } from "./decimal.js";
import { dotted, readCount, readFields, readMoney } from "./offer-input.js";
import type { Tracer } from "./tracer.js";

/** A validated forfeit: an amount, or unvested shares × current price. */
export type ParsedForfeit =
  | { readonly kind: "amount"; readonly amount: Decimal }
  | { readonly kind: "shares"; readonly shares: Decimal; readonly price: Decimal };

/** Reads a forfeit: a number >= 0, or `{ shares, price }`. */
export function readForfeit(value: unknown, path: readonly PathSegment[]): ParsedForfeit {
  if (value === undefined) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `${dotted(path)} is required: the value of the unvested equity you forfeit, as an amount or { shares, price }`,
      { path, validChoices: ["an amount", "{ shares, price }"] },
    );
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const o = readFields(value, ["shares", "price"], dotted(path), path);
    return {
      kind: "shares",
      shares: readCount(o.shares, [...path, "shares"]),
      price: readMoney(o.price, [...path, "price"]),
    };
  }
  if (typeof value !== "number") {
    throw new PaybandsError(
      "INVALID_AMOUNT",
      `${dotted(path)} must be a finite number >= 0 or { shares, price }; got ${describeValue(value)}`,
      { path },
    );
  }
  return { kind: "amount", amount: readMoney(value, path) };
}

/** Records a forfeit on the tracer and returns its value (shares × price when so given). */
export function traceForfeit(forfeit: ParsedForfeit, t: Tracer, key: string): Decimal {
  if (forfeit.kind === "amount") {
    return t.given(key, "forfeited unvested equity", forfeit.amount, "input");
  }
  const shares = t.given(`${key}.shares`, "unvested shares", forfeit.shares, "input");
  const price = t.given(`${key}.price`, "current stock price", forfeit.price, "input");
  return t.multiply(
    key,
    "forfeited unvested equity",
    "unvested shares × current stock price",
    shares,
    price,
  );
}

/** The dataset's sign-on-for-forfeit lever: the first (by rank) with a fraction-of-forfeit effect. */
export function forfeitLever(
  dataset: Dataset,
): Lever & { readonly effect: { readonly kind: "fraction-of-forfeit" } } {
  const lever = [...dataset.levers]
    .sort((a, b) => a.rank - b.rank)
    .find((l) => l.effect.kind === "fraction-of-forfeit");
  if (lever === undefined) {
    throw new PaybandsError(
      "UNKNOWN_LEVER",
      `dataset ${dataset.id} ${dataset.version} has no sign-on lever (an effect of kind "fraction-of-forfeit"); its levers: ${dataset.levers.map((l) => l.id).join(", ")}`,
      { path: [], validChoices: dataset.levers.map((l) => l.id) },
    );
  }
  return lever as Lever & { readonly effect: { readonly kind: "fraction-of-forfeit" } };
}
