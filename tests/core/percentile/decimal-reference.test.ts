// The library against an independent decimal.js reference (tests/reference/
// decimal-percentiles.ts) on a million rows: linear interpolation and linear rank
// exactly, log-probit with ln/exp at 40 digits on the float probit. The rows are
// uniform randoms and, on purpose, near-ties: percentiles (amounts) whose value (rank)
// lands exactly on a rounding boundary or within 1e-9 of one — where a float result
// without an exactness guard goes wrong. Every rounded result must match: 0 mismatches.
//
// Rows: 10^6 for linear interpolation and linear rank; log-probit's 40-digit decimal
// exp and ln cost ~0.2–0.5 ms a row here, so by default it gets 40k rows (interpolation)
// and 30k (rank), about 20 s together, and the full 10^6 each with FULL=1. The counts
// and times are printed.
import { describe, expect, test } from "vitest";
import { normalCdfBoth } from "../../../src/_internal/normal-cdf.js";
import {
  interpolatePercentile,
  interpolatePercentiles,
  percentileRank,
  percentileRanks,
} from "../../../src/index.js";
import {
  floatProbit,
  type RefAnchor,
  type RefRule,
  refDecimal,
  refLinear,
  refLinearBand,
  refLinearInverse,
  refLinearRank,
  refLinearRankInverse,
  refLogBand,
  refLogProbit,
  refLogProbitRank,
  refRound,
  refRoundRank,
} from "../../reference/decimal-percentiles.js";

const FULL = process.env.FULL === "1";
// LINEAR_ROWS, LOG_PROBIT_ROWS and LOG_RANK_ROWS override the counts (the mutation run
// uses small ones: each mutant of the percentile code re-runs these tests).
const LINEAR_ROWS = Number(process.env.LINEAR_ROWS ?? 1_000_000);
const LOG_ROWS = FULL ? 1_000_000 : Number(process.env.LOG_PROBIT_ROWS ?? 40_000);
const LOG_RANK_ROWS = FULL ? 1_000_000 : Number(process.env.LOG_RANK_ROWS ?? 30_000);

// A seeded generator (mulberry32), so a failure reproduces.
let state = 0x2545f491;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** The next double above or below x (x > 0). */
function nextDouble(x: number, up: boolean): number {
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  u[0] = (u[0] as bigint) + (up ? 1n : -1n);
  return b[0] as number;
}

interface TestBand {
  readonly name: string;
  readonly anchors: readonly RefAnchor[];
  readonly frozen: { readonly anchors: readonly RefAnchor[] };
}

function makeBand(name: string, anchors: RefAnchor[]): TestBand {
  const frozen = Object.freeze({
    anchors: Object.freeze(anchors.map((a) => Object.freeze({ ...a }))),
  });
  return { name, anchors, frozen };
}

const GUIDE: [string, number[]][] = [
  ["junior", [82000, 105000, 128000, 152000]],
  ["mid", [120000, 148000, 180000, 215000]],
  ["senior", [162000, 205000, 255000, 305000]],
  ["staff", [240000, 310000, 400000, 490000]],
];
const BANDS: TestBand[] = GUIDE.map(([name, xs]) =>
  makeBand(
    name,
    [25, 50, 75, 90].map((p, i) => ({ p, amount: xs[i] as number })),
  ),
);
// Random bands: 2–7 anchors, percentiles on a 0.5 grid (OEWS-like and odd ones), amounts
// whole dollars or multiples of $1,000 (whose slopes give exact decimal ties).
for (let b = 0; b < 20; b++) {
  const n = int(2, 7);
  const ps = new Set<number>();
  while (ps.size < n) ps.add(int(4, 192) / 2);
  const sortedP = [...ps].sort((x, y) => x - y);
  const unit = b % 2 === 0 ? 1000 : 1;
  const amounts = new Set<number>();
  while (amounts.size < n)
    amounts.add(unit * int(Math.ceil(40000 / unit), Math.floor(900000 / unit)));
  const sortedX = [...amounts].sort((x, y) => x - y);
  BANDS.push(
    makeBand(
      `random-${b}`,
      sortedP.map((p, i) => ({ p, amount: sortedX[i] as number })),
    ),
  );
}

const RULES: RefRule[] = [
  { step: 1, mode: "half-even" },
  { step: 1, mode: "half-up" },
  { step: 1, mode: "up" },
  { step: 1, mode: "down" },
  { step: 100, mode: "half-up" },
  { step: 1000, mode: "half-even" },
];
const isHalf = (r: RefRule) => r.mode === "half-even" || r.mode === "half-up";

/** A rounding boundary of a rule near amount x: a tie for the half modes, a multiple for up/down. */
function boundaryNear(x: number, rule: RefRule): number {
  const k = Math.floor(x / rule.step);
  return (isHalf(rule) ? k + 0.5 : k) * rule.step;
}

