import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import { estimateCompensation, getDataset, isPaybandsError } from "../../../src/index.js";
import { expectTraceReplays } from "../../helpers/replay-trace.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();

describe("estimateCompensation: hand-worked references from the guide", () => {
  test("senior at p50 in Seattle: base $258,300 (205,000 × 1.26), TC × 287/205 = 1.4", () => {
    const e = estimateCompensation({ level: "senior", metro: "seattle", percentile: 50 });
    expect(e.base).toBe(258300);
    expect(e.multiplier).toBe(1.4);
    expect(e.totalComp).toBe(361620); // 258,300 × 1.4
    expect(e.breakdown).toEqual({ base: 258300, other: 103320 });
    // The band in Seattle: 162k, 205k, 255k, 305k × 1.26
    expect(e.band).toEqual([
      { p: 25, amount: 204120 },
      { p: 50, amount: 258300 },
      { p: 75, amount: 321300 },
      { p: 90, amount: 384300 },
    ]);
    expect(e).toMatchObject({ level: "senior", metro: "seattle", percentile: 50, policy: "local" });
    expect(e.dataset).toEqual({ id: "backend-developer", version: "2026.1.0" });
  });

  test("senior p50 TC at the national level equals the guide's ~$287k", () => {
    expect(estimateCompensation({ level: "senior" }).totalComp).toBe(287000);
  });

  test.each([
    ["junior", 105000, 120000],
    ["mid", 148000, 185000],
    ["senior", 205000, 287000],
    ["staff", 310000, 496000],
  ] as const)("%s national p50: base %d, TC %d (the guide's table)", (level, base, tc) => {
    const e = estimateCompensation({ level });
    expect([e.base, e.totalComp]).toEqual([base, tc]);
  });

  test("anchors are exact: staff p90 in SF = 490,000 × 1.38 = 676,200", () => {
    expect(estimateCompensation({ level: "staff", metro: "sf", percentile: 90 }).base).toBe(676200);
  });

  test("skill premiums as ranges: AI services +$15–30k on a senior; Go/Rust +10–20% on a mid", () => {
    const ai = estimateCompensation({ level: "senior", premiums: ["ai-services"] });
    expect(ai.baseRange).toEqual([220000, 235000]); // 205,000 + 15,000 / + 30,000
    expect(ai.totalCompRange).toEqual([302000, 317000]); // 287,000 + 15,000 / + 30,000
    const go = estimateCompensation({ level: "mid", metro: "austin", premiums: ["rust"] });
    // 148,000 × 1.05 = 155,400; × 0.10 = 15,540; × 0.20 = 31,080
    expect(go.base).toBe(155400);
    expect(go.premiums).toEqual([
      {
        id: "go-rust",
        name: "Go / Rust",
        range: [15540, 31080],
        condition: "At companies actively using those languages.",
        relativeTo: "Python/Node engineers at equivalent levels",
      },
    ]);
    expect(go.baseRange).toEqual([170940, 186480]);
    expect(go.notes.join(" ")).toMatch(/actively using those languages/);
  });

  test("two premiums add: a junior with containers ($8–15k) and, allowed, AI services ($15–30k)", () => {
    const e = estimateCompensation({
      level: "junior",
      premiums: ["containers", "ai-services"],
      anyLevelPremiums: true,
    });
    expect(e.baseRange).toEqual([105000 + 23000, 105000 + 45000]);
  });

  test("a pay policy flows through: benchmark SF pays a remote senior 205,000 × 1.38", () => {
    expect(
      estimateCompensation({ level: "senior", metro: "remote", policy: "benchmark" }).base,
    ).toBe(282900);
  });

  test("notes say that percentiles of components do not add", () => {
    expect(estimateCompensation({ level: "mid" }).notes[0]).toMatch(
      /percentiles of components do not add/,
    );
  });

  test("core and bound agree; the result is JSON-serialisable and frozen", () => {
    const input = {
      level: "staff",
      metro: "nyc",
      percentile: 62.5,
      premiums: ["ai-services"],
    } as const;
    const bound = estimateCompensation(input);
    expect(core.estimateCompensation(ds, input)).toEqual(bound);
    expect(JSON.parse(JSON.stringify(bound))).toEqual(bound);
    expect(
      Object.isFrozen(bound) && Object.isFrozen(bound.band) && Object.isFrozen(bound.trace),
    ).toBe(true);
  });
});

