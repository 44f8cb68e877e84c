/**
 * The operation a trace step performs. Arithmetic steps (`multiply`, `divide`, `add`,
 * `subtract`, `min`, `max`, `round`) can be recomputed from their `inputs`; `given`
 * steps are inputs (a figure from the dataset or from the caller) and `interpolate` /
 * `rank` steps come from the percentile engine (see docs/methodology.md).
 *
 * @category Comp
 */
export type TraceOp =
  | "given"
  | "multiply"
  | "divide"
  | "add"
  | "subtract"
  | "min"
  | "max"
  | "round"
  | "interpolate"
  | "rank";

/**
 * One step of an explanation: what was computed, by which named formula, from which
 * numbers. `inputs` and `result` are exact decimal values shown as numbers (unrounded,
 * except in a `round` step, whose second input is the rounding step).
 *
 * @example
 * ```ts
 * import { estimateCompensation } from "paybands";
 * const step = estimateCompensation({ level: "senior", metro: "seattle" }).trace.find((s) => s.op === "multiply");
 * step?.text;
 * //=> "base at p50 in seattle: US base × pay factor = 205,000 × 1.26 = 258,300"
 * ```
 *
 * @category Comp
 */
export interface TraceStep {
  /** Stable key for the quantity this step produces (`base.national`, `metro.factor`). */
  readonly key: string;
  /** What the quantity is, in words. */
  readonly label: string;
  /** The operation. */
  readonly op: TraceOp;
  /** The operands, as numbers. */
  readonly inputs: readonly number[];
  /** The quantity produced, as a number. */
  readonly result: number;
  /** The step in words and numbers: "base at p50 in seattle: US base × pay factor = 205,000 × 1.26 = 258,300". */
  readonly text: string;
  /** Where a `given` figure comes from: a dataset field path or "input". */
  readonly source?: string;
}

/**
 * Which dataset a result was computed from.
 *
 * @example
 * ```ts
 * import type { DatasetRef } from "paybands/core";
 * const ref: DatasetRef = { id: "backend-developer", version: "2026.1.0" };
 * ref.version;
 * //=> "2026.1.0"
 * ```
 *
 * @category Comp
 */
export interface DatasetRef {
  /** The dataset id. */
  readonly id: string;
  /** The dataset version. */
  readonly version: string;
}
