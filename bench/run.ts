/**
 * paybands benchmarks: `npm run bench`. Every case is measured against a plain-float
 * loop of its own math (bench/float-percentile.ts, bench/float-comp.ts) in the same run,
 * and printed as ops/s and a ratio to that baseline (ratios, not absolute times, are
 * comparable across machines); the naive decimal.js versions (bench/decimal-percentile.ts)
 * show what exactness costs without a fast path. BENCH_TIME_MS, BENCH_ROWS and
 * BENCH_MANY_ROWS set the time per scalar case and the column and row-batch sizes.
 */
// The built package, as users run it (npm run bench builds it first); BENCH_SRC=1 measures
// the sources through tsx instead, which adds tsx's own helpers to every call.
const lib: typeof import("../src/index.js") = await import(
  process.env.BENCH_SRC === "1" ? "../src/index.js" : "../dist/index.js"
);
const {
  adjustForMetro,
  estimateCompensation,
  estimateMany,
  evaluateOffer,
  evaluateOffers,
  getLevel,
  interpolatePercentile,
  interpolatePercentiles,
  percentileRank,
  percentileRanks,
} = lib;

import { coldStart } from "./cold-start.js";
import {
  decimalColumn,
  decimalLinear,
  decimalLinearRank,
  decimalLogProbit,
} from "./decimal-percentile.js";
import { floatAdjust, floatEstimate, floatOffer } from "./float-comp.js";
import {
  floatBand,
  floatColumn,
  floatLinear,
  floatLinearRank,
  floatLogProbit,
  floatLogProbitRank,
  floatPchip,
  floatPchipRank,
} from "./float-percentile.js";
import { batchGroup, printRows, scalarGroup } from "./measure.js";

const TIME = Number(process.env.BENCH_TIME_MS ?? 300);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const MANY = Number(process.env.BENCH_MANY_ROWS ?? 2_000);

