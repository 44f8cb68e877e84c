/**
 * evaluateOffer's explanation word for word: the trace steps by their stable keys (label,
 * formula, numbers), the notes chosen by the offer's terms, and the context error. The
 * numbers are worked out by hand (Python's decimal and statistics.NormalDist for the
 * long ones) from data/backend-developer/2026.1.0.json: senior p25/p50/p75/p90 162,000 /
 * 205,000 / 255,000 / 305,000, estimated TC 287,000; Seattle +26%.
 */
import { describe, expect, test } from "vitest";
import { evaluateOffer } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";
import { stepOf, textsOf } from "../../helpers/trace-step.js";

// Base 250,000; bonus 15% = 37,500; 400,000 vesting evenly = 100,000 a year; sign-on
// 30,000: year 1 = 417,500, years 2–4 = 387,500, four years 1,580,000.
const offer = {
  base: 250000,
  bonus: { percent: 0.15 },
  equity: { grant: 400000, vesting: "even" },
  signOn: 30000,
} as const;
const makeR = () => evaluateOffer(offer, { level: "senior", metro: "seattle" });

describe("evaluateOffer: the trace in words", () => {
  test("the four-year total and the band in the metro", () => {
    const r = makeR();
    expect(
      textsOf(r.trace, [
        "fourYear.total",
        "band.p25.national",
        "band.p25",
        "band.p90",
        "fourYearTotal",
        "band.p90.rounded",
      ]),
    ).toEqual([
      "four-year total: year 1 + year 2 + year 3 + year 4 = 417,500 + 387,500 + 387,500 + 387,500 = 1,580,000",
      "US p25 base (senior) = 162,000 (levels.senior.base)",
      // 162,000 × 1.26 = 204,120; 305,000 × 1.26 = 384,300
      "p25 base in seattle: US anchor × pay factor = 162,000 × 1.26 = 204,120",
      "p90 base in seattle: US anchor × pay factor = 305,000 × 1.26 = 384,300",
      "four-year total: 1,580,000 rounded half-even to 1 = 1,580,000",
      "p90 base in seattle: 384,300 rounded half-even to 1 = 384,300",
    ]);
    expect(r.band).toEqual([
      { p: 25, amount: 204120 },
      { p: 50, amount: 258300 },
      { p: 75, amount: 321300 },
      { p: 90, amount: 384300 },
    ]);
  });

  test("the compa-ratio, rounded to three decimals through thousandths", () => {
    const r = makeR();
    // 250,000 ÷ 258,300 = 0.96786682152535…; × 1,000 = 967.87 → 968 → 0.968.
    expect(
      textsOf(r.trace, [
        "compa.exact",
        "compa.scale",
        "compa.permille",
        "compa.permille.rounded",
        "compaRatio",
      ]),
    ).toEqual([
      "compa-ratio: base ÷ p50 base in seattle = 250,000 ÷ 258,300 = 0.967866821525",
      "1,000 (3 decimals) = 1,000 (rounding rule)",
      "compa-ratio in thousandths: compa-ratio × 1,000 = 0.967866821525 × 1,000 = 967.866821525",
      "compa-ratio in thousandths: 967.866821525 rounded half-even to 1 = 968",
      "compa-ratio (3 decimals): thousandths ÷ 1,000 = 968 ÷ 1,000 = 0.968",
    ]);
    expect(r.compaRatio).toBe(0.968);
  });

  test("base and steady-state total in national terms, ranked", () => {
    const r = makeR();
    // 250,000 ÷ 1.26 = 198,412.698…; 387,500 ÷ 1.26 = 307,539.682…; ÷ 1.4 = 219,671.2018…
    expect(textsOf(r.trace, ["base.national", "total.national", "total.baseEquivalent"])).toEqual([
      "base in US-national terms: base ÷ pay factor = 250,000 ÷ 1.26 = 198,412.698413",
      "steady-state total in US-national terms: steady-state total ÷ pay factor = 387,500 ÷ 1.26 = 307,539.68254",
      "steady-state total on the base band's scale: national total ÷ TC/base multiplier = 307,539.68254 ÷ 1.4 = 219,671.201814",
    ]);
    // Log-probit between the national p50 205,000 and p75 255,000: 219,671.2 is p58.46;
    // 198,412.7 (between p25 and p50) is p46.27. One decimal each.
    expect([r.baseRank, r.totalRank]).toEqual([46.3, 58.5]);
    expect(stepOf(r.trace, "steadyStateTotal").text).toBe(
      "steady-state total: 387,500 rounded half-even to 1 = 387,500",
    );
    expect(r.tcMultiplier).toBe(1.4);
  });

  test("a schedule longer than four years totals its later years separately", () => {
    const r = makeR();
    // Five equal fifths of 500,000: 100,000 a year; base 200,000 → 300,000 every year.
    const five = evaluateOffer(
      { base: 200000, equity: { grant: 500000, vesting: [0.2, 0.2, 0.2, 0.2, 0.2] } },
      { level: "senior" },
    );
    expect(five.years.map((y) => y.total)).toEqual([300000, 300000, 300000, 300000, 300000]);
    expect(five.fourYearTotal).toBe(1200000);
    expect(stepOf(five.trace, "laterYears.total").text).toBe(
      "years 5–5 total: year 5 = 300,000 = 300,000",
    );
    expect(stepOf(five.trace, "laterYears.total.rounded").text).toBe(
      "years 5–5 total: 300,000 rounded half-even to 1 = 300,000",
    );
    // A four-year schedule has no such step.
    expect(r.trace.some((s) => s.key.startsWith("laterYears"))).toBe(false);
  });
});

