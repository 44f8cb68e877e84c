/**
 * Fuzz cases shared by `paybands` and `paybands/core`: the same functions, bound to the
 * default dataset (root) or taking it as the first argument (core). `withDataset`
 * turns the argument tuple of the bound form into the tuple of the entry's form.
 */
import fc from "fast-check";
import { getDataset } from "../../src/index.js";
import { safeParseDataset } from "../../src/schemas/index.js";
import {
  ADJUST_OPTIONS,
  anything,
  BAND,
  BAND_OPTIONS,
  CAREER_INPUTS,
  DATES,
  ESTIMATE_INPUTS,
  ESTIMATE_TARGETS,
  edgeNumber,
  FORFEITS,
  LEVER_CONTEXTS,
  LEVER_LISTS,
  nearValid,
  numberish,
  OFFER_CONTEXTS,
  OFFERS,
  optional,
  POLICIES,
  realId,
  roundOption,
  variants,
  weird,
} from "./arbitraries.js";
import type { FuzzCase, FuzzTable } from "./fuzz-config.js";

type Args = fc.Arbitrary<readonly unknown[]>;

/** The default dataset as plain JSON, the base of near-valid datasets. */
export const DATASET_JSON: unknown = JSON.parse(JSON.stringify(getDataset()));

/**
 * Validated datasets other than the embedded one: near-valid edits that still pass the
 * schema (a changed figure, a removed optional field). Core functions take a Dataset —
 * validated by parseDataset, since core carries no zod — so this is the dataset
 * argument they are fuzzed with; what parseDataset rejects never reaches them.
 */
export const validDataset: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(getDataset()) },
  {
    weight: 2,
    arbitrary: nearValid(DATASET_JSON, fc.oneof(numberish, realId, fc.boolean())).map((d) => {
      const r = safeParseDataset(d);
      return r.success ? r.data : getDataset();
    }),
  },
);

/** Several cases from (label, args) pairs. */
function cases(...list: readonly (readonly [string, Args])[]): FuzzCase[] {
  return list.map(([label, args]) => ({ label, args }));
}

const moneyArg = fc.oneof(numberish, weird);
const RANGES: readonly unknown[] = [[100, 200], [0, 0], [1.5, 1e6], 5000];
const range = fc.oneof(variants(...RANGES), moneyArg);
const band = variants(BAND, {
  anchors: [
    { p: 10, amount: 50000 },
    { p: 90, amount: 90000 },
  ],
});
const bandOptions = optional(variants(...BAND_OPTIONS));
const percentile = fc.oneof(edgeNumber, fc.double({ min: 0, max: 100 }), weird);
const amountArg = fc.oneof(edgeNumber, fc.double({ min: 0, max: 1e7 }), weird);
const numberList = fc.oneof(
  fc.array(fc.oneof(edgeNumber, fc.double()), { maxLength: 8 }),
  fc.array(fc.double({ min: 0, max: 100 }), { maxLength: 8 }).map((xs) => Float64Array.from(xs)),
  variants([10, 50, 90], [150000, 250000]),
);

/** Band-level functions: the same in both entries, no dataset. */
export const BAND_CASES: FuzzTable = {
  interpolatePercentile: cases([
    "band, percentile, options",
    fc.tuple(band, percentile, bandOptions),
  ]),
  describePercentile: cases(["band, percentile, options", fc.tuple(band, percentile, bandOptions)]),
  percentileRank: cases(["band, amount, options", fc.tuple(band, amountArg, bandOptions)]),
  describeRank: cases(["band, amount, options", fc.tuple(band, amountArg, bandOptions)]),
  interpolatePercentiles: cases([
    "band, percentiles, options",
    fc.tuple(band, numberList, bandOptions),
  ]),
  percentileRanks: cases(["band, amounts, options", fc.tuple(band, numberList, bandOptions)]),
};

