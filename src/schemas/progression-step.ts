import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, TextSchema } from "./common.js";
import { rangeOf } from "./range.js";

/**
 * One step of the career progression: from a level (or the start) to a level or role,
 * the typical years the step takes and the raise it brings, as ranges.
 *
 * @example
 * ```ts
 * import { ProgressionStepSchema } from "paybands/schemas";
 * ProgressionStepSchema.parse({
 *   id: "mid-to-senior",
 *   order: 3,
 *   track: "ic",
 *   from: "mid",
 *   to: "senior",
 *   years: [3, 5],
 *   raise: [0.3, 0.45],
 *   description: "Drive API and system design for a team.",
 *   source: "guide",
 * }).raise;
 * //=> [0.3, 0.45]
 * ```
 *
 * @category Schemas
 */
export const ProgressionStepSchema = z.strictObject({
  /** Kebab-case id, unique among the progression steps. */
  id: IdSchema,
  /** The step's number in the source (1 = the starting point). */
  order: z.int().min(1).max(50),
  /** `ic` (individual contributor) or `manager`. */
  track: z.enum(["ic", "manager"]),
  /** The level or role the step starts from; `null` for the starting point. */
  from: IdSchema.nullable(),
  /** The level or role the step arrives at. */
  to: IdSchema,
  /** Typical years the step takes, `[low, high]`. */
  years: rangeOf(z.number().min(0).max(60)),
  /** The raise on arriving, as fractions ([0.28, 0.42] for +28–42%); `null` for the start. */
  raise: rangeOf(z.number().finite().min(0).max(2)).nullable(),
  /** What the step asks of the engineer, in the source's words. */
  description: TextSchema,
  /** Id of the source (in `Dataset.sources`) the figures come from. */
  source: IdSchema,
});

/**
 * A progression step, as validated by {@link ProgressionStepSchema}.
 *
 * @example
 * ```ts
 * import type { ProgressionStep } from "paybands/schemas";
 * const step: Pick<ProgressionStep, "from" | "to"> = { from: "senior", to: "staff" };
 * step.to;
 * //=> "staff"
 * ```
 *
 * @category Schemas
 */
export interface ProgressionStep extends DeepReadonly<z.infer<typeof ProgressionStepSchema>> {}
