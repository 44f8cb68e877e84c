/** Fuzzes every function exported by `paybands/schemas`. */
import fc from "fast-check";
import { expect } from "vitest";
import * as z from "zod";
import * as schemas from "../../src/schemas/index.js";
import { anything, nearValid, optional, variants, weird } from "./arbitraries.js";
import { DATASET_JSON } from "./cases.js";
import { expectWellFormed, fuzzEntry } from "./fuzz-config.js";

const code = fc.constantFrom(...schemas.PAYBANDS_ERROR_CODES);
const dataset = fc.oneof(
  { weight: 1, arbitrary: fc.constant(DATASET_JSON) },
  { weight: 6, arbitrary: nearValid(DATASET_JSON) },
  { weight: 1, arbitrary: weird },
);
const OVERRIDES: readonly unknown[] = [
  { levels: { senior: { name: "Senior Engineer" } } },
  { metros: { seattle: null }, version: "2026.2.0" },
  {
    levels: {
      mid: {
        base: {
          anchors: [
            { p: 50, amount: 150000 },
            { p: 90, amount: 200000 },
          ],
        },
      },
    },
  },
];

/** A rejection is a PaybandsError in `error`; an acceptance is well-formed data. */
function checkSafeParse(result: unknown): void {
  const r = result as { success: boolean; data?: unknown; error?: unknown };
  if (r.success) expectWellFormed(r.data);
  else expect(schemas.isPaybandsError(r.error, "INVALID_DATASET")).toBe(true);
}

fuzzEntry("paybands/schemas", schemas, {
  parseDataset: [{ label: "near-valid dataset", args: fc.tuple(dataset) }],
  safeParseDataset: [
    { label: "near-valid dataset", args: fc.tuple(dataset), checkResult: checkSafeParse },
  ],
  createPaybands: [
    {
      label: "near-valid dataset, overrides",
      args: fc.tuple(
        fc.oneof(fc.constant(DATASET_JSON), dataset),
        optional(variants(...OVERRIDES)),
      ),
      // The result is the bound functions plus the validated dataset.
      checkResult: (result) => {
        const p = result as Record<string, unknown>;
        expect(typeof p.estimateCompensation).toBe("function");
        expectWellFormed(p.dataset);
      },
    },
  ],
  // rangeOf builds a schema from a zod number schema (its type): it is fuzzed with the
  // number schemas a user would pass, and the schema it returns must never throw.
  rangeOf: [
    {
      label: "number schema, then arbitrary input to the range schema",
      args: fc.tuple(fc.constantFrom(z.number(), z.number().min(0), z.number().int().max(1e6))),
      checkResult: (schema) => {
        const s = schema as z.ZodType;
        fc.assert(
          fc.property(fc.oneof(anything, variants([1, 2], [0, 0])), (v) => {
            s.safeParse(v);
          }),
          { numRuns: 20, seed: 1 },
        );
      },
    },
  ],
  isPaybandsError: [{ label: "value, code", args: fc.tuple(anything, fc.oneof(code, anything)) }],
  PaybandsError: [
    {
      label: "code, message, path",
      construct: true,
      args: fc.tuple(
        code,
        fc.string(),
        fc.record({ path: fc.array(fc.oneof(fc.string(), fc.nat())) }),
      ),
      checkResult: (error) => {
        expect(schemas.isPaybandsError(error)).toBe(true);
        expectWellFormed((error as schemas.PaybandsError).toJSON());
      },
    },
  ],
});
