/**
 * Fuzzes every function exported by `paybands/core`. The dataset argument is a
 * validated dataset (the embedded one, or a user's that parseDataset accepted): core
 * has no zod and documents that it takes a Dataset; everything else is fuzzed.
 */
import fc from "fast-check";
import * as core from "../../src/core/index.js";
import { BAND_CASES, DIFF_CASES, datasetCases, MONEY_CASES, validDataset } from "./cases.js";
import { fuzzEntry } from "./fuzz-config.js";

fuzzEntry("paybands/core", core, {
  ...BAND_CASES,
  ...MONEY_CASES,
  ...DIFF_CASES,
  ...datasetCases((args) => fc.tuple(validDataset, args).map(([ds, rest]) => [ds, ...rest])),
});