/** p values whose value lands within ~1e-10 of `boundary` on segment j: the nearest doubles to the exact p. */
function nearPs(exactP: string): number[] {
  const p = Number(exactP);
  const out = [p, nextDouble(p, true), nextDouble(p, false), nextDouble(nextDouble(p, true), true)];
  return out.filter((q) => q > 0 && q < 100);
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * Percentiles (short decimals) at which linear interpolation is exactly on a rounding
 * boundary of the rule, inside each segment: p − p_j = (b − x_j)·(p_{j+1} − p_j)/(x_{j+1} − x_j)
 * terminates iff the reduced denominator has no prime factor but 2 and 5, which picks
 * the boundaries b that work (in halves, so ties n + 1/2 are integers: 2b).
 */
function exactTies(anchors: readonly RefAnchor[], rule: RefRule): number[] {
  const out: number[] = [];
  for (let j = 0; j + 1 < anchors.length; j++) {
    const a = anchors[j] as RefAnchor;
    const b = anchors[j + 1] as RefAnchor;
    const p2 = Math.round(2 * (b.p - a.p)); // percentiles are on a 0.5 grid
    const dx4 = 4 * (b.amount - a.amount);
    const g = dx4 / gcd(dx4, p2);
    let r = g;
    while (r % 2 === 0) r /= 2;
    while (r % 5 === 0) r /= 5;
    const x2 = 2 * a.amount;
    const phase = isHalf(rule) ? rule.step : 0;
    let found = 0;
    for (let m = 1, b2 = x2 + r; b2 < 2 * b.amount && m < 200_000 && found < 64; m++, b2 += r) {
      if (b2 % (2 * rule.step) !== phase) continue;
      const p = refDecimal(a.p).plus(
        refDecimal(b2 - x2)
          .times(p2)
          .dividedBy(dx4),
      );
      if (p.precision(true) <= 15) {
        out.push(p.toNumber());
        found++;
      }
    }
  }
  return out;
}

interface Tally {
  rows: number;
  nearTies: number;
  exactTies: number;
  mismatches: number;
  examples: string[];
}
const tally = (): Tally => ({ rows: 0, nearTies: 0, exactTies: 0, mismatches: 0, examples: [] });
function miss(t: Tally, what: string) {
  t.mismatches++;
  if (t.examples.length < 5) {
    t.examples.push(what);
    console.log(`mismatch: ${what}`);
  }
}

/** Runs the library's batch (and, for every 16th row, scalar) function on rows and compares. */
function compareValues(
  t: Tally,
  band: TestBand,
  ps: number[],
  expected: number[],
  options: Parameters<typeof interpolatePercentiles>[2],
) {
  const got = interpolatePercentiles(band.frozen, Float64Array.from(ps), options);
  for (let i = 0; i < ps.length; i++) {
    if (got[i] !== expected[i])
      miss(
        t,
        `${band.name} p=${ps[i]} ${JSON.stringify(options)}: got ${got[i]}, reference ${expected[i]}`,
      );
    if (i % 16 === 0) {
      const scalar = interpolatePercentile(band.frozen, ps[i] as number, options);
      if (scalar !== expected[i])
        miss(
          t,
          `scalar ${band.name} p=${ps[i]} ${JSON.stringify(options)}: got ${scalar}, reference ${expected[i]}`,
        );
    }
  }
  t.rows += ps.length;
}

describe("linear interpolation = the exact decimal reference", () => {
  test(`${LINEAR_ROWS.toLocaleString("en-US")} rows, uniform and near-tie percentiles, six rounding rules, 0 mismatches`, () => {
    const started = performance.now();
    const t = tally();
    const perGroup = Math.ceil(LINEAR_ROWS / (BANDS.length * RULES.length));
    for (const band of BANDS) {
      const ref = refLinearBand(band.anchors);
      const n = band.anchors.length;
      for (const rule of RULES) {
        const ps: number[] = [];
        const expected: number[] = [];
        const clampPs: number[] = [];
        const clampExpected: number[] = [];
        const ties = exactTies(band.anchors, rule);
        const add = (p: number, kind: "uniform" | "near" | "exact") => {
          if (!(p > 0 && p < 100)) return;
          const v = refLinear(ref, p, "extend");
          // Tails that reach $0 are refused by the library; the reference skips them.
          if (v === "out" || !v.greaterThan(rule.step)) return;
          ps.push(p);
          expected.push(refRound(v, rule));
          if (kind === "near") t.nearTies++;
          if (kind === "exact") t.exactTies++;
        };
        while (ps.length < perGroup) {
          const r = random();
          if (r < 0.35) {
            // Uniform, half of them with 1–4 decimals (as people type them).
            const p = 0.5 + 99 * random();
            const p2 = random() < 0.5 ? Number(p.toFixed(int(1, 4))) : p;
            add(p2, "uniform");
            if (random() < 0.1) {
              const c = refLinear(ref, p2, "clamp");
              if (c !== "out") {
                clampPs.push(p2);
                clampExpected.push(refRound(c, rule));
              }
            }
          } else {
            // A boundary inside a segment or just beyond the ends, and the percentile
            // that reaches it exactly: if that percentile is a short decimal the value
            // is exactly on the boundary; else its nearest doubles land within ~1e-10.
            const j = int(0, n - 2);
            const a = band.anchors[j] as RefAnchor;
            const b = band.anchors[j + 1] as RefAnchor;
            const lo = j === 0 ? a.amount - (b.amount - a.amount) * 0.3 : a.amount;
            const hi = j === n - 2 ? b.amount + (b.amount - a.amount) * 0.3 : b.amount;
            const x = lo + (hi - lo) * random();
            if (r < 0.7) {
              const exactP = refLinearInverse(ref, j, boundaryNear(x, rule));
              for (const p of nearPs(exactP.toString()))
                add(p, refDecimal(p).eq(exactP) ? "exact" : "near");
            } else if (ties.length > 0) {
              add(pick(ties), "exact");
            } else {
              add(0.5 + 99 * random(), "uniform");
            }
          }
        }
        const round = { step: rule.step, mode: rule.mode };
        compareValues(t, band, ps, expected, { method: "linear", round });
        if (clampPs.length > 0)
          compareValues(t, band, clampPs, clampExpected, {
            method: "linear",
            tail: "clamp",
            round,
          });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `linear interpolation: ${t.rows} rows (${t.nearTies} within ~1e-10 of a boundary, ${t.exactTies} exactly on one), ${t.mismatches} mismatches, ${seconds.toFixed(1)} s`,
    );
    expect(t.examples).toEqual([]);
    expect(t.rows).toBeGreaterThanOrEqual(LINEAR_ROWS);
    expect(t.exactTies).toBeGreaterThan(LINEAR_ROWS / 100);
    expect(t.nearTies).toBeGreaterThan(LINEAR_ROWS / 10);
  }, 300_000);
});

describe("linear rank = the exact decimal reference", () => {
  test(`${LINEAR_ROWS.toLocaleString("en-US")} rows, uniform and near-tie amounts, decimals 0–6, 0 mismatches`, () => {
    const started = performance.now();
    const t = tally();
    const DECIMALS = [0, 1, 2, 4, 6];
    const perGroup = Math.ceil(LINEAR_ROWS / (BANDS.length * DECIMALS.length));
    for (const band of BANDS) {
      const ref = refLinearBand(band.anchors);
      const n = band.anchors.length;
      for (const decimals of DECIMALS) {
        const xs: number[] = [];
        const expected: number[] = [];
        const add = (x: number, kind: "uniform" | "near" | "exact") => {
          if (!(x >= 0 && Number.isFinite(x))) return;
          xs.push(x);
          expected.push(refRoundRank(refLinearRank(ref, x), decimals));
          if (kind === "near") t.nearTies++;
          if (kind === "exact") t.exactTies++;
        };
        const first = band.anchors[0] as RefAnchor;
        const last = band.anchors[n - 1] as RefAnchor;
        while (xs.length < perGroup) {
          const r = random();
          if (r < 0.35) {
            const x = first.amount * 0.8 + (last.amount * 1.2 - first.amount * 0.8) * random();
            add(random() < 0.5 ? Math.round(x) : x, "uniform");
          } else {
            // A rank tie (k + 1/2)·10^-d on a segment and the amount that reaches it.
            const j = int(0, n - 2);
            const a = band.anchors[j] as RefAnchor;
            const b = band.anchors[j + 1] as RefAnchor;
            const scale = 10 ** decimals;
            const k = int(Math.ceil(a.p * scale), Math.floor(b.p * scale) - 1);
            const tie = refDecimal(k).plus(0.5).dividedBy(scale);
            const exactX = refLinearRankInverse(ref, j, tie);
            if (r < 0.7 || !(exactX.precision(true) <= 15)) {
              const x = exactX.toNumber();
              for (const y of [x, nextDouble(x, true), nextDouble(x, false)])
                add(y, refDecimal(y).eq(exactX) ? "exact" : "near");
            } else add(exactX.toNumber(), "exact");
          }
        }
        const got = percentileRanks(band.frozen, Float64Array.from(xs), {
          method: "linear",
          decimals,
        });
        for (let i = 0; i < xs.length; i++) {
          if (got[i] !== expected[i])
            miss(
              t,
              `${band.name} x=${xs[i]} decimals=${decimals}: got ${got[i]}, reference ${expected[i]}`,
            );
          if (i % 16 === 0) {
            const s = percentileRank(band.frozen, xs[i] as number, { method: "linear", decimals });
            if (s !== expected[i])
              miss(
                t,
                `scalar ${band.name} x=${xs[i]} decimals=${decimals}: got ${s}, reference ${expected[i]}`,
              );
          }
        }
        t.rows += xs.length;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `linear rank: ${t.rows} rows (${t.nearTies} next to a tie, ${t.exactTies} exactly on one), ${t.mismatches} mismatches, ${seconds.toFixed(1)} s`,
    );
    expect(t.examples).toEqual([]);
    expect(t.rows).toBeGreaterThanOrEqual(LINEAR_ROWS);
    expect(t.exactTies).toBeGreaterThan(LINEAR_ROWS / 100);
  }, 300_000);
});

describe("log-probit = the decimal reference (ln/exp at 40 digits on the float probit)", () => {
  test(`${LOG_ROWS.toLocaleString("en-US")} rows (FULL=1: 10^6), uniform and near-tie percentiles, 0 mismatches`, () => {
    const started = performance.now();
    const t = tally();
    const rules = RULES.slice(0, 4);
    const perGroup = Math.ceil(LOG_ROWS / (BANDS.length * rules.length));
    for (const band of BANDS) {
      const ref = refLogBand(band.anchors);
      const n = band.anchors.length;
      for (const rule of rules) {
        const ps: number[] = [];
        const expected: number[] = [];
        const add = (p: number, kind: "uniform" | "near") => {
          if (!(p > 0.01 && p < 99.99)) return;
          const v = refLogProbit(ref, p);
          // Far tails of steep bands round to $0, which the library refuses; skip them.
          if (!v.greaterThan(rule.step)) return;
          ps.push(p);
          expected.push(refRound(v, rule));
          if (kind === "near") t.nearTies++;
        };
        while (ps.length < perGroup) {
          if (random() < 0.4) {
            add(0.5 + 99 * random(), "uniform");
          } else {
            // A boundary, the z that reaches it on a segment (its log-normal), and the
            // percentile 100·Φ(z) and its neighbours: values within ~1e-9 of the boundary.
            const j = int(0, n - 2);
            const a = band.anchors[j] as RefAnchor;
            const b = band.anchors[j + 1] as RefAnchor;
            const x = a.amount + (b.amount - a.amount) * random();
            const target = boundaryNear(x, rule);
            if (!(target > a.amount && target < b.amount)) continue;
            const z0 = floatProbit(a.p);
            const z1 = floatProbit(b.p);
            const z =
              z0 + (Math.log(target / a.amount) / Math.log(b.amount / a.amount)) * (z1 - z0);
            const [lower, upper] = normalCdfBoth(z);
            const p = z > 0 ? 100 - 100 * upper : 100 * lower;
            for (const q of [p, nextDouble(p, true), nextDouble(p, false)]) add(q, "near");
          }
        }
        compareValues(t, band, ps, expected, { round: { step: rule.step, mode: rule.mode } });
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `log-probit interpolation: ${t.rows} rows (${t.nearTies} near a boundary), ${t.mismatches} mismatches, ${seconds.toFixed(1)} s`,
    );
    expect(t.examples).toEqual([]);
    expect(t.rows).toBeGreaterThanOrEqual(LOG_ROWS);
  }, 600_000);

  test(`log-probit rank: ${LOG_RANK_ROWS.toLocaleString("en-US")} rows within 1e-11 of the reference`, () => {
    // Φ is a float function by definition, so the rank has no exact decimal to round:
    // the check is the documented accuracy (about 1e-13 percentile points), with margin.
    const started = performance.now();
    const t = tally();
    const perBand = Math.ceil(LOG_RANK_ROWS / BANDS.length);
    let worst = 0;
    for (const band of BANDS) {
      const ref = refLogBand(band.anchors);
      const first = band.anchors[0] as RefAnchor;
      const last = band.anchors[band.anchors.length - 1] as RefAnchor;
      const xs = Array.from({ length: perBand }, () => {
        const x = first.amount * 0.8 + (last.amount * 1.2 - first.amount * 0.8) * random();
        return random() < 0.5 ? Math.round(x) : x;
      });
      const got = percentileRanks(band.frozen, Float64Array.from(xs));
      for (let i = 0; i < xs.length; i++) {
        const diff = Math.abs((got[i] as number) - refLogProbitRank(ref, xs[i] as number));
        worst = Math.max(worst, diff);
        if (!(diff <= 1e-11)) miss(t, `${band.name} x=${xs[i]}: got ${got[i]}, off by ${diff}`);
      }
      t.rows += xs.length;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `log-probit rank: ${t.rows} rows, worst difference ${worst.toExponential(2)}, ${t.mismatches} beyond 1e-11, ${seconds.toFixed(1)} s`,
    );
    expect(t.examples).toEqual([]);
  }, 600_000);
});
