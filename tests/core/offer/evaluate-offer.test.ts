import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluateOffer as evaluateOfferBound } from "../../../src/bound/evaluate-offer.js";
import {
  evaluateOffer,
  type Offer,
  type OfferContext,
  type OfferEvaluation,
} from "../../../src/core/offer/index.js";
import type { TraceStep } from "../../../src/core/trace/types.js";
import { getDataset } from "../../../src/index.js";
import { checkEngineStep, replayTrace } from "../../helpers/replay-trace.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();
const LEVELS = ds.levels.map((l) => l.id);
const METROS = ds.metros.map((m) => m.id);

/** Replays a result's trace and checks each output against its step. */
function checkTrace(r: OfferEvaluation): void {
  const { values, problems } = replayTrace(r.trace, checkEngineStep);
  expect(problems).toEqual([]);
  expect(values.get("fourYearTotal")).toBe(r.fourYearTotal);
  expect(values.get("steadyStateTotal")).toBe(r.steadyStateTotal);
  expect(values.get("compaRatio")).toBe(r.compaRatio);
  expect(values.get("baseRank")).toBe(r.baseRank);
  expect(values.get("totalRank")).toBe(r.totalRank);
  for (const y of r.years) {
    expect(values.get(`year${y.year}.total.rounded`)).toBe(y.total);
    for (const c of ["base", "bonus", "equity", "refreshers", "signOn"] as const) {
      const v = values.get(`year${y.year}.${c}.rounded`);
      // A component absent that year has no step and is 0.
      expect(v ?? 0).toBe(y[c]);
    }
  }
  for (const a of r.band) expect(values.get(`band.p${a.p}.rounded`)).toBe(a.amount);
  // The allocation's check steps: the rounded parts add up to the rounded whole.
  if (r.years.length > 1) expect(values.get("fourYearTotal.check")).toBe(r.fourYearTotal);
  for (const y of r.years) {
    const check = values.get(`year${y.year}.total.check`);
    if (check !== undefined) expect(check).toBe(y.total);
  }
  // The last step is the last output rounded.
  const last = r.trace[r.trace.length - 1] as TraceStep;
  expect(last.op).toBe("round");
  expect(last.result).toBe((r.band[r.band.length - 1] as { amount: number }).amount);
}