const band = getLevel("senior").base;
const fb = floatBand(band.anchors);
// A fixed pseudo-random column (xorshift) so every run measures the same inputs.
let seed = 0x9e3779b9;
function random(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const ps = Float64Array.from({ length: ROWS }, () => 1 + 98 * random());
const amounts = Float64Array.from({ length: ROWS }, () => 120000 + 300000 * random());
let k = 0;
const nextP = () => ps[k++ % 1024] as number;
const nextX = () => amounts[k++ % 1024] as number;
const rowsLabel = ROWS.toLocaleString("en-US");
// The naive decimal.js loops run ~1k (log-probit) to ~100k (linear) rows/s: a slice.
const tiny = ps.subarray(0, Math.min(ROWS, 5_000));
const small = ps.subarray(0, Math.min(ROWS, 50_000));
const smallX = amounts.subarray(0, Math.min(ROWS, 50_000));

// Scalar interpolation and rank: one group per method, each against its own float loop.
const LINEAR = { method: "linear" } as const;
const PCHIP = { method: "pchip" } as const;
await scalarGroup("interpolate log-probit (scalar)", TIME, {
  "float log-probit (baseline)": () => floatLogProbit(fb, nextP()),
  interpolatePercentile: () => interpolatePercentile(band, nextP()),
  "decimal.js log-probit (naive)": () => decimalLogProbit(fb, nextP()),
});
await scalarGroup("interpolate pchip (scalar)", TIME, {
  "float pchip (baseline)": () => floatPchip(fb, nextP()),
  interpolatePercentile: () => interpolatePercentile(band, nextP(), PCHIP),
});
await scalarGroup("interpolate linear (scalar)", TIME, {
  "float linear (baseline)": () => floatLinear(fb, nextP()),
  interpolatePercentile: () => interpolatePercentile(band, nextP(), LINEAR),
  "decimal.js linear (naive)": () => decimalLinear(fb, nextP()),
});
await scalarGroup("rank log-probit (scalar)", TIME, {
  "float log-probit rank (baseline)": () => floatLogProbitRank(fb, nextX()),
  percentileRank: () => percentileRank(band, nextX()),
});
await scalarGroup("rank pchip (scalar)", TIME, {
  "float pchip rank (baseline)": () => floatPchipRank(fb, nextX()),
  percentileRank: () => percentileRank(band, nextX(), PCHIP),
});
await scalarGroup("rank linear (scalar)", TIME, {
  "float linear rank (baseline)": () => floatLinearRank(fb, nextX()),
  percentileRank: () => percentileRank(band, nextX(), LINEAR),
  "decimal.js linear rank (naive)": () => decimalLinearRank(fb, nextX()),
});

// Whole columns.
batchGroup(`interpolate log-probit (batch, ${rowsLabel} rows)`, {
  "float log-probit loop (baseline)": [() => floatColumn(floatLogProbit, fb, ps), ROWS],
  interpolatePercentiles: [() => interpolatePercentiles(band, ps), ROWS],
  "decimal.js log-probit loop (naive, 5k rows)": [
    () => decimalColumn(decimalLogProbit, fb, tiny),
    tiny.length,
  ],
});
batchGroup(`interpolate pchip (batch, ${rowsLabel} rows)`, {
  "float pchip loop (baseline)": [() => floatColumn(floatPchip, fb, ps), ROWS],
  interpolatePercentiles: [() => interpolatePercentiles(band, ps, PCHIP), ROWS],
});
batchGroup(`interpolate linear (batch, ${rowsLabel} rows)`, {
  "float linear loop (baseline)": [() => floatColumn(floatLinear, fb, ps), ROWS],
  interpolatePercentiles: [() => interpolatePercentiles(band, ps, LINEAR), ROWS],
  "decimal.js linear loop (naive, 50k rows)": [
    () => decimalColumn(decimalLinear, fb, small),
    small.length,
  ],
});
batchGroup(`rank log-probit (batch, ${rowsLabel} rows)`, {
  "float log-probit rank loop (baseline)": [
    () => floatColumn(floatLogProbitRank, fb, amounts),
    ROWS,
  ],
  percentileRanks: [() => percentileRanks(band, amounts), ROWS],
});
batchGroup(`rank pchip (batch, ${rowsLabel} rows)`, {
  "float pchip rank loop (baseline)": [() => floatColumn(floatPchipRank, fb, amounts), ROWS],
  percentileRanks: [() => percentileRanks(band, amounts, PCHIP), ROWS],
});
batchGroup(`rank linear (batch, ${rowsLabel} rows)`, {
  "float linear rank loop (baseline)": [() => floatColumn(floatLinearRank, fb, amounts), ROWS],
  percentileRanks: [() => percentileRanks(band, amounts, LINEAR), ROWS],
  "decimal.js linear rank loop (naive, 50k rows)": [
    () => decimalColumn(decimalLinearRank, fb, smallX),
    smallX.length,
  ],
});

// The money functions, which carry a trace (built when first read: the "+ trace read"
// cases read it, as a widget showing the explanation does).
await scalarGroup("adjustForMetro", TIME, {
  "float adjust (baseline)": () => floatAdjust(nextX(), 0.38, 0.05),
  adjustForMetro: () => adjustForMetro(nextX(), "austin", { from: "sf" }),
  "adjustForMetro + trace read": () =>
    adjustForMetro(nextX(), "austin", { from: "sf" }).trace.length,
});
await scalarGroup("estimateCompensation", TIME, {
  "float estimate (baseline)": () => floatEstimate(fb, nextP(), 0.26, 287000, 205000),
  estimateCompensation: () =>
    estimateCompensation({ level: "senior", metro: "seattle", percentile: nextP() }),
  "estimateCompensation + trace read": () =>
    estimateCompensation({ level: "senior", metro: "seattle", percentile: nextP() }).trace.length,
});
const offer = {
  base: 220000,
  bonus: { percent: 0.15 },
  equity: { grant: 400000, vesting: "back-loaded" as const },
  signOn: 50000,
};
await scalarGroup("evaluateOffer", TIME, {
  "float offer (baseline)": () => floatOffer(220000, 33000, 400000, [0.05, 0.15, 0.4, 0.4], 50000),
  evaluateOffer: () => evaluateOffer(offer, { level: "senior", metro: "seattle" }),
});
const estimateRows = Array.from({ length: MANY }, (_, i) => ({
  level: "senior",
  metro: "seattle",
  percentile: ps[i] as number,
}));
const offerRows = Array.from({ length: MANY }, (_, i) => ({
  offer: { ...offer, base: Math.round(amounts[i] as number) },
  context: { level: "senior", metro: "seattle" },
}));
const manyLabel = MANY.toLocaleString("en-US");
batchGroup(
  `estimateMany (${manyLabel} rows)`,
  {
    "float estimate loop (baseline)": [
      () => estimateRows.map((r) => floatEstimate(fb, r.percentile, 0.26, 287000, 205000)),
      MANY,
    ],
    estimateMany: [() => estimateMany(estimateRows), MANY],
  },
  3,
);
batchGroup(
  `evaluateOffers (${manyLabel} rows)`,
  {
    "float offer loop (baseline)": [
      () =>
        offerRows.map((r) =>
          floatOffer(r.offer.base, r.offer.base * 0.15, 400000, [0.05, 0.15, 0.4, 0.4], 50000),
        ),
      MANY,
    ],
    evaluateOffers: [() => evaluateOffers(offerRows), MANY],
  },
  3,
);

printRows(`paybands bench — Node ${process.version}, ${TIME} ms per scalar case`);
console.log(`\n${coldStart()}`);
