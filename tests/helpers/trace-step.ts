import { expect } from "vitest";
import type { TraceStep } from "../../src/core/trace/types.js";

/**
 * The one step of `trace` with `key` (keys are documented as stable: callers look steps up
 * by them). Fails the test when there is none or more than one.
 */
export function stepOf(trace: readonly TraceStep[], key: string): TraceStep {
  const found = trace.filter((s) => s.key === key);
  expect(
    found.map((s) => s.key),
    `trace step "${key}"`,
  ).toEqual([key]);
  return found[0] as TraceStep;
}

/** The texts of the steps with these keys, in the order asked. */
export function textsOf(trace: readonly TraceStep[], keys: readonly string[]): string[] {
  return keys.map((k) => stepOf(trace, k).text);
}