describe("estimateCompensation: properties", () => {
  const level = fc.constantFrom(...ds.levels.map((l) => l.id));
  const metro = fc.constantFrom(...ds.metros.map((m) => m.id));
  const p = fc.double({ min: 1, max: 99, noNaN: true });

  test("TC >= base, ranges ordered, parts sum to the whole, all finite whole dollars", () => {
    fc.assert(
      fc.property(level, metro, p, (l, m, pct) => {
        const premiums = ds.premiums.filter((x) => x.levels.includes(l)).map((x) => x.id);
        const e = estimateCompensation({ level: l, metro: m, percentile: pct, premiums });
        expect(e.totalComp).toBeGreaterThanOrEqual(e.base);
        expect(e.baseRange[0]).toBeLessThanOrEqual(e.baseRange[1]);
        expect(e.totalCompRange[0]).toBeLessThanOrEqual(e.totalCompRange[1]);
        expect(e.baseRange[0]).toBeGreaterThanOrEqual(e.base);
        expect(e.breakdown.base + e.breakdown.other).toBe(e.totalComp);
        for (const x of [e.base, e.totalComp, ...e.baseRange, ...e.totalCompRange])
          expect(Number.isInteger(x)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("monotone in the percentile", () => {
    fc.assert(
      fc.property(level, metro, p, p, (l, m, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(
          estimateCompensation({ level: l, metro: m, percentile: lo }).base,
        ).toBeLessThanOrEqual(estimateCompensation({ level: l, metro: m, percentile: hi }).base);
      }),
      { numRuns: 200 },
    );
  });

  test("the trace's steps recompute the result", () => {
    fc.assert(
      fc.property(level, metro, p, (l, m, pct) => {
        const premiums = ds.premiums.filter((x) => x.levels.includes(l)).map((x) => x.id);
        const e = estimateCompensation({ level: l, metro: m, percentile: pct, premiums });
        const v = expectTraceReplays(e.trace);
        expect(v.get("base.rounded")).toBe(e.base);
        expect(v.get("tc.rounded")).toBe(e.totalComp);
        if (premiums.length > 0) {
          expect([v.get("base.low.rounded"), v.get("base.high.rounded")]).toEqual([...e.baseRange]);
          expect([v.get("tc.low.rounded"), v.get("tc.high.rounded")]).toEqual([
            ...e.totalCompRange,
          ]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("estimateCompensation: bad input names the field", () => {
  test.each([
    [{ level: "cto" }, "UNKNOWN_LEVEL", ["level"]],
    [{ level: "senior", metro: "paris" }, "UNKNOWN_METRO", ["metro"]],
    [{ level: "senior", percentile: 100 }, "INVALID_PERCENTILE", ["percentile"]],
    [{ level: "senior", percentile: 0 }, "INVALID_PERCENTILE", ["percentile"]],
    [{ level: "senior", percentile: Number.NaN }, "INVALID_PERCENTILE", ["percentile"]],
    [{ level: "senior", percentile: "50" }, "INVALID_PERCENTILE", ["percentile"]],
    [{ level: "senior", premiums: ["cobol"] }, "UNKNOWN_PREMIUM", ["premiums", 0]],
    [{ level: "senior", premiums: ["go-rust"] }, "INVALID_INPUT", ["premiums", 0]],
    [{ level: "senior", premiums: ["ai-services", "ai"] }, "UNKNOWN_PREMIUM", ["premiums", 1]],
    [{ level: "senior", premiums: "ai-services" }, "INVALID_INPUT", ["premiums"]],
    [{ level: "senior", metor: "sf" }, "INVALID_OPTION", ["metor"]],
    [{ level: "senior", method: "spline" }, "INVALID_OPTION", ["method"]],
    [{ level: "senior", round: 7 }, "INVALID_OPTION", ["round"]],
    [{ level: "senior", anyLevelPremiums: "yes" }, "INVALID_OPTION", ["anyLevelPremiums"]],
  ])("%j → %s at %j", (input, code, path) => {
    const e = thrown(() => estimateCompensation(input as never));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  test("a premium listed twice is rejected", () => {
    expect(
      thrown(() =>
        estimateCompensation({ level: "senior", premiums: ["ai-services", "llm-services"] }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      path: ["premiums", 1],
    });
  });

  test("a premium not given for the level names the ones that are", () => {
    const e = thrown(() => estimateCompensation({ level: "mid", premiums: ["ai-services"] }));
    expect(e.message).toMatch(/given for senior, staff, not mid/);
    expect(e.validChoices).toEqual(["go-rust"]);
  });

  test.each([undefined, null, 42, "senior"])("input %j → a PaybandsError", (input) => {
    expect(isPaybandsError(thrown(() => estimateCompensation(input as never)))).toBe(true);
  });
});
