/**
 * An independent replay of a trace, for the offer and lever tests: re-does each
 * arithmetic step's operation on its recorded inputs with decimal.js (its own clone, not
 * the library's Tracer or Dec), checks the recorded result, and checks that every
 * arithmetic input is a value an earlier step produced (so the steps form one chain
 * from the `given` figures to the outputs). `round` steps are redone with the mode their
 * text names ("rounded half-even to 1", "rounded down to 1000", "not rounded").
 */
import Decimal from "decimal.js";
import { expect } from "vitest";
import { interpolatePercentile, percentileRank } from "../../src/core/percentile/index.js";
import type { TraceStep } from "../../src/core/trace/types.js";
import { getDataset } from "../../src/index.js";

const ds = getDataset();

const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });

const MODES: Record<string, Decimal.Rounding> = {
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-up": Decimal.ROUND_HALF_UP,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
};

/** Equal as numbers: exactly for whole numbers, else to 12 significant digits. */
export function same(a: number, b: number): boolean {
  if (Number.isInteger(a) && Number.isInteger(b)) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

function recompute(step: TraceStep): number | undefined {
  const xs = step.inputs.map((x) => new D(x));
  const a = xs[0] as Decimal;
  const b = xs[1] as Decimal;
  switch (step.op) {
    case "multiply":
      return a.times(b).toNumber();
    case "divide":
      return a.dividedBy(b).toNumber();
    case "add":
      return xs.reduce((acc, x) => acc.plus(x), new D(0)).toNumber();
    case "subtract":
      return a.minus(b).toNumber();
    case "min":
      return D.min(...xs).toNumber();
    case "max":
      return D.max(...xs).toNumber();
    case "round": {
      if (/not rounded/.test(step.text)) return a.toNumber();
      const m = /rounded (half-even|half-up|up|down) to/.exec(step.text);
      if (m === null) throw new Error(`${step.key}: round step without a mode: ${step.text}`);
      const mode = MODES[m[1] as string] as Decimal.Rounding;
      return a.dividedBy(b).toDecimalPlaces(0, mode).times(b).toNumber();
    }
    default:
      return undefined;
  }
}

/** A problem found by {@link replayTrace}. */
export interface ReplayProblem {
  readonly key: string;
  readonly problem: string;
}

/**
 * Replays a trace; returns the last recorded value of each key and the problems found
 * (empty when every step recomputes and chains). `engine` may check `interpolate` and
 * `rank` steps (return a problem string, or undefined when fine).
 */
export function replayTrace(
  trace: readonly TraceStep[],
  engine?: (step: TraceStep) => string | undefined,
): { values: Map<string, number>; problems: ReplayProblem[] } {
  const seen: number[] = [1];
  const values = new Map<string, number>();
  const problems: ReplayProblem[] = [];
  for (const step of trace) {
    if (!Number.isFinite(step.result)) problems.push({ key: step.key, problem: "not finite" });
    const expected = recompute(step);
    if (expected !== undefined) {
      if (!same(expected, step.result)) {
        problems.push({
          key: step.key,
          problem: `recomputed ${expected}, recorded ${step.result}: ${step.text}`,
        });
      }
      const inputs = step.op === "round" ? step.inputs.slice(0, 1) : step.inputs;
      for (const x of inputs) {
        if (!seen.some((s) => same(s, x))) {
          problems.push({
            key: step.key,
            problem: `input ${x} was not produced by an earlier step`,
          });
        }
      }
    } else if (step.op === "interpolate" || step.op === "rank") {
      for (const x of step.inputs) {
        if (!seen.some((s) => same(s, x))) {
          problems.push({
            key: step.key,
            problem: `${step.op} input ${x} was not produced earlier`,
          });
        }
      }
      const problem = engine?.(step);
      if (problem !== undefined) problems.push({ key: step.key, problem });
    } else if (step.op !== "given") {
      problems.push({ key: step.key, problem: `unknown op ${step.op}` });
    }
    seen.push(step.result);
    values.set(step.key, step.result);
  }
  return { values, problems };
}

/** Checks `rank` and `interpolate` steps against the percentile engine. */
export function checkEngineStep(step: TraceStep): string | undefined {
  const method = /\((log-probit|pchip|linear)\)/.exec(step.text)?.[1] as
    | "log-probit"
    | "pchip"
    | "linear"
    | undefined;
  if (step.op === "rank") {
    const level = /on the (\S+) US base band/.exec(step.text)?.[1];
    const band = ds.levels.find((l) => l.id === level)?.base;
    if (band === undefined) return `no level in ${step.text}`;
    const x = step.inputs[0] as number;
    const options = method === undefined ? {} : { method };
    const exact = percentileRank(band, x, options);
    const one = percentileRank(band, x, { ...options, decimals: 1 });
    return step.result === exact || step.result === one
      ? undefined
      : `rank ${step.result} is neither ${exact} nor ${one}`;
  }
  const level = /\((\w+)\)/.exec(step.label)?.[1];
  const band = ds.levels.find((l) => l.id === level)?.base;
  if (band === undefined) return `no level in ${step.label}`;
  const value = interpolatePercentile(band, step.inputs[0] as number, { round: "none" });
  return value === step.result ? undefined : `interpolated ${value}, recorded ${step.result}`;
}

/**
 * Replays a trace inside a test: fails with every problem found, and returns the last
 * recorded value of each key for the caller's checks against the result.
 */
export function expectTraceReplays(
  trace: readonly TraceStep[],
  engine: (step: TraceStep) => string | undefined = checkEngineStep,
): Map<string, number> {
  const { values, problems } = replayTrace(trace, engine);
  expect(problems).toEqual([]);
  return values;
}