describe("evaluateOffer: notes follow the terms", () => {
  test("the always-present notes, with the multiplier to four decimals, in order", () => {
    const r = makeR();
    expect(r.notes).toHaveLength(6);
    expect(r.notes[0]).toMatch(/^Percentiles of components do not add up/);
    expect(r.notes[1]).toContain("the TC/base multiplier (1.4)");
    expect(r.notes[2]).toMatch(/^steadyStateTotal = base \+ target bonus/);
    expect(r.notes[3]).toMatch(/^Base and target bonus are the same every year/);
    expect(r.notes[4]).toBe("Base is within the band: between the metro's p25 and p90 anchors.");
    expect(r.notes[5]).toMatch(/^Money is rounded once/);
  });

  test("below and above the band name the anchor crossed", () => {
    const below = evaluateOffer({ base: 150000 }, { level: "senior", metro: "seattle" });
    expect(below.notes).toContain(
      "Base is below the band: under the metro's p25 anchor, the lowest the guide gives.",
    );
    const above = evaluateOffer({ base: 400000 }, { level: "senior", metro: "seattle" });
    expect(above.notes).toContain(
      "Base is above the band: over the metro's p90 anchor, the highest the guide gives.",
    );
  });

  test("cliff, front-loaded and refresher notes only for those terms", () => {
    const r = makeR();
    const has = (notes: readonly string[], re: RegExp) => notes.some((n) => re.test(n));
    const cliff = evaluateOffer(
      { base: 205000, equity: { grant: 100000, vesting: "cliff" } },
      { level: "senior" },
    );
    expect(has(cliff.notes, /^One-year cliff/)).toBe(true);
    expect(has(cliff.notes, /^Front-loaded/)).toBe(false);
    expect(has(cliff.notes, /^Refreshers:/)).toBe(false);
    const front = evaluateOffer(
      { base: 205000, equity: { grant: 100000, vesting: "front-loaded" } },
      { level: "senior" },
    );
    expect(has(front.notes, /^Front-loaded 40\/30\/20\/10/)).toBe(true);
    expect(has(front.notes, /^One-year cliff/)).toBe(false);
    expect(has(r.notes, /^One-year cliff|^Front-loaded|^Refreshers:/)).toBe(false);
  });
});

describe("evaluateOffer: errors", () => {
  test("no context names the level field", () => {
    expect(thrown(() => evaluateOffer(offer, undefined as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["level"],
      message: 'evaluateOffer needs a context such as { level: "senior", metro: "seattle" }',
    });
  });

  test("an unknown context key is refused by name", () => {
    const e = thrown(() => evaluateOffer(offer, { level: "senior", metor: "sf" } as never));
    expect(e).toMatchObject({ code: "INVALID_OPTION", path: ["metor"] });
    expect(e.message).toContain("evaluateOffer context");
  });
});
