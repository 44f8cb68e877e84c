/** Fuzzes every function exported by `paybands/format`. */
import fc from "fast-check";
import * as format from "../../src/format/index.js";
import { estimateCompensation } from "../../src/index.js";
import { edgeNumber, numberish, optional, variants, weird } from "./arbitraries.js";
import { fuzzEntry } from "./fuzz-config.js";

const MONEY_OPTIONS: readonly unknown[] = [
  { currency: "EUR", locale: "de-DE", compact: true, round: 100 },
  { compact: { decimals: 1 }, round: { step: 1000, mode: "half-up" } },
  { locale: "en-US", currency: "USD", compact: false, round: "none" },
];
const TRACE = JSON.parse(
  JSON.stringify(estimateCompensation({ level: "senior", metro: "seattle", percentile: 60 }).trace),
);

fuzzEntry("paybands/format", format, {
  formatMoney: [
    {
      label: "amount, options",
      args: fc.tuple(fc.oneof(numberish, weird), optional(variants(...MONEY_OPTIONS))),
    },
  ],
  formatRange: [
    {
      label: "range, options",
      args: fc.tuple(variants([100000, 150000], [0, 0]), optional(variants(...MONEY_OPTIONS))),
    },
  ],
  formatPercentile: [
    {
      label: "percentile, options",
      args: fc.tuple(
        fc.oneof(edgeNumber, fc.double({ min: 0, max: 100 }), weird),
        optional(variants({ locale: "fr-FR", decimals: 1 }, { decimals: 0 })),
      ),
    },
  ],
  formatTrace: [
    {
      label: "trace, options",
      args: fc.tuple(variants(TRACE), optional(variants({ numbered: true }))),
    },
  ],
});
