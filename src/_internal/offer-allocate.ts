import type { Decimal } from "decimal.js";
import { Dec } from "./decimal.js";
import { type RoundRule, roundDecimal } from "./money-rounding.js";
import type { Tracer } from "./tracer.js";

/** A part to round: its trace key and label, and its exact value (>= 0). */
export interface AllocPart {
  readonly key: string;
  readonly label: string;
  readonly value: Decimal;
}

/**
 * Rounds parts so that they sum exactly to an already rounded `whole` — the largest
 * remainder method (Hamilton's method): each part is rounded down to the step, then
 * the steps still missing go, one each, to the parts with the largest remainders (ties:
 * the earlier part). Every part ends within one step of its exact value, and a part that
 * is an exact multiple of the step (such as a whole-dollar base) keeps its value.
 *
 * Each part's rounding is traced: `round` (mode down) and, for a part that receives a
 * step, `add` of the rounding step. A final `add` step records that the rounded parts
 * sum to the whole. With the rule `"none"` the parts are not rounded (their exact sum
 * is the whole; as floating-point numbers it may differ in the last bit).
 *
 * `whole` must be the rounding (by the same rule's step) of the parts' exact sum, or a
 * value itself allocated that way, so that the missing steps number between 0 and the
 * number of parts with a remainder.
 */
export function allocate(
  t: Tracer,
  parts: readonly AllocPart[],
  whole: number,
  rule: RoundRule,
  check: { readonly key: string; readonly label: string },
  stepRef: { value: Decimal | undefined },
): number[] {
  if (rule === "none") {
    return parts.map((p) => t.round(p.key, p.label, p.value, "none"));
  }
  const down: RoundRule = { step: rule.step, mode: "down" };
  const floors = parts.map((p) => roundDecimal(p.value, down));
  const floorSum = floors.reduce((a, b) => a + b, 0);
  const missing = Math.round((whole - floorSum) / rule.step);
  const remainders = parts.map((p, i) => p.value.minus(floors[i] as number));
  const order = parts
    .map((_, i) => i)
    .filter((i) => !(remainders[i] as Decimal).isZero())
    .sort((a, b) => (remainders[b] as Decimal).comparedTo(remainders[a] as Decimal) || a - b);
  if (missing < 0 || missing > order.length) {
    // Unreachable when `whole` is what the contract says; fail loudly rather than misreport.
    throw new Error(
      `paybands internal error: cannot allocate ${whole} over parts summing to ${parts
        .reduce((a, p) => a.plus(p.value), new Dec(0))
        .toString()}`,
    );
  }
  const bumped = new Set(order.slice(0, missing));
  const result = parts.map((p, i) => {
    if (!bumped.has(i)) return t.round(p.key, p.label, p.value, down);
    const floor = t.round(`${p.key}.floor`, `${p.label} (rounded down)`, p.value, down);
    stepRef.value ??= t.given("round.step", "rounding step", rule.step, "round option");
    return t
      .add(
        p.key,
        p.label,
        "rounded down + one step (largest remainder)",
        new Dec(floor),
        stepRef.value,
      )
      .toNumber();
  });
  if (parts.length > 1) {
    t.sum(
      check.key,
      check.label,
      parts.map((p) => p.label).join(" + "),
      result.map((n) => new Dec(n)),
    );
  }
  return result;
}
