/**
 * The fast paths of estimateCompensation and adjustForMetro (floats where they provably
 * round like the exact decimals) against an independent decimal.js reference
 * (tests/reference/decimal-estimate.ts): random inputs with every figure compared —
 * 250,000 in `npm test`, a million with `npm run test:differential` (DIFF_ROWS) —
 * plus inputs built to land exactly on, and within 10^-12..10^-3 of, a rounding
 * boundary, where the fast path must defer to the exact one.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  adjustForMetro,
  estimateCompensation,
  getDataset,
  interpolatePercentile,
  type Metro,
  type Premium,
} from "../../../src/index.js";
import { createPaybands } from "../../../src/schemas/index.js";
import { stepOf } from "../../helpers/trace-step.js";
import {
  adjustRef,
  estimateRef,
  factorRef,
  type Mode,
  type Policy,
  p50Of,
  type Rule,
} from "../../reference/decimal-estimate.js";

const ds = getDataset();
// 60% estimates, 40% adjustments.
const ROWS = Number(process.env.DIFF_ROWS ?? 250_000);
const ESTIMATES = Math.round(ROWS * 0.6);
const ADJUSTMENTS = ROWS - ESTIMATES;
const TIMEOUT = { timeout: Math.max(60_000, ROWS / 5) };
const MODES: readonly Mode[] = ["half-even", "half-up", "up", "down"];
const STEPS = [1, 100, 1000] as const;

// A fixed xorshift stream: a million inputs is too many for fast-check's shrinking
// machinery, and a fixed seed makes a failure reproducible.
function stream(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
  };
}

type PolicyInput =
  | undefined
  | "national"
  | { kind: "benchmark"; metro: string }
  | { kind: "elasticity"; elasticity: number };

function randomPolicy(r: ReturnType<typeof stream>): [PolicyInput, Policy] {
  switch (r.int(5)) {
    case 0:
      return ["national", { kind: "national" }];
    case 1: {
      const m = r.pick(ds.metros);
      return [
        { kind: "benchmark", metro: m.id },
        { kind: "benchmark", metro: m },
      ];
    }
    case 2: {
      const e = r.int(101) / 100;
      return [
        { kind: "elasticity", elasticity: e },
        { kind: "elasticity", elasticity: e },
      ];
    }
    default:
      return [undefined, { kind: "local" }];
  }
}

function randomRule(r: ReturnType<typeof stream>): Rule | undefined {
  return r.int(3) === 0 ? undefined : { step: r.pick(STEPS), mode: r.pick(MODES) };
}

describe("estimateCompensation = the decimal.js reference", () => {
  test(
    `${ESTIMATES.toLocaleString("en-US")} random estimates (level, metro, percentile, premiums, policy, floor, rounding): every figure equal`,
    TIMEOUT,
    () => {
      const r = stream(20261201);
      const premiumsFor = (level: string) => ds.premiums.filter((p) => p.levels.includes(level));
      const mismatches: string[] = [];
      for (let i = 0; i < ESTIMATES; i++) {
        const level = r.pick(ds.levels);
        const metro = r.pick(ds.metros);
        // Whole, one-decimal and arbitrary percentiles, the anchors among them.
        const kind = r.int(4);
        const percentile =
          kind === 0
            ? r.pick([25, 50, 75, 90])
            : kind === 1
              ? 1 + r.int(981) / 10
              : 0.5 + r.next() * 99;
        const [policy, policyRef] = randomPolicy(r);
        const floor = r.int(8) === 0 ? 1 + r.int(40) / 100 : undefined;
        const rule = randomRule(r);
        const available = premiumsFor(level.id);
        const premiums: Premium[] = available.filter(() => r.int(2) === 0);
        const e = estimateCompensation({
          level: level.id,
          metro: metro.id,
          percentile,
          ...(policy === undefined ? {} : { policy }),
          ...(floor === undefined ? {} : { floor }),
          ...(rule === undefined ? {} : { round: rule }),
          ...(premiums.length === 0 ? {} : { premiums: premiums.map((p) => p.id) }),
        });
        const national = interpolatePercentile(level.base, percentile, { round: "none" });
        const want = estimateRef(
          national,
          factorRef(metro, policyRef, floor),
          level.estimatedTotalComp.amount,
          p50Of(ds, level.id),
          premiums,
          rule,
        );
        const got = {
          base: e.base,
          totalComp: e.totalComp,
          baseRange: e.baseRange,
          totalCompRange: e.totalCompRange,
          premiumRanges: e.premiums.map((p) => p.range),
        };
        if (JSON.stringify(got) !== JSON.stringify(want) && mismatches.length < 5) {
          mismatches.push(
            `${level.id} ${metro.id} p${percentile} ${JSON.stringify({ policy, floor, rule })}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`,
          );
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  test("an exact tie (100,025 × 1.26 = 126,031.5) and its neighbours round as the exact decimal does, in every mode", () => {
    // 100,025 = 25 × 4,001 and 25 × 1.26 = 31.5, so the senior p50 in Seattle lands on a
    // half-dollar exactly; the float product of 100,025 and the float nearest 1.26 does not.
    const pb = createPaybands(ds, {
      levels: {
        senior: {
          base: {
            anchors: [
              { p: 25, amount: 100000 },
              { p: 50, amount: 100025 },
              { p: 75, amount: 255000 },
              { p: 90, amount: 305000 },
            ],
          },
        },
      },
    });
    const expected: Record<Mode, number> = {
      "half-even": 126032, // 126,031 is odd
      "half-up": 126032,
      up: 126032,
      down: 126031,
    };
    for (const mode of MODES) {
      const e = pb.estimateCompensation({
        level: "senior",
        metro: "seattle",
        round: { step: 1, mode },
      });
      expect([mode, e.base]).toEqual([mode, expected[mode]]);
      // The trace was computed on the exact path and ends in the same figure.
      expect(stepOf(e.trace, "base.rounded").result).toBe(expected[mode]);
    }
  });
});

describe("adjustForMetro = the decimal.js reference", () => {
  test(
    `${ADJUSTMENTS.toLocaleString("en-US")} random adjustments (amounts in dollars, cents and arbitrary floats; every pair of metros; policies; rounding)`,
    TIMEOUT,
    () => {
      const r = stream(42);
      const mismatches: string[] = [];
      for (let i = 0; i < ADJUSTMENTS; i++) {
        const from = r.pick(ds.metros);
        const to = r.pick(ds.metros);
        const kind = r.int(3);
        const amount =
          kind === 0
            ? r.int(2_000_000)
            : kind === 1
              ? r.int(200_000_000) / 100
              : r.next() * 2_000_000;
        const [policy, policyRef] = randomPolicy(r);
        const rule = randomRule(r);
        const got = adjustForMetro(amount, to.id, {
          from: from.id,
          ...(policy === undefined ? {} : { policy }),
          ...(rule === undefined ? {} : { round: rule }),
        }).amount;
        const want = adjustRef(amount, factorRef(to, policyRef), from, rule);
        if (got !== want && mismatches.length < 5) {
          mismatches.push(
            `${amount} ${from.id} → ${to.id} ${JSON.stringify({ policy, rule })}: ${got} != ${want}`,
          );
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  test("SF → Austin on and beside the boundaries: 46·n × 1.05 ÷ 1.38 = 35·n exactly, 23·(2n + 1) → 17.5·(2n + 1), ± 10^-9 .. 10^-3", () => {
    // Whole results matter to "up" and "down", half-dollar ones to the half modes; the
    // float of 1.05 ÷ 1.38 is not exact, so a float result lands a hair to either side.
    const sf = ds.metros.find((m) => m.id === "sf-bay-area") as Metro;
    const austin = ds.metros.find((m) => m.id === "austin") as Metro;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.boolean(),
        fc.constantFrom(0, 0, 0, 1e-9, -1e-9, 1e-6, -1e-6, 1e-3, -1e-3),
        fc.constantFrom(...MODES),
        (n, whole, delta, mode) => {
          // The library and the reference both read a number as its shortest decimal.
          const amount = (whole ? 46 * n : 23 * (2 * n + 1)) + delta;
          const rule: Rule = { step: 1, mode };
          const got = adjustForMetro(amount, "austin", { from: "sf", round: rule }).amount;
          expect(got).toBe(adjustRef(amount, factorRef(austin, { kind: "local" }), sf, rule));
        },
      ),
      { numRuns: 5000, seed: 20261201 },
    );
  });
});

describe("the trace of a fast-path result", () => {
  test("is built once, on first read, and serialises with the result", () => {
    const e = estimateCompensation({ level: "senior", metro: "seattle", percentile: 61.3 });
    const first = e.trace;
    expect(e.trace).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const json = JSON.parse(JSON.stringify(e)) as { trace: unknown; base: number };
    expect(json.trace).toEqual(first);
    expect({ ...e }.trace).toBe(first);
    expect(Object.keys(e)).toContain("trace");
  });

  test("ends in the result's own figures (the trace is the exact computation)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ds.levels.map((l) => l.id)),
        fc.constantFrom(...ds.metros.map((m) => m.id)),
        fc.double({ min: 0.5, max: 99.5, noNaN: true }),
        fc.constantFrom(...MODES),
        fc.constantFrom(...STEPS),
        (level, metro, percentile, mode, step) => {
          const e = estimateCompensation({ level, metro, percentile, round: { step, mode } });
          const result = (key: string) => stepOf(e.trace, key).result;
          expect([result("base.rounded"), result("tc.rounded")]).toEqual([e.base, e.totalComp]);
          const a = adjustForMetro(e.base, "austin", { from: metro, round: { step, mode } });
          expect(stepOf(a.trace, "amount.rounded").result).toBe(a.amount);
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe("over random bands and metros (a user's dataset)", () => {
  test("estimates and adjustments equal the reference for random anchors, TC and metro premiums", () => {
    const anchors = fc
      .tuple(
        fc.integer({ min: 20_000, max: 400_000 }),
        fc.integer({ min: 1, max: 90_000 }),
        fc.integer({ min: 1, max: 90_000 }),
        fc.integer({ min: 1, max: 90_000 }),
      )
      .map(([a, b, c, d]) => [a, a + b, a + b + c, a + b + c + d] as const);
    fc.assert(
      fc.property(
        anchors,
        fc.integer({ min: 10_000, max: 40_000 }).map((x) => x / 10_000), // TC ÷ p50 in [1, 4]
        fc.integer({ min: -4_999, max: 19_999 }).map((x) => x / 10_000), // 4-decimal premium
        fc.double({ min: 0.5, max: 99.5, noNaN: true }),
        fc.constantFrom(...MODES),
        fc.constantFrom(...STEPS),
        ([p25, p50, p75, p90], tcRatio, premium, percentile, mode, step) => {
          const estimatedTC = Math.round(p50 * tcRatio);
          const pb = createPaybands(ds, {
            levels: {
              senior: {
                base: {
                  anchors: [
                    { p: 25, amount: p25 },
                    { p: 50, amount: p50 },
                    { p: 75, amount: p75 },
                    { p: 90, amount: p90 },
                  ],
                },
                estimatedTotalComp: { amount: estimatedTC },
              },
            },
            metros: { seattle: { premium } },
          });
          const level = pb.getLevel("senior");
          const seattle = pb.getMetro("seattle");
          const rule: Rule = { step, mode };
          const e = pb.estimateCompensation({
            level: "senior",
            metro: "seattle",
            percentile,
            round: rule,
          });
          const national = interpolatePercentile(level.base, percentile, { round: "none" });
          const want = estimateRef(
            national,
            factorRef(seattle, { kind: "local" }),
            estimatedTC,
            p50,
            [],
            rule,
          );
          expect([e.base, e.totalComp]).toEqual([want.base, want.totalComp]);
          const a = pb.adjustForMetro(p75, "austin", { from: "seattle", round: rule });
          const austin = pb.getMetro("austin");
          expect(a.amount).toBe(
            adjustRef(p75, factorRef(austin, { kind: "local" }), seattle, rule),
          );
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
