/**
 * applyLevers with levers only a user's dataset can have (a percent lever on another
 * basis, an amount lever on base, a qualitative lever other than the equity refresh), with
 * targets that are not objects, and with re-leveling comparisons at the extremes, where
 * the percentile shown is clamped to p0.1–p99.9.
 */
import { describe, expect, test } from "vitest";
import { applyLevers } from "../../../src/core/levers/index.js";
import { type Dataset, getDataset } from "../../../src/index.js";
import { parseDataset } from "../../../src/schemas/index.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();

interface RawLever {
  id: string;
  name: string;
  aliases: string[];
  rank: number;
  effect: unknown;
}

/** The embedded dataset with its levers edited. */
function withLevers(edit: (levers: RawLever[]) => void): Dataset {
  const raw = JSON.parse(JSON.stringify(ds)) as { levers: RawLever[] };
  edit(raw.levers);
  return parseDataset(raw);
}

describe("levers of a user's dataset", () => {
  test("a percent lever on a basis other than base or offer says paybands applies it to base", () => {
    const mine = withLevers((ls) => {
      (ls[1] as RawLever).effect = { kind: "percent", fraction: [0.05, 0.1], basis: "total-comp" };
    });
    const r = applyLevers(mine, { base: 200000 }, ["ai-premium"]);
    // 5–10% of the 200,000 base.
    expect(r.after.base).toEqual([210000, 220000]);
    expect(r.contributions[0]?.note).toMatch(
      /^Raises base by 5%–10% of the \$200,000 base \(the dataset gives its basis as "total-comp"; paybands applies percent levers to base\)\. Source: "/,
    );
    // The guide's own percent levers (basis "offer") carry no such remark.
    expect(applyLevers(ds, { base: 200000 }, ["ai-premium"]).contributions[0]?.note).not.toMatch(
      /gives its basis/,
    );
  });

  test("an amount lever on base raises base (and a percent bonus with it)", () => {
    const mine = withLevers((ls) => {
      (ls[2] as RawLever).effect = { kind: "amount", amount: [10000, 20000], basis: "base" };
    });
    const r = applyLevers(mine, { base: 200000, bonus: { percent: 0.1 } }, ["level-escalation"]);
    expect(r.contributions[0]).toMatchObject({ basis: "base", range: [10000, 20000] });
    expect(r.contributions[0]?.note).toMatch(/^Adds \$10,000–\$20,000 to base\. Source: "/);
    // Base 210,000–220,000; first year = base × 1.1: 231,000–242,000.
    expect(r.after).toEqual({
      base: [210000, 220000],
      firstYearTotal: [231000, 242000],
      steadyStateTotal: [231000, 242000],
    });
  });

  test("a qualitative lever other than the equity refresh adds to total comp", () => {
    const mine = withLevers((ls) => {
      ls.push({
        ...(ls[3] as RawLever),
        id: "remote-stipend",
        name: "Remote work stipend",
        aliases: ["stipend"],
        rank: 6,
      });
    });
    const r = applyLevers(mine, { base: 200000, totalComp: 250000 }, [
      { lever: "stipend", ask: 5000 },
    ]);
    expect(r.contributions[0]).toMatchObject({
      lever: "remote-stipend",
      basis: "total-comp",
      range: [0, 5000],
    });
    expect(r.contributions[0]?.note).toMatch(/the full \$5,000 ask, added to total comp\.$/);
    expect(r.after).toMatchObject({ base: [200000, 200000], totalComp: [250000, 255000] });
    // Without an ask it contributes nothing, and says how to give one.
    const none = applyLevers(mine, { base: 200000, totalComp: 250000 }, ["remote-stipend"]);
    expect(none.contributions[0]?.range).toEqual([0, 0]);
    expect(none.contributions[0]?.note).toMatch(
      /so it contributes \[0, 0\]; pass \{ lever: "remote-stipend", ask \} to see the range for an ask, from nothing to the full ask, added to total comp\.$/,
    );
    expect(none.trace.find((s) => s.key === "remote-stipend.high")?.text).toBe(
      "Remote work stipend (high): no ask given = 0 (input (no ask))",
    );
  });
});

describe("targets and extremes", () => {
  test.each([null, [], 5, "205000"])("a target that is not an object (%j) is refused", (target) => {
    expect(thrown(() => applyLevers(ds, target as never, ["ai"]))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["target"],
    });
  });

  test("the comparison's percentile is shown within p0.1–p99.9", () => {
    // 10,000 is far below the mid band: log-probit extends the p25–p50 segment, and the
    // same z in the senior band is 162,000 × (205,000/162,000)^t with
    // t = ln(10,000/120,000) / ln(148,000/120,000): 9,956.85 → 9,957 (Python, by hand).
    const low = applyLevers(ds, { base: 10000, totalComp: 12000 }, ["level-escalation"], {
      level: "mid",
    }).contributions[0]?.comparison;
    expect(low).toMatchObject({ toLevel: "senior", percentile: 0.1, base: 9957 });
    const high = applyLevers(ds, { base: 2000000, totalComp: 2400000 }, ["level-escalation"], {
      level: "mid",
    }).contributions[0]?.comparison;
    expect(high?.percentile).toBe(99.9);
    expect(high?.base).toBeGreaterThan(2000000);
  });

  test("totals beyond the largest supported amount are refused", () => {
    // 900,000,000,000,000 × 1.2 = 1.08e15 > 1e15.
    expect(thrown(() => applyLevers(ds, { base: 9e14 }, ["competing-offer"]))).toMatchObject({
      code: "INVALID_AMOUNT",
      message: "the base after levers is 1.080000e+15, beyond the largest supported amount 1e+15",
    });
  });
});
