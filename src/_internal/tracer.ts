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

// The same few numbers (dataset figures, 0, 1, rounding steps) are given on every call:
// decimals are immutable, so one instance per number can be shared by every Tracer.
const decimals = new Map<number, Decimal>();
const MAX_CACHED_DECIMALS = 4096;
function decimalOf(n: number): Decimal {
  // A map key treats -0 as 0, so -0 is not shared (a negative-zero decimal keeps its sign).
  if (Object.is(n, -0)) return new Dec(n);
  let d = decimals.get(n);
  if (d === undefined) {
    d = new Dec(n);
    if (decimals.size < MAX_CACHED_DECIMALS) decimals.set(n, d);
  }
  return d;
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

/** A step as recorded: its numbers and words are worked out only if the trace is read. */
interface Recorded {
  readonly key: string;
  readonly label: string;
  readonly op: TraceOp;
  readonly inputs: readonly Decimal[];
  readonly result: Decimal;
  readonly text: () => string;
  readonly source: string | undefined;
}

/**
 * Exact decimal arithmetic that records each step as it goes, so a result's trace is
 * the computation itself rather than a description written beside it. Every public
 * domain function builds its result with one Tracer and rounds once, at the output.
 *
 * The arithmetic is done when a step is recorded; turning the step's decimals into
 * numbers and its words into a string is deferred until the trace is first read
 * ({@link Tracer.done}), because that is most of the cost of a call and a widget
 * recomputing on every slider move rarely reads the trace (docs/performance.md).
 */
export class Tracer {
  private readonly recorded: Recorded[] = [];
  private steps: readonly TraceStep[] | undefined;

  private push(
    key: string,
    label: string,
    op: TraceOp,
    inputs: readonly Decimal[],
    result: Decimal,
    text: () => string,
    source?: string,
  ): Decimal {
    this.recorded.push({ key, label, op, inputs, result, text, source });
    return result;
  }

  /** Records an input: a dataset figure (source = its field path) or a caller's value ("input"). */
  given(key: string, label: string, value: Decimal | number, source: string): Decimal {
    const d = typeof value === "number" ? decimalOf(value) : value;
    return this.push(key, label, "given", [], d, () => `${label} = ${show(d)} (${source})`, source);
  }

  /** Records a value produced by the percentile engine (interpolation or rank). */
  engine(
    key: string,
    label: string,
    op: "interpolate" | "rank",
    inputs: readonly number[],
    value: number,
    text: string | (() => string),
  ): Decimal {
    return this.push(
      key,
      label,
      op,
      inputs.map(decimalOf),
      new Dec(value),
      typeof text === "string" ? () => text : text,
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
      () => `${label}: ${names} = ${show(a)}${SYMBOL[op]}${show(b)} = ${show(result)}`,
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
      () => `${label}: ${names} = ${terms.map(show).join(" + ")} = ${show(result)}`,
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
      () => `${label}: min(${names}) = min(${terms.map(show).join(", ")}) = ${show(result)}`,
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
      () => `${label}: max(${names}) = max(${terms.map(show).join(", ")}) = ${show(result)}`,
    );
  }

  /** Rounds once, at the output, and records the rule. Returns a plain number. */
  round(key: string, label: string, value: Decimal, rule: RoundRule): number {
    const n = roundDecimal(value, rule);
    this.push(
      key,
      label,
      "round",
      [value, decimalOf(rule === "none" ? 0 : rule.step)],
      decimalOf(n),
      () => {
        const how = rule === "none" ? "not rounded" : `rounded ${rule.mode} to ${show(rule.step)}`;
        return `${label}: ${show(value)} ${how} = ${show(n)}`;
      },
    );
    return n;
  }

  /**
   * The recorded steps as public, frozen {@link TraceStep}s: built on the first call and
   * the same array on every later one.
   */
  done(): readonly TraceStep[] {
    if (this.steps === undefined) {
      this.steps = Object.freeze(
        this.recorded.map((r) =>
          Object.freeze({
            key: r.key,
            label: r.label,
            op: r.op,
            inputs: Object.freeze(r.inputs.map(num)),
            result: num(r.result),
            text: r.text(),
            ...(r.source === undefined ? {} : { source: r.source }),
          }),
        ),
      );
    }
    return this.steps;
  }
}

/**
 * The trace of a result computed on a fast path: the exact computation `record`,
 * replayed on a Tracer when the trace is first read — or, when the fast path could not
 * decide a rounding and the exact computation ran ({@link LazyTrace.now}), that run's
 * Tracer.
 */
export class LazyTrace<R> {
  private tracer: Tracer | undefined;

  constructor(private readonly record: (t: Tracer) => R) {}

  /** Runs the exact computation now and returns its result; its steps are the trace. */
  now(): R {
    this.tracer = new Tracer();
    return this.record(this.tracer);
  }

  /** The steps (see {@link Tracer.done}), recorded on the first call. */
  steps(): readonly TraceStep[] {
    if (this.tracer === undefined) this.now();
    return (this.tracer as Tracer).done();
  }
}
