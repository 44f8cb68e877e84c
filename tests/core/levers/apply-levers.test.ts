import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyLevers as applyLeversBound } from "../../../src/bound/apply-levers.js";
import {
  type ApplyLeversContext,
  applyLevers,
  type LeverInput,
  type LeversResult,
  type LeverTarget,
} from "../../../src/core/levers/index.js";
import type { Offer } from "../../../src/core/offer/index.js";
import { getDataset } from "../../../src/index.js";
import { checkEngineStep, replayTrace } from "../../helpers/replay-trace.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();
const LEVERS = ds.levers.map((l) => l.id);

/** Replays the trace and checks every output figure against its step. */
function checkTrace(r: LeversResult): void {
  const { values, problems } = replayTrace(r.trace, checkEngineStep);
  expect(problems).toEqual([]);
  for (const [name, range] of Object.entries(r.after)) {
    expect(values.get(`after.${name}.low.rounded`)).toBe(range[0]);
    expect(values.get(`after.${name}.high.rounded`)).toBe(range[1]);
  }
  for (const [name, value] of Object.entries(r.before)) {
    expect(values.get(`before.${name}.rounded`)).toBe(value);
  }
  for (const c of r.contributions) {
    expect(values.get(`${c.lever}.low.rounded`)).toBe(c.range[0]);
    expect(values.get(`${c.lever}.high.rounded`)).toBe(c.range[1]);
    if (c.comparison !== undefined) {
      expect(values.get("relevel.other.base.rounded")).toBe(c.comparison.base);
      expect(values.get("relevel.other.tc.rounded")).toBe(c.comparison.totalComp);
    }
  }
  const last = r.trace[r.trace.length - 1];
  expect(last?.op).toBe("round");
}

