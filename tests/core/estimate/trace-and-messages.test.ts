/**
 * estimateCompensation's explanation and its errors, word for word: the trace steps by
 * their (documented, stable) keys with their labels, formulas and numbers, the notes, and
 * the message, path and choices of each error. The numbers are worked out by hand from
 * data/backend-developer/2026.1.0.json: senior p50 205,000, p90 305,000, estimated TC
 * 287,000; Seattle +26%; Go/Rust +10–20% of base; AI services +$15,000–30,000.
 */
import { describe, expect, test } from "vitest";
import { estimateCompensation } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";
import { stepOf, textsOf } from "../../helpers/trace-step.js";

describe("estimateCompensation: the trace in words", () => {
  // A senior in Seattle with a percent premium and an amount premium (Go/Rust is given for
  // mid; anyLevelPremiums applies it anyway).
  const makeE = () =>
    estimateCompensation({
      level: "senior",
      metro: "seattle",
      premiums: ["go-rust", "ai-services"],
      anyLevelPremiums: true,
    });

  test("base, multiplier and total comp", () => {
    const e = makeE();
    expect(
      textsOf(e.trace, ["base.national.percentile", "base", "tc.estimated", "base.median"]),
    ).toEqual([
      "percentile = 50 (input)",
      // 205,000 × 1.26 = 258,300
      "base at p50 in seattle: US base × pay factor = 205,000 × 1.26 = 258,300",
      "estimated total comp (senior) = 287,000 (levels.senior.estimatedTotalComp)",
      "US p50 base (senior) = 205,000 (levels.senior.base)",
    ]);
    // 287,000 ÷ 205,000 = 1.4; 258,300 × 1.4 = 361,620.
    expect(stepOf(e.trace, "tc.multiplier")).toMatchObject({
      op: "divide",
      label: "TC/base multiplier",
      inputs: [287000, 205000],
      result: 1.4,
      text: "TC/base multiplier: estimated TC ÷ p50 base = 287,000 ÷ 205,000 = 1.4",
    });
    expect(stepOf(e.trace, "tc").text).toBe(
      "total comp: base × TC/base multiplier = 258,300 × 1.4 = 361,620",
    );
    expect(stepOf(e.trace, "base.national")).toMatchObject({
      op: "interpolate",
      label: "US base at p50 (senior)",
      inputs: [50],
      result: 205000,
    });
    expect(stepOf(e.trace, "base.national").text).toMatch(/^US base \(senior\): /);
  });

  test("each premium's ends, their sums, and base and total comp with them", () => {
    const e = makeE();
    expect(
      textsOf(e.trace, [
        "premium.go-rust.low.fraction",
        "premium.go-rust.low",
        "premium.go-rust.high.fraction",
        "premium.go-rust.high",
        "premium.ai-services.low",
        "premium.ai-services.high",
        "premiums.low",
        "premiums.high",
        "base.low",
        "base.high",
        "tc.low",
        "tc.high",
      ]),
    ).toEqual([
      "Go / Rust premium fraction (low) = 0.1 (premiums.go-rust.effect.fraction)",
      // 258,300 × 0.1 = 25,830; × 0.2 = 51,660
      "Go / Rust premium (low): base × fraction = 258,300 × 0.1 = 25,830",
      "Go / Rust premium fraction (high) = 0.2 (premiums.go-rust.effect.fraction)",
      "Go / Rust premium (high): base × fraction = 258,300 × 0.2 = 51,660",
      "AI services experience premium (low) = 15,000 (premiums.ai-services.effect.amount)",
      "AI services experience premium (high) = 30,000 (premiums.ai-services.effect.amount)",
      // 25,830 + 15,000 = 40,830; 51,660 + 30,000 = 81,660
      "premiums (low): go-rust + ai-services = 25,830 + 15,000 = 40,830",
      "premiums (high): go-rust + ai-services = 51,660 + 30,000 = 81,660",
      "base with premiums (low): base + premiums low = 258,300 + 40,830 = 299,130",
      "base with premiums (high): base + premiums high = 258,300 + 81,660 = 339,960",
      "total comp with premiums (low): total comp + premiums low = 361,620 + 40,830 = 402,450",
      "total comp with premiums (high): total comp + premiums high = 361,620 + 81,660 = 443,280",
    ]);
  });

  test("rounding happens last, one step per output, by the named rule", () => {
    const e = makeE();
    expect(
      textsOf(e.trace, [
        "base.rounded",
        "tc.rounded",
        "base.low.rounded",
        "base.high.rounded",
        "tc.low.rounded",
        "tc.high.rounded",
      ]),
    ).toEqual([
      "base: 258,300 rounded half-even to 1 = 258,300",
      "total comp: 361,620 rounded half-even to 1 = 361,620",
      "base (low): 299,130 rounded half-even to 1 = 299,130",
      "base (high): 339,960 rounded half-even to 1 = 339,960",
      "total comp (low): 402,450 rounded half-even to 1 = 402,450",
      "total comp (high): 443,280 rounded half-even to 1 = 443,280",
    ]);
    expect(e.trace.at(-1)?.key).toBe("tc.high.rounded");
    expect([e.base, e.totalComp, e.baseRange, e.totalCompRange]).toEqual([
      258300,
      361620,
      [299130, 339960],
      [402450, 443280],
    ]);
  });

  test("to $1,000 half-up: 361,620 → 362,000 and 258,300 → 258,000", () => {
    const r = estimateCompensation({
      level: "senior",
      metro: "seattle",
      round: { step: 1000, mode: "half-up" },
    });
    expect([r.base, r.totalComp]).toEqual([258000, 362000]);
    // The band is rounded by the same rule: 204,120 → 204,000; 384,300 → 384,000.
    expect(r.band.map((a) => a.amount)).toEqual([204000, 258000, 321000, 384000]);
    expect(stepOf(r.trace, "tc.rounded").text).toBe(
      "total comp: 361,620 rounded half-up to 1,000 = 362,000",
    );
    // breakdown.other is what the rounded total adds to the rounded base.
    expect(r.breakdown).toEqual({ base: 258000, other: 104000 });
  });

  test("one premium needs no sum step; none leaves the ranges at the point estimate", () => {
    const one = estimateCompensation({ level: "senior", premiums: ["ai-services"] });
    expect(one.trace.some((s) => s.key === "premiums.low" || s.key === "premiums.high")).toBe(
      false,
    );
    // 205,000 + 15,000 and + 30,000, straight from the premium's own steps.
    expect(stepOf(one.trace, "base.low").text).toBe(
      "base with premiums (low): base + premiums low = 205,000 + 15,000 = 220,000",
    );
    const none = estimateCompensation({ level: "senior" });
    expect(none.baseRange).toEqual([205000, 205000]);
    expect(none.totalCompRange).toEqual([287000, 287000]);
    expect(none.premiums).toEqual([]);
    expect(none.trace.some((s) => s.key.startsWith("premium") || s.key === "base.low")).toBe(false);
    expect(none.percentile).toBe(50);
  });

  test("notes: percentiles do not add, the multiplier is an estimate, each premium's terms", () => {
    const e = makeE();
    expect(e.notes).toEqual([
      "Total comp is base at the percentile × the level's TC/base multiplier, not the percentile of total comp: percentiles of components do not add up to the percentile of the total.",
      "The TC/base multiplier comes from the guide's estimated total comp (~$287,000), an estimate rather than a measurement.",
      "Go / Rust: At companies actively using those languages. Relative to Python/Node engineers at equivalent levels.",
      "AI services experience: Operating production LLM APIs, managing vector stores, building retrieval systems. The guide quantifies it for senior engineers and says the AI-services lift applies at senior and above. Relative to generalist senior backend.",
    ]);
    expect(e.premiums.map((p) => [p.id, p.name, p.range])).toEqual([
      ["go-rust", "Go / Rust", [25830, 51660]],
      ["ai-services", "AI services experience", [15000, 30000]],
    ]);
  });
});

