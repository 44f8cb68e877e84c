import { describeValue } from "../_internal/decimal.js";
import { readOptions } from "../_internal/options.js";
import type { TraceStep } from "../core/trace/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { FormatTraceOptions } from "./types.js";

const KEYS = ["numbered"] as const;

/**
 * An explanation as lines of text: each step's `text`, in order, optionally numbered
 * ("1. …"). Every domain result of paybands carries such a `trace`.
 *
 * The text is English, written by the function that computed the result, with its exact
 * numbers ("227,071.136782 × 1.26 = 286,109.632345"); there is no `locale` option,
 * because translating the numbers alone would leave English words around them. For a
 * localised explanation, build your own lines from each step's `label`, `op`, `inputs`
 * and `result` with {@link formatMoney}.
 *
 * @throws PaybandsError `INVALID_INPUT` for anything but an array of steps with a
 *   string `text` (path `["trace", i, "text"]`); `INVALID_OPTION` for an unknown option.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { estimateCompensation } from "paybands/core";
 * import { formatTrace } from "paybands/format";
 * const e = estimateCompensation(getDataset(), { level: "senior", metro: "seattle" });
 * formatTrace(e.trace, { numbered: true }).slice(2, 4);
 * //=> [
 * //   "3. premium of seattle = 0.26 (metros.seattle.premium)",
 * //   "4. pay factor in seattle (local): 1 + premium = 1 + 0.26 = 1.26",
 * // ]
 * ```
 *
 * @category Format
 */
export function formatTrace(trace: readonly TraceStep[], options?: FormatTraceOptions): string[] {
  const { numbered = false } = readOptions(options, KEYS, "options");
  if (typeof numbered !== "boolean") {
    throw new PaybandsError(
      "INVALID_OPTION",
      `numbered must be true or false; got ${describeValue(numbered)}`,
      { path: ["numbered"], validChoices: ["true", "false"] },
    );
  }
  const steps: unknown = trace;
  if (!Array.isArray(steps)) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `trace must be an array of trace steps (a result's .trace); got ${describeValue(steps)}`,
      { path: ["trace"] },
    );
  }
  return steps.map((step: unknown, i) => {
    const text =
      typeof step === "object" && step !== null ? (step as { text?: unknown }).text : undefined;
    if (typeof text !== "string") {
      throw new PaybandsError(
        "INVALID_INPUT",
        `trace[${i}] must be a trace step with a string text; got ${describeValue(step)}`,
        { path: ["trace", i, "text"] },
      );
    }
    return numbered ? `${i + 1}. ${text}` : text;
  });
}