describe("applyLevers: hand-worked references", () => {
  test("the acceptance case: a competing offer on a $200k base gives $220k–$240k", () => {
    // 200,000 × (1 + 0.10) = 220,000; 200,000 × (1 + 0.20) = 240,000.
    const r = applyLevers(ds, { base: 200000 }, ["competing-offer"]);
    expect(r.kind).toBe("offer");
    expect(r.after.base).toEqual([220000, 240000]);
    expect(r.contributions).toHaveLength(1);
    const c = r.contributions[0];
    expect(c?.range).toEqual([20000, 40000]);
    expect(c?.basis).toBe("base");
    expect(c?.effectiveness).toBe("high");
    expect(c?.rank).toBe(1);
    expect(c?.name).toBe("Competing offer from a tier-equivalent or higher company");
    expect(c?.note).toMatch(/move the initial offer 10-20%/);
    expect(r.before).toEqual({ base: 200000, firstYearTotal: 200000, steadyStateTotal: 200000 });
    // A base-only offer: the totals move with base.
    expect(r.after).toEqual({
      base: [220000, 240000],
      firstYearTotal: [220000, 240000],
      steadyStateTotal: [220000, 240000],
    });
    checkTrace(r);
  });

  test("AI premium: +10–15% of base; aliases work", () => {
    // 200,000 × 1.10 = 220,000; × 1.15 = 230,000.
    const r = applyLevers(ds, { base: 200000 }, ["llm"]);
    expect(r.after.base).toEqual([220000, 230000]);
    expect(r.contributions[0]?.lever).toBe("ai-premium");
  });

  test("percent levers add by default and compound on request", () => {
    // add: 200,000 × (1 + 0.10 + 0.10) = 240,000; × (1 + 0.20 + 0.15) = 270,000.
    const add = applyLevers(ds, { base: 200000 }, ["ai-premium", "competing-offer"]);
    expect(add.after.base).toEqual([240000, 270000]);
    expect(add.combine).toBe("add");
    // The guide's order: competing offer (rank 1) before the AI premium (rank 2).
    expect(add.ranked).toEqual(["competing-offer", "ai-premium"]);
    // Contributions keep the order given.
    expect(add.contributions.map((c) => c.lever)).toEqual(["ai-premium", "competing-offer"]);
    // compound, competing offer first: low 200,000 × 1.10 = 220,000, × 1.10 = 242,000;
    // high 200,000 × 1.20 = 240,000, × 1.15 = 276,000. The AI premium's share is on the
    // raised base: 220,000 × 0.10 = 22,000 and 240,000 × 0.15 = 36,000.
    const compound = applyLevers(ds, { base: 200000 }, ["competing-offer", "ai-premium"], {
      combine: "compound",
    });
    expect(compound.after.base).toEqual([242000, 276000]);
    expect(compound.contributions.map((c) => c.range)).toEqual([
      [20000, 40000],
      [22000, 36000],
    ]);
    expect(compound.notes.some((n) => /compound in the order given/.test(n))).toBe(true);
    checkTrace(compound);
  });

  test("level escalation adds $30–60k to total comp, not base", () => {
    // estimate 205,000 / 287,000 (senior p50 national): TC + 30,000 = 317,000; + 60,000 = 347,000.
    const r = applyLevers(ds, { base: 205000, totalComp: 287000 }, ["re-leveling"]);
    expect(r.kind).toBe("estimate");
    expect(r.before).toEqual({ base: 205000, totalComp: 287000 });
    expect(r.after).toEqual({
      base: [205000, 205000],
      totalComp: [317000, 347000],
      firstYearTotalComp: [317000, 347000],
    });
    expect(r.contributions[0]?.basis).toBe("total-comp");
    expect(r.contributions[0]?.comparison).toBeUndefined();
    checkTrace(r);
  });

  test("with a level, level escalation compares with the next level's band at the same percentile", () => {
    // National senior p50 205,000 → staff p50 310,000; staff TC = 310,000 × 496,000/310,000 = 496,000.
    const national = applyLevers(ds, { base: 205000, totalComp: 287000 }, ["level-escalation"], {
      level: "senior",
    });
    expect(national.contributions[0]?.comparison).toEqual({
      fromLevel: "senior",
      toLevel: "staff",
      percentile: 50,
      base: 310000,
      totalComp: 496000,
    });
    // Seattle: 258,300 is senior p50 there (205,000 × 1.26); staff p50 = 310,000 × 1.26 =
    // 390,600, TC = 390,600 × 1.6 = 624,960.
    const seattle = applyLevers(ds, { base: 258300, totalComp: 361620 }, ["level-escalation"], {
      level: "senior",
      metro: "seattle",
    });
    expect(seattle.contributions[0]?.comparison).toEqual({
      fromLevel: "senior",
      toLevel: "staff",
      percentile: 50,
      base: 390600,
      totalComp: 624960,
    });
    // The guide's range is still what is applied.
    expect(seattle.after.totalComp).toEqual([391620, 421620]);
    checkTrace(seattle);
    // Junior at p25 (82,000) → mid p25 120,000; mid TC multiplier 185,000 ÷ 148,000 = 1.25 →
    // 150,000.
    const junior = applyLevers(ds, { base: 82000 }, ["level-escalation"], { level: "junior" });
    expect(junior.contributions[0]?.comparison).toEqual({
      fromLevel: "junior",
      toLevel: "mid",
      percentile: 25,
      base: 120000,
      totalComp: 150000,
    });
    // An offer: the TC increase goes to both totals, not base.
    expect(junior.after).toEqual({
      base: [82000, 82000],
      firstYearTotal: [112000, 142000],
      steadyStateTotal: [112000, 142000],
    });
    // toLevel: junior p25 → staff p25 240,000; × 496/310 = 1.6 → 384,000.
    const toStaff = applyLevers(
      ds,
      { base: 82000 },
      [{ lever: "level-escalation", toLevel: "staff" }],
      {
        level: "junior",
      },
    );
    expect(toStaff.contributions[0]?.comparison).toEqual({
      fromLevel: "junior",
      toLevel: "staff",
      percentile: 25,
      base: 240000,
      totalComp: 384000,
    });
    checkTrace(toStaff);
  });

  test("at the top level there is no next level to compare with", () => {
    const r = applyLevers(ds, { base: 310000, totalComp: 496000 }, ["level-escalation"], {
      level: "staff",
    });
    expect(r.contributions[0]?.comparison).toBeUndefined();
    expect(r.contributions[0]?.note).toMatch(/top level/);
    expect(r.after.totalComp).toEqual([526000, 556000]);
  });

  test("a base too far below the band for a same-percentile comparison gets none, not an error", () => {
    // Base 0 ranks at the bottom of the junior band (p ≈ 5e-324, the engine's smallest
    // percentile); the mid band has no amount that far out, so there is no comparison.
    const r = applyLevers(ds, { base: 0 }, ["level-escalation"], { level: "junior" });
    expect(r.contributions[0]?.comparison).toBeUndefined();
    expect(r.contributions[0]?.note).toMatch(/no comparison/);
    expect(r.after.firstYearTotal).toEqual([30000, 60000]);
    checkTrace(r);
  });

  test("sign-on covers 50–100% of the forfeit, once, in year 1", () => {
    // 120,000 × 0.5 = 60,000; × 1 = 120,000.
    const r = applyLevers(ds, { base: 200000 }, [{ lever: "sign-on-bonus", forfeit: 120000 }]);
    expect(r.contributions[0]?.range).toEqual([60000, 120000]);
    expect(r.contributions[0]?.basis).toBe("sign-on");
    expect(r.after).toEqual({
      base: [200000, 200000],
      firstYearTotal: [260000, 320000], // 200,000 + 60,000 / + 120,000
      steadyStateTotal: [200000, 200000], // one-time: not in the steady state
    });
    // Forfeit as shares × price: 1,000 × 150 = 150,000 → 75,000–150,000.
    const shares = applyLevers(ds, { base: 200000 }, [
      { lever: "signing-bonus", forfeit: { shares: 1000, price: 150 } },
    ]);
    expect(shares.contributions[0]?.range).toEqual([75000, 150000]);
    checkTrace(shares);
    // For an estimate, annual TC is unchanged and the first year gains the sign-on.
    const est = applyLevers(ds, { base: 205000, totalComp: 287000 }, [
      { lever: "forfeit", forfeit: 120000 },
    ]);
    expect(est.after.totalComp).toEqual([287000, 287000]);
    expect(est.after.firstYearTotalComp).toEqual([347000, 407000]);
  });

  test("equity grant: [0, ask] added to the initial grant, vesting on the offer's schedule", () => {
    // Offer: 200,000 base, 10% bonus = 20,000, 400,000 even = 100,000 a year.
    // before: first year = steady = 200,000 + 20,000 + 100,000 = 320,000.
    // Competing offer: base +20,000…+40,000, bonus follows +2,000…+4,000.
    // Equity ask 100,000 even: year 1 +0…+25,000; steady +0…+25,000 (÷ 4).
    // after: low 320,000 + 20,000 + 2,000 + 0 = 342,000; high 320,000 + 40,000 + 4,000 + 25,000 = 389,000.
    const offer: Offer = { base: 200000, bonus: { percent: 0.1 }, equity: { grant: 400000 } };
    const r = applyLevers(ds, offer, ["competing-offer", { lever: "equity-refresh", ask: 100000 }]);
    expect(r.before).toEqual({ base: 200000, firstYearTotal: 320000, steadyStateTotal: 320000 });
    expect(r.after).toEqual({
      base: [220000, 240000],
      firstYearTotal: [342000, 389000],
      steadyStateTotal: [342000, 389000],
    });
    expect(r.contributions[1]?.range).toEqual([0, 100000]);
    expect(r.contributions[1]?.basis).toBe("equity-grant");
    checkTrace(r);
    // Back-loaded: 400,000 × 5% = 20,000 in year 1; the ask adds 0…100,000 × 5% = 5,000 in
    // year 1 and 0…100,000 ÷ 4 = 25,000 in the steady state (200,000 + 100,000 = 300,000).
    const back = applyLevers(
      ds,
      { base: 200000, equity: { grant: 400000, vesting: "back-loaded" } },
      [{ lever: "equity", ask: 100000 }],
    );
    expect(back.after).toEqual({
      base: [200000, 200000],
      firstYearTotal: [220000, 225000],
      steadyStateTotal: [300000, 325000],
    });
    // An estimate: annual TC gains the ask ÷ 4 (4-year vesting assumed).
    const est = applyLevers(ds, { base: 205000, totalComp: 287000 }, [
      { lever: "equity-refresh", ask: 100000 },
    ]);
    expect(est.after.totalComp).toEqual([287000, 312000]);
  });

  test("equity grant without an ask contributes [0, 0] and says how to ask", () => {
    const r = applyLevers(ds, { base: 200000 }, ["equity-refresh"]);
    expect(r.contributions[0]?.range).toEqual([0, 0]);
    expect(r.contributions[0]?.note).toMatch(/gives no figure/);
    expect(r.contributions[0]?.note).toMatch(/ask/);
    expect(r.after.firstYearTotal).toEqual([200000, 200000]);
  });

  test("rounding happens once per figure", () => {
    // 123,457 × 0.10 = 12,345.7 → 12,346; × 0.20 = 24,691.4 → 24,691;
    // after: 135,802.7 → 135,803; 148,148.4 → 148,148.
    const r = applyLevers(ds, { base: 123457 }, ["competing-offer"]);
    expect(r.contributions[0]?.range).toEqual([12346, 24691]);
    expect(r.after.base).toEqual([135803, 148148]);
    // To $1,000, half-even: 20,500 → 20,000; 41,000; 225,500 → 226,000; 246,000.
    const k = applyLevers(ds, { base: 205000 }, ["competing-offer"], { round: 1000 });
    expect(k.contributions[0]?.range).toEqual([20000, 41000]);
    expect(k.after.base).toEqual([226000, 246000]);
  });

  test("notes explain the semantics", () => {
    const r = applyLevers(ds, { base: 200000 }, ["competing-offer", "ai-premium"]);
    expect(r.notes.some((n) => /applied to base/.test(n))).toBe(true);
    expect(r.notes.some((n) => /Several percent levers add/.test(n))).toBe(true);
    expect(r.notes.some((n) => /does not say they stack/.test(n))).toBe(true);
  });

  test("no levers: after equals before", () => {
    const r = applyLevers(ds, { base: 200000, signOn: 10000 }, []);
    expect(r.after).toEqual({
      base: [200000, 200000],
      firstYearTotal: [210000, 210000],
      steadyStateTotal: [200000, 200000],
    });
    expect(r.ranked).toEqual([]);
  });

  test("the bound applyLevers uses the default dataset", () => {
    const target: LeverTarget = { base: 180000, bonus: { amount: 20000 } };
    const levers: LeverInput[] = ["competing", { lever: "sign-on", forfeit: 50000 }];
    const context: ApplyLeversContext = { combine: "compound" };
    expect(applyLeversBound(target, levers, context)).toEqual(
      applyLevers(ds, target, levers, context),
    );
  });

  test("results are frozen, JSON-serialisable plain objects", () => {
    const r = applyLevers(ds, { base: 258300, totalComp: 361620 }, ["level-escalation"], {
      level: "senior",
      metro: "seattle",
    });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.after.totalComp)).toBe(true);
    expect(Object.isFrozen(r.contributions[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

// ---------------------------------------------------------------------------------------
// Properties

const D = Decimal.clone({ precision: 50 });
const money = fc.integer({ min: 0, max: 5_000_000 });
const offerArb: fc.Arbitrary<Offer> = fc.record(
  {
    base: money,
    bonus: fc.integer({ min: 0, max: 200 }).map((p) => ({ percent: p / 100 })),
    equity: fc.record({
      grant: money,
      vesting: fc.constantFrom("even", "cliff", "front-loaded", "back-loaded" as const),
    }),
    signOn: money,
  },
  { requiredKeys: ["base"] },
) as fc.Arbitrary<Offer>;
const estimateArb = fc
  .tuple(money, money)
  .map(([base, extra]) => ({ base, totalComp: base + extra }));
const targetArb: fc.Arbitrary<LeverTarget> = fc.oneof(offerArb, estimateArb);
const leverArb: fc.Arbitrary<LeverInput> = fc.oneof(
  fc.constantFrom("competing-offer", "ai-premium", "level-escalation", "equity-refresh"),
  money.map((forfeit) => ({ lever: "sign-on-bonus", forfeit })),
  money.map((ask) => ({ lever: "equity-refresh", ask })),
);
const leversArb = fc.uniqueArray(leverArb, {
  maxLength: 5,
  selector: (l) => (typeof l === "string" ? l : l.lever),
});
const contextArb: fc.Arbitrary<ApplyLeversContext> = fc
  .record(
    {
      level: fc.constantFrom(...ds.levels.map((l) => l.id)),
      metro: fc.constantFrom(...ds.metros.map((m) => m.id)),
      combine: fc.constantFrom("add" as const, "compound" as const),
      round: fc.constantFrom(1 as const, 100 as const, 1000 as const),
    },
    { requiredKeys: [] },
  )
  .filter((c) => c.metro === undefined || c.level !== undefined);

describe("applyLevers: properties", () => {
  test("every range has low <= high, and levers never lower a figure", () => {
    fc.assert(
      fc.property(targetArb, leversArb, contextArb, (target, levers, context) => {
        const r = applyLevers(ds, target, levers, context);
        for (const c of r.contributions) {
          expect(c.range[0]).toBeLessThanOrEqual(c.range[1]);
          expect(c.range[0]).toBeGreaterThanOrEqual(0);
        }
        const before = r.before as Record<string, number>;
        for (const [name, range] of Object.entries(r.after)) {
          expect(range[0]).toBeLessThanOrEqual(range[1]);
          const was = name === "firstYearTotalComp" ? before.totalComp : before[name];
          expect(range[0]).toBeGreaterThanOrEqual(was as number);
        }
        // Totals are at least base.
        const totals = Object.entries(r.after).filter(([n]) => n !== "base");
        for (const [, range] of totals) {
          expect(range[0]).toBeGreaterThanOrEqual(r.after.base[0]);
          expect(range[1]).toBeGreaterThanOrEqual(r.after.base[1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("additive base outcome = base × (1 + Σ low/high fractions), rounded once", () => {
    const fractions: Record<string, [number, number]> = {
      "competing-offer": [0.1, 0.2],
      "ai-premium": [0.1, 0.15],
    };
    fc.assert(
      fc.property(targetArb, leversArb, (target, levers) => {
        const r = applyLevers(ds, target, levers);
        let low = new D(0);
        let high = new D(0);
        for (const l of levers) {
          const f = typeof l === "string" ? fractions[l] : undefined;
          if (f !== undefined) {
            low = low.plus(f[0]);
            high = high.plus(f[1]);
          }
        }
        const base = new D(target.base);
        expect(r.after.base).toEqual([
          base.times(low.plus(1)).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber(),
          base.times(high.plus(1)).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber(),
        ]);
      }),
      { numRuns: 200 },
    );
  });

  test("monotone in base", () => {
    fc.assert(
      fc.property(offerArb, leversArb, money, (offer, levers, raise) => {
        const lower = applyLevers(ds, offer, levers);
        const higher = applyLevers(ds, { ...offer, base: offer.base + raise }, levers);
        for (const name of Object.keys(lower.after) as (keyof typeof lower.after)[]) {
          const a = lower.after[name] as readonly [number, number];
          const b = higher.after[name] as readonly [number, number];
          expect(b[0]).toBeGreaterThanOrEqual(a[0]);
          expect(b[1]).toBeGreaterThanOrEqual(a[1]);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("compounding never gives less than adding", () => {
    fc.assert(
      fc.property(offerArb, (offer) => {
        const levers = ["competing-offer", "ai-premium"];
        const add = applyLevers(ds, offer, levers);
        const compound = applyLevers(ds, offer, levers, { combine: "compound" });
        expect(compound.after.base[0]).toBeGreaterThanOrEqual(add.after.base[0]);
        expect(compound.after.base[1]).toBeGreaterThanOrEqual(add.after.base[1]);
      }),
      { numRuns: 100 },
    );
  });

  test("ranked lists the levers by the guide's rank", () => {
    fc.assert(
      fc.property(leversArb, (levers) => {
        const r = applyLevers(ds, { base: 100000 }, levers);
        const ranks = r.ranked.map((id) => ds.levers.find((l) => l.id === id)?.rank ?? 0);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect([...r.ranked].sort()).toEqual(r.contributions.map((c) => c.lever).sort());
      }),
      { numRuns: 100 },
    );
  });

  test("the trace's steps recompute the result", () => {
    fc.assert(
      fc.property(targetArb, leversArb, contextArb, (target, levers, context) => {
        checkTrace(applyLevers(ds, target, levers, context));
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Bad input

describe("applyLevers: bad input", () => {
  const call = (target: unknown, levers: unknown, context?: unknown) =>
    thrown(() =>
      applyLevers(ds, target as LeverTarget, levers as LeverInput[], context as ApplyLeversContext),
    );
  const offer = { base: 200000 };

  test.each([
    ["unknown lever", ["bribe"], "UNKNOWN_LEVER", ["levers", 0]],
    ["unknown lever (object)", [{ lever: "bribe" }], "UNKNOWN_LEVER", ["levers", 0, "lever"]],
    ["lever not a string", [42], "INVALID_INPUT", ["levers", 0]],
    ["levers not an array", "competing-offer", "INVALID_INPUT", ["levers"]],
    ["missing forfeit", ["sign-on-bonus"], "INVALID_INPUT", ["levers", 0, "forfeit"]],
    ["missing forfeit (object)", [{ lever: "sign-on" }], "INVALID_INPUT", ["levers", 0, "forfeit"]],
    [
      "negative forfeit",
      [{ lever: "sign-on", forfeit: -1 }],
      "INVALID_AMOUNT",
      ["levers", 0, "forfeit"],
    ],
    [
      "NaN forfeit",
      [{ lever: "sign-on", forfeit: Number.NaN }],
      "INVALID_AMOUNT",
      ["levers", 0, "forfeit"],
    ],
    [
      "string forfeit",
      [{ lever: "sign-on", forfeit: "120k" }],
      "INVALID_AMOUNT",
      ["levers", 0, "forfeit"],
    ],
    [
      "forfeit shares without price",
      [{ lever: "sign-on", forfeit: { shares: 10 } }],
      "INVALID_AMOUNT",
      ["levers", 0, "forfeit", "price"],
    ],
    [
      "forfeit unknown key",
      [{ lever: "sign-on", forfeit: { shares: 1, price: 1, vested: 2 } }],
      "INVALID_INPUT",
      ["levers", 0, "forfeit", "vested"],
    ],
    [
      "a parameter the lever does not take",
      [{ lever: "competing-offer", ask: 5 }],
      "INVALID_INPUT",
      ["levers", 0, "ask"],
    ],
    [
      "forfeit on the equity lever",
      [{ lever: "equity-refresh", forfeit: 5 }],
      "INVALID_INPUT",
      ["levers", 0, "forfeit"],
    ],
    ["unknown lever key", [{ lever: "ai", boost: 1 }], "INVALID_INPUT", ["levers", 0, "boost"]],
    [
      "negative ask",
      [{ lever: "equity-refresh", ask: -1 }],
      "INVALID_AMOUNT",
      ["levers", 0, "ask"],
    ],
    [
      "Infinity ask",
      [{ lever: "equity-refresh", ask: Number.POSITIVE_INFINITY }],
      "INVALID_AMOUNT",
      ["levers", 0, "ask"],
    ],
    ["listed twice", ["competing", "competing-offer"], "INVALID_INPUT", ["levers", 1]],
    [
      "unknown toLevel",
      [{ lever: "level-escalation", toLevel: "cto" }],
      "UNKNOWN_LEVEL",
      ["levers", 0, "toLevel"],
    ],
  ] as const)("%s", (_, levers, code, path) => {
    const e = call(offer, levers);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  test("unknown levers name the valid ids", () => {
    expect(call(offer, ["bribe"]).validChoices).toEqual(LEVERS);
  });

  test.each([
    ["negative base", { base: -1 }, "INVALID_AMOUNT", ["target", "base"]],
    ["string base", { base: "200000" }, "INVALID_AMOUNT", ["target", "base"]],
    [
      "NaN totalComp",
      { base: 1, totalComp: Number.NaN },
      "INVALID_AMOUNT",
      ["target", "totalComp"],
    ],
    [
      "totalComp below base",
      { base: 200000, totalComp: 100000 },
      "INVALID_INPUT",
      ["target", "totalComp"],
    ],
    [
      "estimate with offer keys",
      { base: 1, totalComp: 2, signOn: 3 },
      "INVALID_INPUT",
      ["target", "signOn"],
    ],
    ["offer with an unknown key", { base: 1, stock: 3 }, "INVALID_INPUT", ["target", "stock"]],
    [
      "offer with a bad schedule",
      { base: 1, equity: { grant: 1, vesting: [0.5] } },
      "INVALID_VESTING",
      ["target", "equity", "vesting"],
    ],
    ["target not an object", 200000, "INVALID_INPUT", ["target"]],
  ] as const)("target: %s", (_, target, code, path) => {
    const e = call(target, ["competing-offer"]);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  test.each([
    ["unknown key", { combin: "add" }, "INVALID_OPTION", ["combin"]],
    ["bad combine", { combine: "multiply" }, "INVALID_OPTION", ["combine"]],
    ["metro without level", { metro: "sf" }, "INVALID_OPTION", ["level"]],
    ["unknown level", { level: "cto" }, "UNKNOWN_LEVEL", ["level"]],
    ["unknown metro", { level: "senior", metro: "paris" }, "UNKNOWN_METRO", ["metro"]],
    ["bad method", { level: "senior", method: "spline" }, "INVALID_OPTION", ["method"]],
    ["bad round", { round: 5 }, "INVALID_OPTION", ["round"]],
  ] as const)("context: %s", (_, context, code, path) => {
    const e = call(offer, ["level-escalation"], context);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  test("toLevel needs a context level and must be above it", () => {
    const noLevel = call(offer, [{ lever: "level-escalation", toLevel: "staff" }]);
    expect(noLevel.code).toBe("INVALID_OPTION");
    expect(noLevel.path).toEqual(["level"]);
    const below = call(offer, [{ lever: "level-escalation", toLevel: "mid" }], { level: "senior" });
    expect(below.code).toBe("INVALID_INPUT");
    expect(below.path).toEqual(["levers", 0, "toLevel"]);
    expect(below.validChoices).toEqual(["staff"]);
  });
});

describe("applyLevers: fuzz regressions", () => {
  // Found by tests/fuzz: map() skipped the hole, and reading its toLevel threw a TypeError.
  test("a hole in the lever list is INVALID_INPUT at its index", () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is the input under test
    const e = thrown(() => applyLevers(getDataset(), { base: 200000 }, [, "ai"] as never));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path[0]).toBe("levers");
    expect(e.path[1]).toBe(0);
  });
});