describe("evaluateOffer: hand-worked references", () => {
  test("the guide's acceptance case: $400k on 5/15/40/40 vests $20k in year 1 and $160k in year 3", () => {
    // 400,000 × 0.05 = 20,000; × 0.15 = 60,000; × 0.40 = 160,000 (years 3 and 4).
    const r = evaluateOffer(
      ds,
      { base: 200000, equity: { grant: 400000, vesting: "back-loaded" } },
      { level: "senior" },
    );
    expect(r.years.map((y) => y.equity)).toEqual([20000, 60000, 160000, 160000]);
    expect(r.years[0]?.equity).toBe(20000);
    expect(r.years[2]?.equity).toBe(160000);
    // Totals: 200,000 + vesting each year = 220,000 / 260,000 / 360,000 / 360,000.
    expect(r.years.map((y) => y.total)).toEqual([220000, 260000, 360000, 360000]);
    // 4 × 200,000 + 400,000 = 1,200,000; steady state 200,000 + 400,000 ÷ 4 = 300,000.
    expect(r.fourYearTotal).toBe(1200000);
    expect(r.steadyStateTotal).toBe(300000);
    expect(r.firstYearTotal).toBe(220000);
    checkTrace(r);
  });

  test("a full senior offer in Seattle: bonus, back-loaded grant, sign-on, refreshers", () => {
    const r = evaluateOffer(
      ds,
      {
        base: 250000,
        bonus: { percent: 0.15 },
        equity: { grant: 400000, vesting: "back-loaded" },
        signOn: 30000,
        refreshers: { annual: 50000 },
      },
      { level: "senior", metro: "seattle" },
    );
    // bonus = 250,000 × 0.15 = 37,500 every year.
    // grant: 400,000 × 5/15/40/40% = 20,000 / 60,000 / 160,000 / 160,000.
    // refreshers of 50,000 granted at the start of years 2, 3, 4…: year 2 gets 50,000 × 0.05
    //   = 2,500; year 3 50,000 × (0.05 + 0.15) = 10,000; year 4 × (0.05 + 0.15 + 0.40) = 30,000.
    // year 1 = 250,000 + 37,500 + 20,000 + 30,000 (sign-on) = 337,500
    // year 2 = 250,000 + 37,500 + 60,000 + 2,500 = 350,000
    // year 3 = 250,000 + 37,500 + 160,000 + 10,000 = 457,500
    // year 4 = 250,000 + 37,500 + 160,000 + 30,000 = 477,500
    expect(r.years).toEqual([
      {
        year: 1,
        base: 250000,
        bonus: 37500,
        equity: 20000,
        refreshers: 0,
        signOn: 30000,
        total: 337500,
      },
      {
        year: 2,
        base: 250000,
        bonus: 37500,
        equity: 60000,
        refreshers: 2500,
        signOn: 0,
        total: 350000,
      },
      {
        year: 3,
        base: 250000,
        bonus: 37500,
        equity: 160000,
        refreshers: 10000,
        signOn: 0,
        total: 457500,
      },
      {
        year: 4,
        base: 250000,
        bonus: 37500,
        equity: 160000,
        refreshers: 30000,
        signOn: 0,
        total: 477500,
      },
    ]);
    // 337,500 + 350,000 + 457,500 + 477,500 = 1,622,500
    expect(r.fourYearTotal).toBe(1622500);
    // steady state = 250,000 + 37,500 + 400,000 ÷ 4 + 50,000 = 437,500
    expect(r.steadyStateTotal).toBe(437500);
    expect(r.firstYearTotal).toBe(337500);
    // Seattle band: 162,000 / 205,000 / 255,000 / 305,000 × 1.26.
    expect(r.band).toEqual([
      { p: 25, amount: 204120 },
      { p: 50, amount: 258300 },
      { p: 75, amount: 321300 },
      { p: 90, amount: 384300 },
    ]);
    // compa-ratio = 250,000 ÷ 258,300 = 0.96787 → 0.968
    expect(r.compaRatio).toBe(0.968);
    expect(r.position).toBe("within");
    // TC/base multiplier = 287,000 ÷ 205,000 = 1.4
    expect(r.tcMultiplier).toBe(1.4);
    // baseRank: 250,000 ÷ 1.26 = 198,412.70 lies between p25 162,000 and p50 205,000;
    //   log-probit: z = Φ⁻¹(0.25) × (1 − ln(198,412.70/162,000) ÷ ln(205,000/162,000))
    //   = −0.674490 × (1 − 0.202753 ÷ 0.235414) = −0.674490 × 0.138737 = −0.093577;
    //   Φ(−0.093577) = 0.46272 → 46.3.
    expect(r.baseRank).toBe(46.3);
    // totalRank: 437,500 ÷ 1.26 ÷ 1.4 = 248,015.87 between p50 205,000 and p75 255,000;
    //   z = 0.674490 × ln(248,015.87/205,000) ÷ ln(255,000/205,000) = 0.674490 × 0.190483
    //   ÷ 0.218254 = 0.588667; Φ(0.588667) = 0.72196 → 72.2.
    expect(r.totalRank).toBe(72.2);
    expect(r.level).toBe("senior");
    expect(r.metro).toBe("seattle");
    expect(r.policy).toBe("local");
    expect(r.vesting).toEqual({ schedule: "back-loaded", fractions: [0.05, 0.15, 0.4, 0.4] });
    expect(r.dataset).toEqual({ id: "backend-developer", version: "2026.1.0" });
    checkTrace(r);
  });

  test.each([
    // grant 400,000 on each named schedule: per-year equity by hand
    ["even", [100000, 100000, 100000, 100000]],
    ["cliff", [100000, 100000, 100000, 100000]],
    ["front-loaded", [160000, 120000, 80000, 40000]],
    ["back-loaded", [20000, 60000, 160000, 160000]],
  ] as const)("named schedule %s", (vesting, equity) => {
    const r = evaluateOffer(
      ds,
      { base: 100000, equity: { grant: 400000, vesting } },
      { level: "mid" },
    );
    expect(r.years.map((y) => y.equity)).toEqual(equity);
    expect(r.vesting.schedule).toBe(vesting);
    // Every named schedule vests 400,000 over 4 years: 4 × 100,000 + 400,000.
    expect(r.fourYearTotal).toBe(800000);
    expect(r.steadyStateTotal).toBe(200000);
  });

  test("the default schedule is even, and the cliff and front-loaded splits are noted", () => {
    const even = evaluateOffer(ds, { base: 100000, equity: { grant: 400000 } }, { level: "mid" });
    expect(even.vesting.schedule).toBe("even");
    const cliff = evaluateOffer(
      ds,
      { base: 100000, equity: { grant: 400000, vesting: "cliff" } },
      { level: "mid" },
    );
    expect(cliff.notes.some((n) => /nothing vests before month 12/.test(n))).toBe(true);
    const front = evaluateOffer(
      ds,
      { base: 100000, equity: { grant: 400000, vesting: "front-loaded" } },
      { level: "mid" },
    );
    expect(front.notes.some((n) => /guide names no front-loaded split/.test(n))).toBe(true);
    for (const r of [even, cliff, front]) {
      expect(r.notes.some((n) => /do not add up to the percentile of the total/.test(n))).toBe(
        true,
      );
    }
  });

  test("shares × price, a bonus amount, and an explicit 3-year schedule", () => {
    // grant = 2,000 × 50 = 100,000 on [0.1, 0.2, 0.7]: 10,000 / 20,000 / 70,000 / 0.
    // 0.1 + 0.2 + 0.7 is 1 in decimal (not in floating point): accepted.
    const r = evaluateOffer(
      ds,
      {
        base: 100000,
        bonus: { amount: 12345 },
        equity: { shares: 2000, price: 50, vesting: [0.1, 0.2, 0.7] },
      },
      { level: "mid", metro: "austin" },
    );
    expect(r.years.map((y) => y.equity)).toEqual([10000, 20000, 70000, 0]);
    expect(r.years.map((y) => y.bonus)).toEqual([12345, 12345, 12345, 12345]);
    // four years: 4 × (100,000 + 12,345) + 100,000 = 549,380
    expect(r.fourYearTotal).toBe(549380);
    // steady: 100,000 + 12,345 + 100,000 ÷ 3 = 145,678.33… → 145,678
    expect(r.steadyStateTotal).toBe(145678);
    expect(r.vesting).toEqual({ schedule: "explicit", fractions: [0.1, 0.2, 0.7] });
    checkTrace(r);
  });

  test("a 5-year schedule shows 5 years; fourYearTotal is years 1–4", () => {
    // grant 500,000 over 5 × 20% = 100,000 a year; base 100,000.
    const r = evaluateOffer(
      ds,
      { base: 100000, equity: { grant: 500000, vesting: [0.2, 0.2, 0.2, 0.2, 0.2] } },
      { level: "mid" },
    );
    expect(r.years.map((y) => y.total)).toEqual([200000, 200000, 200000, 200000, 200000]);
    expect(r.fourYearTotal).toBe(800000);
    // steady: 100,000 + 500,000 ÷ 5 = 200,000
    expect(r.steadyStateTotal).toBe(200000);
    checkTrace(r);
  });

  test("refreshers without an initial grant vest on the default even schedule", () => {
    // 40,000 a year from year 2: year 2 gets 10,000, year 3 20,000, year 4 30,000.
    const r = evaluateOffer(ds, { base: 100000, refreshers: { annual: 40000 } }, { level: "mid" });
    expect(r.years.map((y) => y.refreshers)).toEqual([0, 10000, 20000, 30000]);
    // steady: 100,000 + 40,000
    expect(r.steadyStateTotal).toBe(140000);
    checkTrace(r);
  });

  test("rounding: the years sum to the rounded four-year total (largest remainder)", () => {
    // grant 100,002 even: 25,000.5 a year; each year 125,000.5 exactly.
    // Four-year total 500,002 exactly. Rounding each year half-even would give 125,000 × 4
    // = 500,000 ≠ 500,002; largest remainder: floors 4 × 125,000 = 500,000, 2 dollars
    // missing, remainders all 0.5 → the first two years get one each.
    const r = evaluateOffer(ds, { base: 100000, equity: { grant: 100002 } }, { level: "mid" });
    expect(r.fourYearTotal).toBe(500002);
    expect(r.years.map((y) => y.total)).toEqual([125001, 125001, 125000, 125000]);
    expect(r.years.map((y) => y.equity)).toEqual([25001, 25001, 25000, 25000]);
    expect(r.years.map((y) => y.base)).toEqual([100000, 100000, 100000, 100000]);
    // steady: 100,000 + 100,002 ÷ 4 = 125,000.5 → half-even 125,000
    expect(r.steadyStateTotal).toBe(125000);
    checkTrace(r);
  });

  test("rounding to $1,000 allocates whole thousands", () => {
    // base 123,456 alone: four years 493,824 → 494,000 (half-even to 1,000).
    // floors 4 × 123,000 = 492,000; 2 thousands missing → years 1 and 2 get 124,000.
    const r = evaluateOffer(ds, { base: 123456 }, { level: "mid", round: 1000 });
    expect(r.fourYearTotal).toBe(494000);
    expect(r.years.map((y) => y.total)).toEqual([124000, 124000, 123000, 123000]);
    expect(r.steadyStateTotal).toBe(123000);
    // mid band national: 120,000 / 148,000 / 180,000 / 215,000 (already whole thousands)
    expect(r.band.map((a) => a.amount)).toEqual([120000, 148000, 180000, 215000]);
    checkTrace(r);
  });

  test("round: 'none' leaves exact values", () => {
    const r = evaluateOffer(
      ds,
      { base: 100000, equity: { grant: 100002 } },
      { level: "mid", round: "none" },
    );
    expect(r.years.map((y) => y.equity)).toEqual([25000.5, 25000.5, 25000.5, 25000.5]);
    expect(r.fourYearTotal).toBe(500002);
    expect(r.steadyStateTotal).toBe(125000.5);
  });

  test("position and compa-ratio against the metro band", () => {
    // Seattle senior band: 204,120 … 384,300; median 258,300.
    const at = (base: number) => evaluateOffer(ds, { base }, { level: "senior", metro: "sea" });
    expect(at(200000).position).toBe("below"); // < 204,120
    expect(at(204120).position).toBe("within"); // the lowest anchor itself
    expect(at(384300).position).toBe("within");
    expect(at(400000).position).toBe("above"); // > 384,300
    expect(at(258300).compaRatio).toBe(1);
    expect(at(258300).baseRank).toBe(50);
    // 200,000 ÷ 258,300 = 0.77429 → 0.774
    expect(at(200000).compaRatio).toBe(0.774);
    // SF, mid: median 148,000 × 1.38 = 204,240; 180,000 ÷ 204,240 = 0.88132 → 0.881
    const sf = evaluateOffer(ds, { base: 180000 }, { level: "engineer-ii", metro: "sf" });
    expect(sf.compaRatio).toBe(0.881);
    expect(sf.metro).toBe("sf-bay-area");
    expect(sf.level).toBe("mid");
  });

  test("anchors rank at their own percentiles; a base-only offer's total rank is lower", () => {
    // Senior national, base 255,000 = p75 anchor.
    const r = evaluateOffer(ds, { base: 255000 }, { level: "senior" });
    expect(r.baseRank).toBe(75);
    // The steady-state total is base alone; against TC band = base band × 1.4,
    // 255,000 ÷ 1.4 = 182,142.86 is between p25 and p50 — below the base rank.
    expect(r.totalRank).toBeLessThan(50);
    expect(r.totalRank).toBeGreaterThan(25);
  });

  test("pay policy and method reach the band and the ranks", () => {
    const national = evaluateOffer(
      ds,
      { base: 205000 },
      { level: "senior", metro: "sf", policy: "national" },
    );
    expect(national.band.map((a) => a.amount)).toEqual([162000, 205000, 255000, 305000]);
    expect(national.policy).toBe("national");
    // linear: 230,000 between p50 205,000 and p75 255,000 → 50 + 25 × 25,000 / 50,000 = 62.5
    const linear = evaluateOffer(ds, { base: 230000 }, { level: "senior", method: "linear" });
    expect(linear.baseRank).toBe(62.5);
  });

  test("the bound evaluateOffer uses the default dataset", () => {
    const offer: Offer = { base: 250000, bonus: { percent: 0.1 }, equity: { grant: 200000 } };
    const context: OfferContext = { level: "senior", metro: "nyc" };
    expect(evaluateOfferBound(offer, context)).toEqual(evaluateOffer(ds, offer, context));
  });

  test("results are frozen, JSON-serialisable plain objects", () => {
    const r = evaluateOffer(
      ds,
      { base: 250000, equity: { grant: 400000 }, signOn: 10000 },
      { level: "senior" },
    );
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.years)).toBe(true);
    expect(Object.isFrozen(r.years[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

// ---------------------------------------------------------------------------------------
// Properties

const D = Decimal.clone({ precision: 50 });

const money = fc.integer({ min: 0, max: 5_000_000 });
const cents = fc.integer({ min: 0, max: 500_000_000 }).map((n) => n / 100);
const fractionsArb = fc
  .array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 10 })
  .filter((xs) => xs.some((x) => x > 0))
  .map((xs) => {
    // Scale integer weights to ten-thousandths summing to exactly 10,000.
    const total = xs.reduce((a, b) => a + b, 0);
    const parts = xs.map((x) => Math.floor((x * 10000) / total));
    const short = 10000 - parts.reduce((a, b) => a + b, 0);
    parts[0] = (parts[0] as number) + short;
    return parts.map((p) => p / 10000);
  });
const vestingArb = fc.oneof(
  fc.constantFrom("even", "cliff", "front-loaded", "back-loaded" as const),
  fractionsArb,
);
const offerArb: fc.Arbitrary<Offer> = fc.record(
  {
    base: fc.oneof(money, cents),
    bonus: fc.oneof(
      fc.integer({ min: 0, max: 200 }).map((p) => ({ percent: p / 100 })),
      money.map((amount) => ({ amount })),
    ),
    equity: fc.oneof(
      fc.record({ grant: fc.oneof(money, cents), vesting: vestingArb }),
      fc.record({
        shares: fc.integer({ min: 0, max: 100000 }),
        price: cents.map((c) => Math.min(c, 10000)),
        vesting: vestingArb,
      }),
    ),
    signOn: money,
    refreshers: fc.record({ annual: money }),
  },
  { requiredKeys: ["base"] },
) as fc.Arbitrary<Offer>;
const roundArb = fc.constantFrom(
  1 as const,
  100 as const,
  1000 as const,
  { step: 100 as const, mode: "up" as const },
  { step: 1 as const, mode: "down" as const },
  { step: 1000 as const, mode: "half-up" as const },
);
const contextArb = fc.record({
  level: fc.constantFrom(...LEVELS),
  metro: fc.constantFrom(...METROS),
  round: roundArb,
});

/** An independent model of an offer's exact yearly figures (decimal.js, by the doc's formulas). */
function exactYears(offer: Offer): { parts: Record<string, Decimal>; total: Decimal }[] {
  const named: Record<string, number[]> = {
    even: [0.25, 0.25, 0.25, 0.25],
    cliff: [0.25, 0.25, 0.25, 0.25],
    "front-loaded": [0.4, 0.3, 0.2, 0.1],
    "back-loaded": [0.05, 0.15, 0.4, 0.4],
  };
  const v = offer.equity?.vesting ?? "even";
  const f = (typeof v === "string" ? (named[v] as number[]) : [...v]).map((x) => new D(x));
  const base = new D(offer.base);
  const bonus =
    offer.bonus === undefined
      ? new D(0)
      : "percent" in offer.bonus
        ? base.times(offer.bonus.percent)
        : new D(offer.bonus.amount);
  const grant =
    offer.equity === undefined
      ? new D(0)
      : "grant" in offer.equity
        ? new D(offer.equity.grant)
        : new D(offer.equity.shares).times(offer.equity.price);
  const n = Math.max(4, f.length);
  const out: { parts: Record<string, Decimal>; total: Decimal }[] = [];
  for (let y = 1; y <= n; y++) {
    const equity = y <= f.length ? grant.times(f[y - 1] as Decimal) : new D(0);
    let cum = new D(0);
    for (let j = 0; j < Math.min(y - 1, f.length); j++) cum = cum.plus(f[j] as Decimal);
    const refreshers = new D(offer.refreshers?.annual ?? 0).times(cum);
    const signOn = y === 1 ? new D(offer.signOn ?? 0) : new D(0);
    const parts = { base, bonus, equity, refreshers, signOn };
    out.push({ parts, total: base.plus(bonus).plus(equity).plus(refreshers).plus(signOn) });
  }
  return out;
}

function stepOf(round: OfferContext["round"]): number {
  return typeof round === "number" ? round : typeof round === "object" ? round.step : 1;
}
function roundBy(d: Decimal, round: OfferContext["round"]): number {
  const step = stepOf(round);
  const mode =
    typeof round === "object"
      ? {
          "half-even": D.ROUND_HALF_EVEN,
          "half-up": D.ROUND_HALF_UP,
          up: D.ROUND_UP,
          down: D.ROUND_DOWN,
        }[round.mode]
      : D.ROUND_HALF_EVEN;
  return d.dividedBy(step).toDecimalPlaces(0, mode).times(step).toNumber();
}

describe("evaluateOffer: properties", () => {
  test("per-year totals sum exactly to the four-year total; each year's parts to its total", () => {
    fc.assert(
      fc.property(offerArb, contextArb, (offer, context) => {
        const r = evaluateOffer(ds, offer, context);
        const four = r.years.slice(0, 4).reduce((a, y) => a + y.total, 0);
        expect(four).toBe(r.fourYearTotal);
        for (const y of r.years) {
          expect(y.base + y.bonus + y.equity + y.refreshers + y.signOn).toBe(y.total);
        }
        expect(r.firstYearTotal).toBe(r.years[0]?.total);
      }),
      { numRuns: 300 },
    );
  });

  test("rounded once: the totals are the exact sums rounded, every part within one step", () => {
    fc.assert(
      fc.property(offerArb, contextArb, (offer, context) => {
        const r = evaluateOffer(ds, offer, context);
        const exact = exactYears(offer);
        expect(r.years.length).toBe(exact.length);
        const fourExact = exact.slice(0, 4).reduce((a, y) => a.plus(y.total), new D(0));
        expect(r.fourYearTotal).toBe(roundBy(fourExact, context.round));
        const step = stepOf(context.round);
        r.years.forEach((y, i) => {
          const e = exact[i] as (typeof exact)[number];
          expect(Math.abs(y.total - e.total.toNumber())).toBeLessThan(step);
          for (const c of ["base", "bonus", "equity", "refreshers", "signOn"] as const) {
            expect(Math.abs(y[c] - (e.parts[c] as Decimal).toNumber())).toBeLessThan(step);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test("total >= base, every figure finite and >= 0, band ascending", () => {
    fc.assert(
      fc.property(offerArb, contextArb, (offer, context) => {
        const r = evaluateOffer(ds, offer, context);
        for (const y of r.years) {
          expect(y.total).toBeGreaterThanOrEqual(y.base);
          for (const v of Object.values(y)) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
        expect(r.steadyStateTotal).toBeGreaterThanOrEqual(
          roundBy(new D(offer.base), context.round),
        );
        for (const [a, b] of r.band.slice(1).map((x, i) => [r.band[i], x] as const)) {
          expect((a as { amount: number }).amount).toBeLessThanOrEqual(b.amount);
        }
        expect(r.baseRank).toBeGreaterThan(0);
        expect(r.baseRank).toBeLessThan(100);
        expect(r.totalRank).toBeGreaterThan(0);
        expect(r.totalRank).toBeLessThan(100);
      }),
      { numRuns: 200 },
    );
  });

  test("monotone in base", () => {
    fc.assert(
      fc.property(offerArb, contextArb, money, (offer, context, raise) => {
        const lower = evaluateOffer(ds, offer, context);
        const higher = evaluateOffer(ds, { ...offer, base: offer.base + raise }, context);
        expect(higher.fourYearTotal).toBeGreaterThanOrEqual(lower.fourYearTotal);
        expect(higher.steadyStateTotal).toBeGreaterThanOrEqual(lower.steadyStateTotal);
        expect(higher.baseRank).toBeGreaterThanOrEqual(lower.baseRank);
        expect(higher.totalRank).toBeGreaterThanOrEqual(lower.totalRank);
        expect(higher.compaRatio).toBeGreaterThanOrEqual(lower.compaRatio);
      }),
      { numRuns: 200 },
    );
  });

  test("the trace's steps recompute the result", () => {
    fc.assert(
      fc.property(offerArb, contextArb, (offer, context) => {
        checkTrace(evaluateOffer(ds, offer, context));
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Bad input

describe("evaluateOffer: bad input", () => {
  const ok: Offer = { base: 200000 };
  const ctx: OfferContext = { level: "senior" };
  const call = (offer: unknown, context: unknown) =>
    thrown(() => evaluateOffer(ds, offer as Offer, context as OfferContext));

  test.each([
    ["negative base", { base: -1 }, "INVALID_AMOUNT", ["base"]],
    ["NaN base", { base: Number.NaN }, "INVALID_AMOUNT", ["base"]],
    ["infinite base", { base: Number.POSITIVE_INFINITY }, "INVALID_AMOUNT", ["base"]],
    ["string base", { base: "200000" }, "INVALID_AMOUNT", ["base"]],
    ["missing base", {}, "INVALID_AMOUNT", ["base"]],
    ["huge base", { base: 1e16 }, "INVALID_AMOUNT", ["base"]],
    ["not an object", 200000, "INVALID_INPUT", []],
    ["null", null, "INVALID_INPUT", []],
    ["unknown key", { base: 1, bonsu: { percent: 0.1 } }, "INVALID_INPUT", ["bonsu"]],
    [
      "bonus with both",
      { base: 1, bonus: { percent: 0.1, amount: 5 } },
      "INVALID_INPUT",
      ["bonus"],
    ],
    ["bonus with neither", { base: 1, bonus: {} }, "INVALID_INPUT", ["bonus"]],
    [
      "bonus percent 15 (not a fraction)",
      { base: 1, bonus: { percent: 15 } },
      "INVALID_INPUT",
      ["bonus", "percent"],
    ],
    [
      "bonus percent negative",
      { base: 1, bonus: { percent: -0.1 } },
      "INVALID_INPUT",
      ["bonus", "percent"],
    ],
    [
      "bonus percent NaN",
      { base: 1, bonus: { percent: Number.NaN } },
      "INVALID_INPUT",
      ["bonus", "percent"],
    ],
    [
      "bonus amount string",
      { base: 1, bonus: { amount: "5" } },
      "INVALID_AMOUNT",
      ["bonus", "amount"],
    ],
    ["bonus unknown key", { base: 1, bonus: { pct: 0.1 } }, "INVALID_INPUT", ["bonus", "pct"]],
    [
      "equity grant negative",
      { base: 1, equity: { grant: -5 } },
      "INVALID_AMOUNT",
      ["equity", "grant"],
    ],
    [
      "equity grant and shares",
      { base: 1, equity: { grant: 5, shares: 1, price: 1 } },
      "INVALID_INPUT",
      ["equity"],
    ],
    ["equity empty", { base: 1, equity: {} }, "INVALID_INPUT", ["equity"]],
    [
      "shares without price",
      { base: 1, equity: { shares: 10 } },
      "INVALID_AMOUNT",
      ["equity", "price"],
    ],
    [
      "shares Infinity",
      { base: 1, equity: { shares: Number.POSITIVE_INFINITY, price: 1 } },
      "INVALID_INPUT",
      ["equity", "shares"],
    ],
    [
      "price negative",
      { base: 1, equity: { shares: 1, price: -1 } },
      "INVALID_AMOUNT",
      ["equity", "price"],
    ],
    [
      "equity unknown key",
      { base: 1, equity: { grant: 5, cliff: true } },
      "INVALID_INPUT",
      ["equity", "cliff"],
    ],
    [
      "unknown schedule",
      { base: 1, equity: { grant: 5, vesting: "monthly" } },
      "INVALID_VESTING",
      ["equity", "vesting"],
    ],
    [
      "fractions summing to 0.9",
      { base: 1, equity: { grant: 5, vesting: [0.3, 0.3, 0.3] } },
      "INVALID_VESTING",
      ["equity", "vesting"],
    ],
    [
      "thirds (not exactly 1)",
      { base: 1, equity: { grant: 5, vesting: [1 / 3, 1 / 3, 1 / 3] } },
      "INVALID_VESTING",
      ["equity", "vesting"],
    ],
    [
      "fractions summing to 1.1",
      { base: 1, equity: { grant: 5, vesting: [0.5, 0.6] } },
      "INVALID_VESTING",
      ["equity", "vesting"],
    ],
    [
      "negative fraction",
      { base: 1, equity: { grant: 5, vesting: [1.5, -0.5] } },
      "INVALID_VESTING",
      ["equity", "vesting", 0],
    ],
    [
      "NaN fraction",
      { base: 1, equity: { grant: 5, vesting: [0.5, Number.NaN] } },
      "INVALID_VESTING",
      ["equity", "vesting", 1],
    ],
    [
      "empty schedule",
      { base: 1, equity: { grant: 5, vesting: [] } },
      "INVALID_VESTING",
      ["equity", "vesting"],
    ],
    [
      "11-year schedule",
      { base: 1, equity: { grant: 5, vesting: [0.5, ...Array(10).fill(0.05)] } },
      "INVALID_VESTING",
      ["equity", "vesting"],
    ],
    [
      "schedule as an object",
      { base: 1, equity: { grant: 5, vesting: { even: true } } },
      "INVALID_VESTING",
      ["equity", "vesting"],
    ],
    ["signOn NaN", { base: 1, signOn: Number.NaN }, "INVALID_AMOUNT", ["signOn"]],
    ["signOn string", { base: 1, signOn: "10k" }, "INVALID_AMOUNT", ["signOn"]],
    ["refreshers number", { base: 1, refreshers: 5000 }, "INVALID_INPUT", ["refreshers"]],
    [
      "refreshers negative",
      { base: 1, refreshers: { annual: -1 } },
      "INVALID_AMOUNT",
      ["refreshers", "annual"],
    ],
    [
      "refreshers unknown key",
      { base: 1, refreshers: { yearly: 5 } },
      "INVALID_INPUT",
      ["refreshers", "yearly"],
    ],
  ] as const)("%s", (_, offer, code, path) => {
    const e = call(offer, ctx);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  test("vesting errors name the valid schedules", () => {
    const e = call({ base: 1, equity: { grant: 5, vesting: "monthly" } }, ctx);
    expect(e.validChoices).toEqual(
      expect.arrayContaining(["even", "cliff", "front-loaded", "back-loaded"]),
    );
    const sum = call({ base: 1, equity: { grant: 5, vesting: [0.3, 0.3, 0.3] } }, ctx);
    expect(sum.message).toMatch(/sums to 0\.9/);
  });

  test.each([
    ["no context", undefined, "INVALID_INPUT", ["level"]],
    ["unknown level", { level: "principal-staff-wizard" }, "UNKNOWN_LEVEL", ["level"]],
    ["missing level", { metro: "sf" }, "UNKNOWN_LEVEL", ["level"]],
    ["unknown metro", { level: "senior", metro: "paris" }, "UNKNOWN_METRO", ["metro"]],
    ["unknown context key", { level: "senior", metor: "sf" }, "INVALID_OPTION", ["metor"]],
    ["bad method", { level: "senior", method: "cubic" }, "INVALID_OPTION", ["method"]],
    ["bad tail", { level: "senior", tail: "wrap" }, "INVALID_OPTION", ["tail"]],
    ["bad policy", { level: "senior", policy: "global" }, "INVALID_OPTION", ["policy"]],
    ["bad round", { level: "senior", round: 10 }, "INVALID_OPTION", ["round"]],
    ["context not an object", "senior", "INVALID_OPTION", []],
  ] as const)("%s", (_, context, code, path) => {
    const e = call(ok, context);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  test("unknown levels and metros list the valid ids", () => {
    expect(call(ok, { level: "lead" }).validChoices).toEqual(LEVELS);
    expect(call(ok, { level: "senior", metro: "paris" }).validChoices).toEqual(METROS);
  });

  test("totals beyond the money bound (1e15) are refused, not rounded wrongly", () => {
    const e = call({ base: 4e14, signOn: 9e14 }, ctx);
    expect(e.code).toBe("INVALID_AMOUNT");
    expect(e.message).toMatch(/four-year total/);
  });

  test("tail 'error' beyond the anchors throws rather than guessing", () => {
    const e = call({ base: 1000000 }, { level: "senior", tail: "error" });
    expect(e.code).toBe("AMOUNT_OUT_OF_RANGE");
  });
});
