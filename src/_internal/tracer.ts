import type { Decimal } from "decimal.js";
import type { TraceOp, TraceStep } from "../core/trace/types.js";
import { Dec } from "./decimal.js";
import { type RoundRule, roundDecimal } from "./money-rounding.js";

// Decimals are immutable, so each one's number can be computed once: a step's inputs
// are earlier steps' results, and decimal.js's toNumber (via toString) is not cheap.
const numbers = new WeakMap<Decimal, number>();
function num(d: Decimal): number {
  let n = numbers.get(d);
  if (n === undefined) {
    n = d.toNumber();
    numbers.set(d, n);
  }
  return n;
}

/** "1234567" → "1,234,567" (digits only, optional leading minus). */
function groupDigits(digits: string): string {
  const negative = digits.startsWith("-");
  const body = negative ? digits.slice(1) : digits;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    if (i > 0 && (body.length - i) % 3 === 0) out += ",";
    out += body[i];
  }
  return negative ? `-${out}` : out;
}

/**
 * A number for a trace text: thousands separators, up to 12 significant digits
 * (`205,000`, `0.760869565217`). Hand-rolled rather than Intl.NumberFormat, which was a
 * quarter of the time of an estimate: traces are built on every call.
 */
export function show(d: Decimal | number): string {
  const n = typeof d === "number" ? d : num(d);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return groupDigits(String(n));
  const s = String(Number(n.toPrecision(12)));
  if (s.includes("e")) return s;
  const dot = s.indexOf(".");
  return dot < 0 ? groupDigits(s) : `${groupDigits(s.slice(0, dot))}${s.slice(dot)}`;
}

const SYMBOL: Partial<Record<TraceOp, string>> = {
  multiply: " × ",
  divide: " ÷ ",
  add: " + ",
  subtract: " − ",
};

/**
 * Exact decimal arithmetic that records each step as it goes, so a result's trace is
 * the computation itself rather than a description written beside it. Every public
 * domain function builds its result with one Tracer and rounds once, at the output.
 */
export class Tracer {
  readonly steps: TraceStep[] = [];

  private push(
    key: string,
    label: string,
    op: TraceOp,
    inputs: readonly Decimal[],
    result: Decimal,
    text: string,
    source?: string,
  ): Decimal {
    this.steps.push(
      Object.freeze({
        key,
        label,
        op,
        inputs: Object.freeze(inputs.map(num)),
        result: num(result),
        text,
        ...(source === undefined ? {} : { source }),
      }),
    );
    return result;
  }

  /** Records an input: a dataset figure (source = its field path) or a caller's value ("input"). */
  given(key: string, label: string, value: Decimal | number, source: string): Decimal {
    const d = typeof value === "number" ? new Dec(value) : value;
    return this.push(key, label, "given", [], d, `${label} = ${show(d)} (${source})`, source);
  }

  /** Records a value produced by the percentile engine (interpolation or rank). */
  engine(
    key: string,
    label: string,
    op: "interpolate" | "rank",
    inputs: readonly number[],
    value: number,
    text: string,
  ): Decimal {
    return this.push(
      key,
      label,
      op,
      inputs.map((x) => new Dec(x)),
      new Dec(value),
      text,
    );
  }

  private binary(
    op: "multiply" | "divide" | "add" | "subtract",
    key: string,
    label: string,
    names: string,
    a: Decimal,
    b: Decimal,
  ): Decimal {
    const result =
      op === "multiply"
        ? a.times(b)
        : op === "divide"
          ? a.dividedBy(b)
          : op === "add"
            ? a.plus(b)
            : a.minus(b);
    return this.push(
      key,
      label,
      op,
      [a, b],
      result,
      `${label}: ${names} = ${show(a)}${SYMBOL[op]}${show(b)} = ${show(result)}`,
    );
  }

  multiply(key: string, label: string, names: string, a: Decimal, b: Decimal): Decimal {
    return this.binary("multiply", key, label, names, a, b);
  }
  divide(key: string, label: string, names: string, a: Decimal, b: Decimal): Decimal {
    return this.binary("divide", key, label, names, a, b);
  }
  add(key: string, label: string, names: string, a: Decimal, b: Decimal): Decimal {
    return this.binary("add", key, label, names, a, b);
  }
  subtract(key: string, label: string, names: string, a: Decimal, b: Decimal): Decimal {
    return this.binary("subtract", key, label, names, a, b);
  }

  /** Sum of several terms, recorded as one `add` step with every term as an input. */
  sum(key: string, label: string, names: string, terms: readonly Decimal[]): Decimal {
    const result = terms.reduce((acc, t) => acc.plus(t), new Dec(0));
    return this.push(
      key,
      label,
      "add",
      terms,
      result,
      `${label}: ${names} = ${terms.map(show).join(" + ")} = ${show(result)}`,
    );
  }

  min(key: string, label: string, names: string, terms: readonly Decimal[]): Decimal {
    const result = Dec.min(...terms);
    return this.push(
      key,
      label,
      "min",
      terms,
      result,
      `${label}: min(${names}) = min(${terms.map(show).join(", ")}) = ${show(result)}`,
    );
  }

  max(key: string, label: string, names: string, terms: readonly Decimal[]): Decimal {
    const result = Dec.max(...terms);
    return this.push(
      key,
      label,
      "max",
      terms,
      result,
      `${label}: max(${names}) = max(${terms.map(show).join(", ")}) = ${show(result)}`,
    );
  }

  /** Rounds once, at the output, and records the rule. Returns a plain number. */
  round(key: string, label: string, value: Decimal, rule: RoundRule): number {
    const n = roundDecimal(value, rule);
    const how = rule === "none" ? "not rounded" : `rounded ${rule.mode} to ${show(rule.step)}`;
    this.push(
      key,
      label,
      "round",
      [value, new Dec(rule === "none" ? 0 : rule.step)],
      new Dec(n),
      `${label}: ${show(value)} ${how} = ${show(n)}`,
    );
    return n;
  }

  /** The recorded steps, frozen, for a public result. */
  done(): readonly TraceStep[] {
    return Object.freeze([...this.steps]);
  }
}
