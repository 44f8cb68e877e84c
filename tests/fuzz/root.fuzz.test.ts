/** Fuzzes every function exported by `paybands` (the root entry, bound to the default dataset). */
import fc from "fast-check";
import * as root from "../../src/index.js";
import { anything, weird } from "./arbitraries.js";
import { BAND_CASES, DIFF_CASES, datasetCases, MONEY_CASES } from "./cases.js";
import { expectWellFormed, fuzzEntry } from "./fuzz-config.js";

const code = fc.constantFrom(...root.PAYBANDS_ERROR_CODES);

fuzzEntry("paybands", root, {
  ...BAND_CASES,
  ...MONEY_CASES,
  ...DIFF_CASES,
  ...datasetCases((args) => args),
  getDataset: [
    {
      label: "id, version",
      args: fc.tuple(
        fc.oneof(fc.constant("backend-developer"), weird),
        fc.oneof(fc.constant("2026.1.0"), fc.constant(undefined), weird),
      ),
    },
  ],
  listDatasets: [{ label: "no arguments", args: fc.constant([]) }],
  isPaybandsError: [
    {
      label: "value, code",
      args: fc.tuple(
        fc.oneof(anything, fc.constant(new root.PaybandsError("UNKNOWN_METRO", "x"))),
        fc.oneof(code, anything),
      ),
    },
  ],
  // The class is typed to take a code, a message and options: it is fuzzed with
  // arbitrary values of those types, and its toJSON() must round-trip.
  PaybandsError: [
    {
      label: "code, message, options",
      construct: true,
      args: fc.tuple(
        code,
        fc.string(),
        fc.record(
          {
            path: fc.array(fc.oneof(fc.string(), fc.integer())),
            validChoices: fc.array(fc.string()),
            issues: fc.array(
              fc.record({ path: fc.array(fc.oneof(fc.string(), fc.nat())), message: fc.string() }),
            ),
            cause: anything,
          },
          { requiredKeys: [] },
        ),
      ),
      checkResult: (error) => {
        if (!(error instanceof root.PaybandsError)) throw new Error("not a PaybandsError");
        if (!root.isPaybandsError(error)) throw new Error("isPaybandsError rejects it");
        expectWellFormed(error.toJSON());
      },
    },
  ],
});
