/**
 * Fuzzes every function exported by `paybands/analysis`. The domain inputs (a dataset,
 * an estimate, an offer evaluation...) are real results, cloned; the options and the
 * rows are fuzzed, near-valid.
 */
import fc from "fast-check";
import * as analysis from "../../src/analysis/index.js";
import {
  applyLevers,
  diffDatasets,
  estimateCompensation,
  evaluateOffer,
  getDataset,
  projectCareer,
} from "../../src/index.js";
import { anything, optional, variants, weird } from "./arbitraries.js";
import { validDataset } from "./cases.js";
import { fuzzEntry } from "./fuzz-config.js";

const ds = getDataset();
const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
const RESULTS: readonly unknown[] = [
  estimateCompensation({ level: "senior", metro: "seattle" }),
  evaluateOffer({ base: 200000, equity: { grant: 400000 } }, { level: "senior" }),
  projectCareer({ level: "junior", years: 4, track: "ic" }),
  applyLevers({ base: 200000 }, ["competing-offer"]),
  diffDatasets(ds, json(ds) as typeof ds),
].map(json);
const ROW_OPTIONS: readonly unknown[] = [
  { kind: "levels", metros: ["seattle", "sf"] },
  { kind: "anchors" },
  { kind: "metros" },
  { kind: "levers" },
  { kind: "premiums" },
  { kind: "summary" },
];
const CHART_OPTIONS: readonly unknown[] = [
  {
    metros: ["seattle"],
    mark: { level: "senior", amount: 250000, label: "offer", metro: "seattle" },
  },
  { width: 400, height: 300, title: "Bands", subtitle: "<b>&</b>", currency: "EUR" },
  { mark: [{ level: "mid", amount: 150000 }] },
];
const rows = analysis.toRows(ds, { kind: "levels", metros: ["seattle"] });
const chartInput = fc.oneof(validDataset, variants(json(rows)));
const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), weird);

fuzzEntry("paybands/analysis", analysis, {
  toRows: [
    { label: "dataset, options", args: fc.tuple(validDataset, optional(variants(...ROW_OPTIONS))) },
    {
      label: "results, options",
      args: fc.tuple(fc.constantFrom(...RESULTS), optional(variants(...ROW_OPTIONS))),
    },
    { label: "noise", args: fc.tuple(anything, optional(anything)) },
  ],
  toCSV: [
    {
      label: "rows, options",
      args: fc.tuple(
        fc.oneof(
          variants(json(rows)),
          fc.array(fc.dictionary(fc.string({ maxLength: 5 }), cell, { maxKeys: 4 }), {
            maxLength: 4,
          }),
        ),
        optional(variants({ columns: ["level", "p50"] }, { header: false })),
      ),
    },
  ],
  bandChartSvg: [
    { label: "input, options", args: fc.tuple(chartInput, optional(variants(...CHART_OPTIONS))) },
  ],
  toVegaLite: [
    { label: "input, options", args: fc.tuple(chartInput, optional(variants(...CHART_OPTIONS))) },
  ],
});
