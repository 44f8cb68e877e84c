/**
 * An independent check of a result's trace: re-does every arithmetic step on its
 * inputs with decimal.js (not the library's Tracer) and checks the recorded result,
 * and checks that each arithmetic input is a value recorded earlier in the trace, so
 * the steps form one chain from the `given` figures to the output.
 */
import Decimal from "decimal.js";
import { expect } from "vitest";
import type { TraceStep } from "../../src/core/index.js";

const D = Decimal.clone({ precision: 40 });

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function recompute(step: TraceStep): number | undefined {
  const xs = step.inputs.map((x) => new D(x));
  const [a, b] = xs;
  switch (step.op) {
    case "multiply":
      return (a as Decimal).times(b as Decimal).toNumber();
    case "divide":
      return (a as Decimal).dividedBy(b as Decimal).toNumber();
    case "add":
      return xs.reduce((acc, x) => acc.plus(x), new D(0)).toNumber();
    case "subtract":
      return (a as Decimal).minus(b as Decimal).toNumber();
    case "min":
      return D.min(...xs).toNumber();
    case "max":
      return D.max(...xs).toNumber();
    case "round": {
      const step_ = b as Decimal;
      if (step_.isZero()) return (a as Decimal).toNumber();
      // The mode is named in the step's text ("rounded half-even to 1").
      const mode = /rounded (half-even|half-up|up|down) to/.exec(step.text)?.[1] ?? "half-even";
      const modes: Record<string, Decimal.Rounding> = {
        "half-even": D.ROUND_HALF_EVEN,
        "half-up": D.ROUND_HALF_UP,
        up: D.ROUND_UP,
        down: D.ROUND_DOWN,
      };
      return (a as Decimal)
        .dividedBy(step_)
        .toDecimalPlaces(0, modes[mode] ?? D.ROUND_HALF_EVEN)
        .times(step_)
        .toNumber();
    }
    default:
      return undefined; // given, interpolate, rank: inputs, checked elsewhere
  }
}

/** Replays a trace and returns the final recorded value of each key. */
export function replayTrace(trace: readonly TraceStep[]): Map<string, number> {
  // The literal 1 of "1 + premium" is the only constant a formula may use.
  const seen: number[] = [1];
  const byKey = new Map<string, number>();
  for (const step of trace) {
    const expected = recompute(step);
    if (expected !== undefined) {
      expect(
        close(expected, step.result),
        `${step.key}: ${step.text} (recomputed ${expected})`,
      ).toBe(true);
      const inputs = step.op === "round" ? step.inputs.slice(0, 1) : step.inputs;
      for (const x of inputs) {
        expect(
          seen.some((s) => close(s, x)),
          `${step.key}: input ${x} was not produced by an earlier step`,
        ).toBe(true);
      }
    }
    expect(Number.isFinite(step.result), step.key).toBe(true);
    seen.push(step.result);
    byKey.set(step.key, step.result);
  }
  return byKey;
}
