/**
 * paybands benchmarks: `npm run bench`. Every case is measured against a plain-float
 * baseline of the same math in the same run, and printed as ops/s and a ratio to that
 * baseline (ratios, not absolute times, are comparable across machines). See
 * docs/performance.md for how to read the figures.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { Bench } from "tinybench";
import {
  adjustForMetro,
  estimateCompensation,
  evaluateOffer,
  getLevel,
  interpolatePercentile,
  interpolatePercentiles,
  percentileRank,
  percentileRanks,
} from "../src/index.js";
import {
  decimalLinear,
  decimalLogProbit,
  floatAdjust,
  floatBand,
  floatEstimate,
  floatLinear,
  floatLinearRank,
  floatLogProbit,
  floatLogProbitRank,
  floatOffer,
} from "./baselines.js";

const TIME = Number(process.env.BENCH_TIME_MS ?? 300);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

const senior = getLevel("senior");
const band = senior.base;
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

interface Row {
  group: string;
  name: string;
  opsPerSec: number;
  baseline: number;
}
const rows: Row[] = [];

async function scalarGroup(group: string, cases: Record<string, () => unknown>) {
  const bench = new Bench({ time: TIME, warmup: true });
  for (const [name, fn] of Object.entries(cases)) bench.add(name, fn);
  await bench.run();
  // An aborted or errored task has no throughput: it prints as n/a rather than a number.
  const rate = (i: number) =>
    (bench.tasks[i]?.result as { throughput?: { mean: number } } | undefined)?.throughput?.mean ??
    Number.NaN;
  const baseline = rate(0);
  bench.tasks.forEach((task, i) => {
    rows.push({ group, name: task.name, opsPerSec: rate(i), baseline });
  });
}

/** Rows per second of a whole-column function, best of `repeat` runs. */
function columnRate(fn: () => unknown, rowsPerCall: number, repeat = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return (rowsPerCall / best) * 1000;
}

function batchGroup(group: string, cases: Record<string, [() => unknown, number]>) {
  const [first, ...rest] = Object.entries(cases);
  if (first === undefined) return;
  const [baselineName, [baselineFn, baselineRows]] = first;
  const baseline = columnRate(baselineFn, baselineRows);
  rows.push({ group, name: baselineName, opsPerSec: baseline, baseline });
  for (const [name, [fn, n]] of rest)
    rows.push({ group, name, opsPerSec: columnRate(fn, n), baseline });
}

await scalarGroup("interpolate (scalar)", {
  "float log-probit (baseline)": () => floatLogProbit(fb, nextP()),
  "interpolatePercentile log-probit": () => interpolatePercentile(band, nextP()),
  "interpolatePercentile pchip": () => interpolatePercentile(band, nextP(), { method: "pchip" }),
  "interpolatePercentile linear": () => interpolatePercentile(band, nextP(), { method: "linear" }),
  "decimal.js log-probit (naive)": () => decimalLogProbit(fb, nextP()),
});
await scalarGroup("interpolate linear (scalar)", {
  "float linear (baseline)": () => floatLinear(fb, nextP()),
  "interpolatePercentile linear": () => interpolatePercentile(band, nextP(), { method: "linear" }),
  "decimal.js linear (naive)": () => decimalLinear(fb, nextP()),
});
await scalarGroup("rank (scalar)", {
  "float log-probit rank (baseline)": () => floatLogProbitRank(fb, nextX()),
  "percentileRank log-probit": () => percentileRank(band, nextX()),
  "percentileRank linear": () => percentileRank(band, nextX(), { method: "linear" }),
});

const column = (f: (x: number) => number, xs: Float64Array) => () => {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f(xs[i] as number);
  return out;
};
const small = ps.subarray(0, Math.min(ROWS, 100_000));
batchGroup(`interpolate (batch, ${ROWS.toLocaleString("en-US")} rows)`, {
  "float log-probit loop (baseline)": [column((p) => floatLogProbit(fb, p), ps), ROWS],
  "interpolatePercentiles log-probit": [() => interpolatePercentiles(band, ps), ROWS],
  "interpolatePercentiles linear": [
    () => interpolatePercentiles(band, ps, { method: "linear" }),
    ROWS,
  ],
  "decimal.js log-probit loop (naive, 100k rows)": [
    column((p) => decimalLogProbit(fb, p), small),
    small.length,
  ],
});
batchGroup(`rank (batch, ${ROWS.toLocaleString("en-US")} rows)`, {
  "float log-probit rank loop (baseline)": [
    column((x) => floatLogProbitRank(fb, x), amounts),
    ROWS,
  ],
  "percentileRanks log-probit": [() => percentileRanks(band, amounts), ROWS],
  "float linear rank loop": [column((x) => floatLinearRank(fb, x), amounts), ROWS],
  "percentileRanks linear": [() => percentileRanks(band, amounts, { method: "linear" }), ROWS],
});

await scalarGroup("adjustForMetro", {
  "float adjust (baseline)": () => floatAdjust(nextX(), 0.38, 0.05),
  adjustForMetro: () => adjustForMetro(nextX(), "austin", { from: "sf" }),
});
await scalarGroup("estimateCompensation (with trace)", {
  "float estimate (baseline)": () => floatEstimate(fb, nextP(), 0.26, 287000, 205000),
  estimateCompensation: () =>
    estimateCompensation({ level: "senior", metro: "seattle", percentile: nextP() }),
});
const offer = {
  base: 220000,
  bonus: { percent: 0.15 },
  equity: { grant: 400000, vesting: "back-loaded" as const },
  signOn: 50000,
};
await scalarGroup("evaluateOffer (with trace)", {
  "float offer (baseline)": () => floatOffer(220000, 33000, 400000, [0.05, 0.15, 0.4, 0.4], 50000),
  evaluateOffer: () => evaluateOffer(offer, { level: "senior", metro: "seattle" }),
});

// Cold start: a fresh Node process importing the built entry vs `node -e 0`.
function medianMs(args: string[], n = 9): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)] as number;
}
const coldStart: string[] = [];
if (existsSync("dist/core.js") && existsSync("dist/index.js")) {
  const bare = medianMs(["-e", "0"]);
  const core = medianMs(["--input-type=module", "-e", "await import('./dist/core.js')"]);
  const root = medianMs(["--input-type=module", "-e", "await import('./dist/index.js')"]);
  coldStart.push(
    `cold start (median of 9): node -e 0 ${bare.toFixed(1)} ms; + import paybands/core ${(core - bare).toFixed(1)} ms; + import paybands ${(root - bare).toFixed(1)} ms`,
  );
} else
  coldStart.push("cold start: skipped (run `npm run build` first to measure the built entries)");

const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a");
let group = "";
console.log(`paybands bench — Node ${process.version}, ${TIME} ms per case`);
for (const r of rows) {
  if (r.group !== group) {
    group = r.group;
    console.log(`\n${group}`);
  }
  console.log(
    `  ${r.name.padEnd(48)} ${fmt(r.opsPerSec).padStart(13)} ops/s  ${(r.opsPerSec / r.baseline).toFixed(3).padStart(7)}× baseline`,
  );
}
console.log(`\n${coldStart.join("\n")}`);