/** Money and range functions: plain numbers in and out, no dataset. */
export const MONEY_CASES: FuzzTable = {
  addMoney: cases(["a, b, rule", fc.tuple(moneyArg, moneyArg, optional(roundOption))]),
  subtractMoney: cases(["a, b, rule", fc.tuple(moneyArg, moneyArg, optional(roundOption))]),
  multiplyMoney: cases([
    "amount, factor, rule",
    fc.tuple(moneyArg, moneyArg, optional(roundOption)),
  ]),
  roundMoney: cases(["amount, rule", fc.tuple(moneyArg, optional(roundOption))]),
  sumMoney: cases([
    "amounts, rule",
    fc.tuple(fc.oneof(fc.array(moneyArg, { maxLength: 6 }), weird), optional(roundOption)),
  ]),
  makeRange: cases(["low, high", fc.tuple(moneyArg, optional(moneyArg))]),
  addRanges: cases(["a, b, round", fc.tuple(range, range, optional(roundOption))]),
  scaleRange: cases(["range, factor, round", fc.tuple(range, range, optional(roundOption))]),
  sumRanges: cases([
    "ranges, round",
    fc.tuple(fc.oneof(fc.array(range, { maxLength: 5 }), weird), optional(roundOption)),
  ]),
  composeRanges: cases([
    "start, steps, round",
    fc.tuple(
      range,
      fc.oneof(
        variants([{ add: [1000, 2000] }, { scale: [1.1, 1.2] }], [{ scale: 1.05 }]),
        fc.array(fc.oneof(fc.record({ add: range }), fc.record({ scale: range }), weird), {
          maxLength: 4,
        }),
      ),
      optional(roundOption),
    ),
  ]),
};

/**
 * The dataset functions, in their bound form (no dataset argument). `withDataset`
 * prepends the dataset for core.
 */
export function datasetCases(withDataset: (args: Args) => Args): FuzzTable {
  const key = fc.oneof(realId, weird);
  const t = (...arbs: fc.Arbitrary<unknown>[]): Args => withDataset(fc.tuple(...arbs));
  const c = (label: string, args: Args): FuzzCase[] => [{ label, args }];
  const estimateInput = variants(...ESTIMATE_INPUTS);
  const offer = variants(...OFFERS);
  const offerContext = variants(...OFFER_CONTEXTS);
  const levers = variants(...LEVER_LISTS);
  const leverContext = optional(variants(...LEVER_CONTEXTS));
  const now = optional(fc.oneof(variants(...DATES), fc.date(), anything));
  return {
    getLevel: c("key", t(key)),
    getMetro: c("key", t(key)),
    getLever: c("key", t(key)),
    getPremium: c("key", t(key)),
    lateralMoves: c("level", t(optional(key))),
    toMetroIndex: c("metro, reference", t(key, optional(key))),
    premiumFromIndex: c("index, reference", t(fc.oneof(numberish, weird), optional(key))),
    adjustForMetro: c(
      "amount, to, options",
      t(
        amountArg,
        key,
        optional(variants(...ADJUST_OPTIONS, ...POLICIES.map((policy) => ({ policy })))),
      ),
    ),
    estimateCompensation: c("input", t(estimateInput)),
    estimateMany: [
      { label: "rows of near-valid inputs", args: t(fc.array(estimateInput, { maxLength: 4 })) },
      { label: "noise", args: t(weird) },
    ],
    evaluateOffers: [
      {
        label: "rows of near-valid offers and contexts",
        args: t(
          fc.array(
            fc.oneof(
              fc.record({ offer, context: fc.constantFrom(...OFFER_CONTEXTS) }),
              fc.record({ offer: fc.constantFrom(...OFFERS), context: offerContext }),
              weird,
            ),
            { maxLength: 4 },
          ),
        ),
      },
      { label: "noise", args: t(weird) },
    ],
    evaluateOffer: [
      { label: "near-valid offer", args: t(offer, fc.constantFrom(...OFFER_CONTEXTS)) },
      { label: "near-valid context", args: t(fc.constantFrom(...OFFERS), offerContext) },
    ],
    applyLevers: [
      {
        label: "estimate target",
        args: t(variants(...ESTIMATE_TARGETS), levers, leverContext),
      },
      { label: "offer target", args: t(offer, levers, leverContext) },
    ],
    signOnForForfeit: c(
      "forfeit, options",
      t(variants(...FORFEITS), optional(variants({ round: 100 }, {}))),
    ),
    projectCareer: c("input", t(variants(...CAREER_INPUTS))),
    datasetAge: c(
      "now, options",
      t(now, optional(variants({ staleAfterMonths: 12 }, { staleAfterMonths: 0.5 }))),
    ),
  };
}

/** diffDatasets takes both datasets in both entries, and checks them itself. */
export const DIFF_CASES: FuzzTable = {
  diffDatasets: cases(
    ["real and near-valid datasets", fc.tuple(fc.constant(DATASET_JSON), nearValid(DATASET_JSON))],
    ["two near-valid datasets", fc.tuple(nearValid(DATASET_JSON), nearValid(DATASET_JSON))],
    ["noise", fc.tuple(weird, weird)],
  ),
};
