import type { Decimal } from "decimal.js";
import type { CareerScenario } from "../core/career/types.js";
import type { Dataset } from "../schemas/dataset.js";
import type { ProgressionStep } from "../schemas/progression-step.js";
import { Dec } from "./decimal.js";
import { medianAnchor } from "./level-pay.js";
import type { Tracer } from "./tracer.js";

/**
 * The traced figures of a career projection, each recorded once however many
 * scenarios and years use it: a step's raise per scenario (smallest, midpoint, largest)
 * and a level's estimated total comp and p50 base.
 */
export class CareerFigures {
  private readonly raises = new Map<string, Decimal>();
  private two: Decimal | undefined;
  private readonly terms = new Map<string, { tc: Decimal; median: Decimal } | null>();

  constructor(
    private readonly dataset: Dataset,
    private readonly t: Tracer,
  ) {}

  private raiseEnd(step: ProgressionStep, end: "low" | "high"): Decimal {
    const key = `progression.${step.id}.raise.${end}`;
    const known = this.raises.get(key);
    if (known) return known;
    const index = this.dataset.progression.indexOf(step);
    const value = step.raise === null ? 0 : end === "low" ? step.raise[0] : step.raise[1];
    const d = this.t.given(
      key,
      `${end === "low" ? "smallest" : "largest"} raise ${step.from} → ${step.to}`,
      value,
      step.raise === null
        ? `progression.${index}.raise (none given: 0)`
        : `progression.${index}.raise`,
    );
    this.raises.set(key, d);
    return d;
  }

  /** The raise a scenario takes on a step: low the smallest, high the largest, expected the midpoint. */
  raise(step: ProgressionStep, scenario: CareerScenario): Decimal {
    if (scenario === "low") return this.raiseEnd(step, "low");
    if (scenario === "high") return this.raiseEnd(step, "high");
    const key = `progression.${step.id}.raise.mid`;
    const known = this.raises.get(key);
    if (known) return known;
    const lo = this.raiseEnd(step, "low");
    const hi = this.raiseEnd(step, "high");
    const sum = this.t.add(
      `progression.${step.id}.raise.sum`,
      `smallest + largest raise ${step.from} → ${step.to}`,
      "smallest + largest",
      lo,
      hi,
    );
    this.two ??= this.t.given("raise.midpoint.divisor", "midpoint divisor", 2, "formula");
    const mid = this.t.divide(
      key,
      `midpoint raise ${step.from} → ${step.to}`,
      "(smallest + largest) ÷ 2",
      sum,
      this.two,
    );
    this.raises.set(key, mid);
    return mid;
  }

  /** `1 + raise` for a scenario's promotion by a step. */
  promotionFactor(step: ProgressionStep, scenario: CareerScenario): Decimal {
    const key = `promotion.${scenario}.${step.id}.factor`;
    const known = this.raises.get(key);
    if (known) return known;
    const f = this.t.add(
      key,
      `${scenario} promotion factor ${step.from} → ${step.to}`,
      "1 + raise",
      new Dec(1),
      this.raise(step, scenario),
    );
    this.raises.set(key, f);
    return f;
  }

  /**
   * A level's estimated total comp and p50 base, the two terms of its TC/base
   * multiplier, or `null` for a role the dataset gives no total comp for (a role is not
   * a level: it has no band).
   */
  totalCompTerms(id: string): { readonly tc: Decimal; readonly median: Decimal } | null {
    const known = this.terms.get(id);
    if (known !== undefined) return known;
    const level = this.dataset.levels.find((l) => l.id === id);
    let terms: { tc: Decimal; median: Decimal } | null = null;
    if (level !== undefined) {
      terms = {
        tc: this.t.given(
          `tc.${id}.estimated`,
          `estimated total comp (${id})`,
          level.estimatedTotalComp.amount,
          `levels.${id}.estimatedTotalComp`,
        ),
        median: this.t.given(
          `tc.${id}.median`,
          `US p50 base (${id})`,
          medianAnchor(level),
          `levels.${id}.base`,
        ),
      };
    }
    this.terms.set(id, terms);
    return terms;
  }
}
