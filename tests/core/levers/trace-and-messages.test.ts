/**
 * applyLevers's explanation word for word — the trace steps by their stable keys (label,
 * formula, numbers), the notes chosen by the levers and the combine rule — and the
 * message, path and choices of each context error. Figures worked out by hand from
 * data/backend-developer/2026.1.0.json: competing offer +10–20%, AI premium +10–15% (both
 * percent of the offer, applied to base), level escalation +$30,000–60,000 total comp,
 * equity refresh qualitative, sign-on 50–100% of the forfeit.
 */
import { describe, expect, test } from "vitest";
import { applyLevers } from "../../../src/core/levers/index.js";
import { getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";
import { stepOf, textsOf } from "../../helpers/trace-step.js";

const ds = getDataset();
const CO = "Competing offer from a tier-equivalent or higher company";
const AI = "AI / LLM services experience premium";
const NOTES = {
  percentToBase:
    /^Percent levers \(competing offer \+10–20%, AI\/LLM premium \+10–15%\) are applied to base/,
  add: /^Several percent levers add: base × \(1 \+ f₁ \+ f₂\)/,
  compound: /^Percent levers compound in the order given/,
  stacking: /^Levers are summed as if each works in full/,
  offer: /^For an offer, firstYearTotal gains/,
  estimate: /^For an estimate, totalComp is annual/,
  rounding: /^Every figure is rounded once/,
};

function noteKinds(notes: readonly string[]): string[] {
  return notes.map((n) => Object.entries(NOTES).find(([, re]) => re.test(n))?.[0] ?? n);
}

describe("an offer with every kind of lever (added)", () => {
  // Base 250,000, bonus 15%, 400,000 over four even years, sign-on 30,000: year 1 417,500,
  // steady state 387,500.
  const makeR = () =>
    applyLevers(
      ds,
      {
        base: 250000,
        bonus: { percent: 0.15 },
        equity: { grant: 400000, vesting: "even" },
        signOn: 30000,
      },
      [
        "competing-offer",
        "ai-premium",
        "level-escalation",
        { lever: "equity-refresh", ask: 100000 },
        { lever: "sign-on-bonus", forfeit: 120000 },
      ],
    );

  test("percent levers: each fraction of the same base, then the base increase", () => {
    const r = makeR();
    expect(
      textsOf(r.trace, [
        "competing-offer.fraction.low",
        "competing-offer.low",
        "competing-offer.high",
        "ai-premium.low",
        "ai-premium.high",
        "delta.base.low",
        "delta.base.high",
        "after.base.low",
        "after.base.high",
      ]),
    ).toEqual([
      `${CO}: fraction (low) = 0.1 (levers.competing-offer.effect.fraction)`,
      // 250,000 × 0.1 / 0.2; × 0.1 / 0.15
      `${CO} (low): base × fraction = 250,000 × 0.1 = 25,000`,
      `${CO} (high): base × fraction = 250,000 × 0.2 = 50,000`,
      `${AI} (low): base × fraction = 250,000 × 0.1 = 25,000`,
      `${AI} (high): base × fraction = 250,000 × 0.15 = 37,500`,
      "base increase (low): competing-offer + ai-premium = 25,000 + 25,000 = 50,000",
      "base increase (high): competing-offer + ai-premium = 50,000 + 37,500 = 87,500",
      "base after levers (low): base + increase = 250,000 + 50,000 = 300,000",
      "base after levers (high): base + increase = 250,000 + 87,500 = 337,500",
    ]);
    // A percent bonus follows base: 15% of 50,000 and of 87,500.
    expect(textsOf(r.trace, ["delta.bonus.low", "delta.bonus.high"])).toEqual([
      "bonus increase (low): base increase × bonus percent = 50,000 × 0.15 = 7,500",
      "bonus increase (high): base increase × bonus percent = 87,500 × 0.15 = 13,125",
    ]);
  });

  test("amount, qualitative and forfeit levers", () => {
    const r = makeR();
    expect(
      textsOf(r.trace, [
        "level-escalation.low",
        "level-escalation.high",
        "equity-refresh.low",
        "equity-refresh.high",
        "sign-on-bonus.forfeit",
        "sign-on-bonus.fraction.low",
        "sign-on-bonus.low",
        "sign-on-bonus.high",
      ]),
    ).toEqual([
      "Level escalation with evidence (low) = 30,000 (levers.level-escalation.effect.amount)",
      "Level escalation with evidence (high) = 60,000 (levers.level-escalation.effect.amount)",
      "Equity grant refresh negotiation (low): not accommodated = 0 (levers.equity-refresh.effect (qualitative: no figure))",
      "Equity grant refresh negotiation (high): the full ask = 100,000 (input)",
      "forfeited unvested equity = 120,000 (input)",
      "Sign-on bonus to bridge unvested RSU forfeit: share of the forfeit covered (low) = 0.5 (levers.sign-on-bonus.effect.fraction)",
      "Sign-on bonus to bridge unvested RSU forfeit (low): forfeit × fraction = 120,000 × 0.5 = 60,000",
      "Sign-on bonus to bridge unvested RSU forfeit (high): forfeit × fraction = 120,000 × 1 = 120,000",
    ]);
    expect(r.contributions.map((c) => [c.lever, c.basis, c.range])).toEqual([
      ["competing-offer", "base", [25000, 50000]],
      ["ai-premium", "base", [25000, 37500]],
      ["level-escalation", "total-comp", [30000, 60000]],
      ["equity-refresh", "equity-grant", [0, 100000]],
      ["sign-on-bonus", "sign-on", [60000, 120000]],
    ]);
  });

  test("an extra grant vests on the offer's schedule: a quarter in year 1, ÷ 4 a year", () => {
    const r = makeR();
    expect(stepOf(r.trace, "grant.vesting.year1")).toMatchObject({
      op: "given",
      label: "share of a grant vesting in its year 1",
      result: 0.25,
    });
    expect(stepOf(r.trace, "grant.vesting.years")).toMatchObject({
      label: "vesting years",
      result: 4,
    });
    expect(
      textsOf(r.trace, [
        "delta.grant.yearly.low",
        "delta.grant.yearly.high",
        "delta.grant.year1.high",
      ]),
    ).toEqual([
      "initial-grant increase per year (low): grant increase ÷ vesting years = 0 ÷ 4 = 0",
      "initial-grant increase per year (high): grant increase ÷ vesting years = 100,000 ÷ 4 = 25,000",
      "initial-grant increase vesting in year 1 (high): grant increase × year-1 fraction = 100,000 × 0.25 = 25,000",
    ]);
  });

  test("the totals gain every increase; the sign-on only in year 1", () => {
    const r = makeR();
    expect(
      textsOf(r.trace, [
        "after.firstYearTotal.low",
        "after.firstYearTotal.high",
        "after.steadyStateTotal.low",
        "after.steadyStateTotal.high",
      ]),
    ).toEqual([
      // 417,500 + 50,000 + 7,500 + 0 + 30,000 + 60,000
      "first-year total after levers (low): before + increases = 417,500 + 50,000 + 7,500 + 0 + 30,000 + 60,000 = 565,000",
      // 417,500 + 87,500 + 13,125 + 25,000 + 60,000 + 120,000
      "first-year total after levers (high): before + increases = 417,500 + 87,500 + 13,125 + 25,000 + 60,000 + 120,000 = 723,125",
      // 387,500 + 50,000 + 7,500 + 0 + 30,000
      "steady-state total after levers (low): before + increases = 387,500 + 50,000 + 7,500 + 0 + 30,000 = 475,000",
      // 387,500 + 87,500 + 13,125 + 25,000 + 60,000
      "steady-state total after levers (high): before + increases = 387,500 + 87,500 + 13,125 + 25,000 + 60,000 = 573,125",
    ]);
    expect(r.before).toEqual({ base: 250000, firstYearTotal: 417500, steadyStateTotal: 387500 });
    expect(r.after).toEqual({
      base: [300000, 337500],
      firstYearTotal: [565000, 723125],
      steadyStateTotal: [475000, 573125],
    });
    expect(stepOf(r.trace, "after.base.high.rounded").text).toBe(
      "base after levers (high): 337,500 rounded half-even to 1 = 337,500",
    );
    expect(stepOf(r.trace, "before.steadyStateTotal.rounded").text).toBe(
      "steady-state total: 387,500 rounded half-even to 1 = 387,500",
    );
  });

  test("ranked by the guide's effectiveness; the notes for several percent levers", () => {
    const r = makeR();
    expect(r.ranked).toEqual([
      "competing-offer",
      "ai-premium",
      "level-escalation",
      "equity-refresh",
      "sign-on-bonus",
    ]);
    expect(r.combine).toBe("add");
    expect(noteKinds(r.notes)).toEqual(["percentToBase", "add", "stacking", "offer", "rounding"]);
    expect(r.contributions[3]?.note).toMatch(
      /: from nothing to the full \$100,000 ask, added to the initial equity grant \(vesting on the offer's schedule\)\.$/,
    );
    expect(r.contributions[4]?.note).toMatch(
      /^A one-time sign-on bonus in year 1 covering 50%–100% of the \$120,000 forfeit\. Source: "/,
    );
    expect(r.contributions[2]?.note).toMatch(
      /^Adds \$30,000–\$60,000 to total comp \(not base\)\. Source: "/,
    );
    expect(r.contributions[0]?.note).toMatch(
      /^Raises base by 10%–20% of the \$250,000 base\. Source: "/,
    );
  });
});

describe("an estimate with compounding percent levers", () => {
  const makeR = () =>
    applyLevers(ds, { base: 205000, totalComp: 287000 }, ["competing-offer", "ai"], {
      combine: "compound",
    });

  test("each lever applies to base as raised by the ones before it", () => {
    const r = makeR();
    expect(
      textsOf(r.trace, [
        "target.base",
        "target.totalComp",
        "competing-offer.low",
        "base.after.low.competing-offer",
        "ai-premium.low",
        "base.after.low.ai-premium",
        "ai-premium.high",
      ]),
    ).toEqual([
      "base = 205,000 (input)",
      "total comp (annual) = 287,000 (input)",
      // 205,000 × 0.1 = 20,500 → 225,500; × 0.1 = 22,550 → 248,050
      `${CO} (low): base so far × fraction = 205,000 × 0.1 = 20,500`,
      `base after ${CO} (low): base so far + contribution = 205,000 + 20,500 = 225,500`,
      `${AI} (low): base so far × fraction = 225,500 × 0.1 = 22,550`,
      `base after ${AI} (low): base so far + contribution = 225,500 + 22,550 = 248,050`,
      // High: 205,000 × 0.2 = 41,000 → 246,000; × 0.15 = 36,900
      `${AI} (high): base so far × fraction = 246,000 × 0.15 = 36,900`,
    ]);
    expect(r.after).toEqual({
      base: [248050, 282900],
      // 287,000 + 43,050 and + 77,900; no sign-on, so year 1 is the same.
      totalComp: [330050, 364900],
      firstYearTotalComp: [330050, 364900],
    });
    expect(stepOf(r.trace, "after.totalComp.low").text).toBe(
      "total comp after levers (low): before + increases = 287,000 + 43,050 = 330,050",
    );
    expect(r.before).toEqual({ base: 205000, totalComp: 287000 });
    expect(r.combine).toBe("compound");
    expect(noteKinds(r.notes)).toEqual([
      "percentToBase",
      "compound",
      "stacking",
      "estimate",
      "rounding",
    ]);
    expect(r.contributions[0]?.note).toMatch(
      /^Raises base by 10%–20% of base as raised by the levers listed before it\. /,
    );
  });

  test("an extra grant on an estimate assumes four-year vesting; a sign-on is year 1 only", () => {
    const g = applyLevers(ds, { base: 205000, totalComp: 287000 }, [
      { lever: "equity-refresh", ask: 80000 },
      { lever: "sign-on", forfeit: 50000 },
    ]);
    expect(stepOf(g.trace, "grant.vesting.years").text).toBe(
      "vesting years = 4 (assumed: 4-year vesting)",
    );
    // 80,000 ÷ 4 = 20,000 a year; the sign-on 25,000–50,000 in year 1 only.
    expect(g.after).toEqual({
      base: [205000, 205000],
      totalComp: [287000, 307000],
      firstYearTotalComp: [312000, 357000],
    });
    // One lever, one percent-free list: no percent or combine notes.
    expect(noteKinds(g.notes)).toEqual(["stacking", "estimate", "rounding"]);
    const single = applyLevers(ds, { base: 205000, totalComp: 287000 }, ["competing-offer"]);
    expect(noteKinds(single.notes)).toEqual(["percentToBase", "estimate", "rounding"]);
  });
});

describe("errors, word for word", () => {
  const est = { base: 205000, totalComp: 287000 };

  test("an estimate's total comp below its base", () => {
    expect(
      thrown(() => applyLevers(ds, { base: 205000, totalComp: 200000 }, ["competing-offer"])),
    ).toMatchObject({
      code: "INVALID_INPUT",
      path: ["target", "totalComp"],
      message: "target.totalComp (200,000) must be at least target.base (205,000)",
    });
    // Equal is allowed: a base-only estimate.
    expect(
      applyLevers(ds, { base: 205000, totalComp: 205000 }, ["competing-offer"]).after.totalComp,
    ).toEqual([225500, 246000]);
  });

  test("combine must be add or compound", () => {
    expect(
      thrown(() => applyLevers(ds, est, ["ai"], { combine: "multiply" as never })),
    ).toMatchObject({
      code: "INVALID_OPTION",
      path: ["combine"],
      validChoices: ["add", "compound"],
      message: expect.stringMatching(/^combine must be "add" or "compound"; got /),
    });
  });

  test.each(["metro", "policy", "floor", "method", "tail"] as const)(
    "%s without level names level as the missing field",
    (key) => {
      const value = {
        metro: "sf",
        policy: "national",
        floor: 0.9,
        method: "linear",
        tail: "clamp",
      }[key];
      expect(thrown(() => applyLevers(ds, est, ["ai"], { [key]: value }))).toMatchObject({
        code: "INVALID_OPTION",
        path: ["level"],
        validChoices: ["junior", "mid", "senior", "staff"],
        message: `${key} is used with level (for level escalation's comparison with the next level); pass level too`,
      });
    },
  );

  test("toLevel needs a level, and must be above it", () => {
    expect(
      thrown(() => applyLevers(ds, est, [{ lever: "level-escalation", toLevel: "staff" }])),
    ).toMatchObject({
      code: "INVALID_OPTION",
      path: ["level"],
      message: "toLevel needs context.level: the level the target is at",
    });
    expect(
      thrown(() =>
        applyLevers(ds, est, [{ lever: "level-escalation", toLevel: "mid" }], { level: "senior" }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      path: ["levers", 0, "toLevel"],
      validChoices: ["staff"],
      message: "toLevel must be above senior; got mid; levels above: staff",
    });
    // The same level is not above it either; at the top there is nothing to list.
    expect(
      thrown(() =>
        applyLevers(ds, est, ["ai", { lever: "level-escalation", toLevel: "staff" }], {
          level: "staff",
        }),
      ),
    ).toMatchObject({
      path: ["levers", 1, "toLevel"],
      validChoices: [],
      message: "toLevel must be above staff; got staff",
    });
  });

  test("level escalation without a context, and from the top level, says why no comparison", () => {
    const none = applyLevers(ds, est, ["level-escalation"]);
    expect(none.contributions[0]?.note).toMatch(
      /Level escalation: pass context \{ level, metro \} to compare/,
    );
    expect(none.contributions[0]?.comparison).toBeUndefined();
    const top = applyLevers(ds, { base: 310000, totalComp: 496000 }, ["level-escalation"], {
      level: "staff",
    });
    expect(top.contributions[0]?.note).toMatch(
      /Level escalation: staff is the dataset's top level, so there is no next level's band/,
    );
  });

  test("with a level, escalation compares with the next level up at the same percentile", () => {
    // A national senior at p50 (205,000) → staff at p50: 310,000 base, TC × 496/310 = 496,000.
    const r = applyLevers(ds, est, ["level-escalation"], { level: "senior" });
    expect(r.contributions[0]?.comparison).toEqual({
      fromLevel: "senior",
      toLevel: "staff",
      percentile: 50,
      base: 310000,
      totalComp: 496000,
    });
    expect(r.contributions[0]?.note).toContain(
      "For comparison, staff at the same percentile (p50) in remote-us pays $310,000 base and about $496,000 total comp",
    );
    // An explicit toLevel two levels up: junior at its p50 (105,000) → senior p50 205,000.
    const jump = applyLevers(
      ds,
      { base: 105000, totalComp: 120000 },
      [{ lever: "level-escalation", toLevel: "senior" }],
      { level: "junior" },
    );
    expect(jump.contributions[0]?.comparison).toMatchObject({
      toLevel: "senior",
      percentile: 50,
      base: 205000,
    });
    // Without toLevel, the next level by rank: junior → mid (148,000 at p50).
    const next = applyLevers(ds, { base: 105000, totalComp: 120000 }, ["level-escalation"], {
      level: "junior",
    });
    expect(next.contributions[0]?.comparison).toMatchObject({ toLevel: "mid", base: 148000 });
  });
});