describe("estimateCompensation: errors, word for word", () => {
  test("no input at all", () => {
    expect(thrown(() => estimateCompensation(undefined as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: [],
      message: 'estimateCompensation needs an input such as { level: "senior" }',
    });
  });

  test("premiums: not an array, or more entries than the dataset has premiums", () => {
    const expected = {
      code: "INVALID_INPUT",
      path: ["premiums"],
      message:
        "premiums must be an array of premium ids (at most 3); valid: containers-cloud, go-rust, ai-services",
      validChoices: ["containers-cloud", "go-rust", "ai-services"],
    };
    expect(
      thrown(() => estimateCompensation({ level: "senior", premiums: "go" as never })),
    ).toMatchObject(expected);
    // Four entries cannot all be distinct premiums: refused before any lookup.
    expect(
      thrown(() =>
        estimateCompensation({
          level: "senior",
          premiums: ["go", "ai-services", "containers", "rust"],
          anyLevelPremiums: true,
        }),
      ),
    ).toMatchObject(expected);
    // Exactly three (every premium) is allowed: 205,000 + 8,000 + 20,500 + 15,000 = 248,500
    // at the low end (Go/Rust 10% of 205,000 = 20,500).
    expect(
      estimateCompensation({
        level: "senior",
        premiums: ["containers", "go", "ai-services"],
        anyLevelPremiums: true,
      }).baseRange[0],
    ).toBe(248500);
  });

  test("a premium listed twice (by id and alias); a premium for other levels", () => {
    expect(
      thrown(() =>
        estimateCompensation({ level: "senior", premiums: ["ai-services", "llm-services"] }),
      ).message,
    ).toBe('premium "ai-services" is listed twice');
    expect(
      thrown(() => estimateCompensation({ level: "senior", premiums: ["rust"] })),
    ).toMatchObject({
      code: "INVALID_INPUT",
      path: ["premiums", 0],
      message:
        'premium "go-rust" is given for mid, not senior; pass anyLevelPremiums: true to apply it anyway',
      validChoices: ["ai-services"],
    });
    // anyLevelPremiums: false is the default behaviour, not "any truthy value".
    expect(
      thrown(() =>
        estimateCompensation({ level: "senior", premiums: ["rust"], anyLevelPremiums: false }),
      ).path,
    ).toEqual(["premiums", 0]);
  });

  test("anyLevelPremiums must be a boolean", () => {
    expect(
      thrown(() => estimateCompensation({ level: "senior", anyLevelPremiums: 1 as never })),
    ).toMatchObject({
      code: "INVALID_OPTION",
      path: ["anyLevelPremiums"],
      message: "anyLevelPremiums must be true or false",
    });
  });
});
