/**
 * projectCareer's explanation word for word: the trace steps by their stable keys for the
 * start, the annual raise, a promotion and the total comp of a year, and the promotions it
 * reports. Figures by hand from data/backend-developer/2026.1.0.json: junior p50 105,000;
 * mid p50 148,000 and estimated TC 185,000; junior → mid after 2–3 years with a 28–42%
 * raise (expected: 35%, at year 3 as the CLI's table shows; high: year 2).
 */
import { describe, expect, test } from "vitest";
import { projectCareer } from "../../../src/index.js";
import { stepOf, textsOf } from "../../helpers/trace-step.js";

describe("projectCareer: the trace in words", () => {
  const makeC = () => projectCareer({ level: "junior", years: 3, track: "ic", annualRaise: 0.1 });

  test("start, annual raise, promotion, rounding", () => {
    const c = makeC();
    expect(
      textsOf(c.trace, [
        "base.start",
        "raise.annual",
        "raise.annual.factor",
        "path.expected.1.base.annual",
        "path.expected.1.base",
        "path.expected.3.base.annual",
        "path.expected.3.base",
      ]),
    ).toEqual([
      "junior base in remote-us, year 0: US base × pay factor = 105,000 × 1 = 105,000",
      "annual raise = 0.1 (input)",
      "annual raise factor: 1 + annual raise = 1 + 0.1 = 1.1",
      "expected base after the annual raise of year 1: base × (1 + annual raise) = 105,000 × 1.1 = 115,500",
      "expected base, year 1: 115,500 rounded half-even to 1 = 115,500",
      // 105,000 × 1.1³ = 139,755, then × 1.35 on promotion = 188,669.25.
      "expected base after the annual raise of year 3: base × (1 + annual raise) = 127,050 × 1.1 = 139,755",
      "expected base, year 3: 188,669.25 rounded half-even to 1 = 188,669",
    ]);
    const promotion = stepOf(c.trace, "path.expected.3.base.promotion");
    expect(promotion).toMatchObject({
      op: "multiply",
      label: "expected base on promotion junior → mid (year 3)",
      inputs: [139755, 1.35],
      result: 188669.25,
    });
    expect(promotion.text).toBe(
      "expected base on promotion junior → mid (year 3): base × (1 + raise) = 139,755 × 1.35 = 188,669.25",
    );
  });

  test("total comp of a year: base × estimated TC ÷ p50 base, rounded", () => {
    const c = makeC();
    // 188,669.25 × 185,000 = 34,903,811,250; ÷ 148,000 = 235,836.5625 → 235,837.
    expect(
      textsOf(c.trace, [
        "path.expected.3.totalComp.scaled",
        "path.expected.3.totalComp.exact",
        "path.expected.3.totalComp",
      ]),
    ).toEqual([
      "expected base × estimated TC, year 3 (mid): base × estimated TC = 188,669.25 × 185,000 = 34,903,811,250",
      "expected total comp, year 3 (mid): base × estimated TC ÷ p50 base = 34,903,811,250 ÷ 148,000 = 235,836.5625",
      "expected total comp, year 3: 235,836.5625 rounded half-even to 1 = 235,837",
    ]);
    expect(c.path[3]?.expected).toEqual({ level: "mid", base: 188669, totalComp: 235837 });
    // Year 0 has no raise: the starting base itself.
    expect(c.path[0]?.low).toEqual({ level: "junior", base: 105000, totalComp: 120000 });
    expect(c.trace.some((s) => s.key === "path.low.0.base.annual")).toBe(false);
  });

  test("promotions name the scenario, year, step, levels, years in level and raise", () => {
    const c = makeC();
    expect(c.promotions).toEqual([
      {
        scenario: "low",
        year: 3,
        step: "junior-to-mid",
        from: "junior",
        to: "mid",
        yearsInLevel: 3,
        raise: 0.28,
      },
      {
        scenario: "expected",
        year: 3,
        step: "junior-to-mid",
        from: "junior",
        to: "mid",
        yearsInLevel: 3,
        raise: 0.35,
      },
      {
        scenario: "high",
        year: 2,
        step: "junior-to-mid",
        from: "junior",
        to: "mid",
        yearsInLevel: 2,
        raise: 0.42,
      },
    ]);
    expect([c.annualRaise, c.years, c.track, c.percentile, c.policy]).toEqual([
      0.1,
      3,
      "ic",
      50,
      "local",
    ]);
  });

  test("no annual raise: no raise steps, base flat between promotions", () => {
    const flat = projectCareer({ level: "junior", years: 1, track: "ic" });
    expect(flat.trace.some((s) => s.key.startsWith("raise.annual"))).toBe(false);
    expect(flat.annualRaise).toBe(0);
    expect(flat.path.map((y) => y.expected.base)).toEqual([105000, 105000]);
  });
});
