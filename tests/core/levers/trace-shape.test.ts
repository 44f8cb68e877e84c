/**
 * Which steps applyLevers's trace has, not only what they say: no step that computes
 * nothing (a sum of one term, a running base when levers add rather than compound), and
 * no `comparison` key on a contribution that has none. Extra steps would make the trace
 * longer than the computation it explains.
 */
import { describe, expect, test } from "vitest";
import { applyLevers } from "../../../src/core/levers/index.js";
import { getDataset } from "../../../src/index.js";

const ds = getDataset();
const est = { base: 205000, totalComp: 287000 };

describe("applyLevers: only the steps that compute something", () => {
  test("added percent levers keep no running base", () => {
    const r = applyLevers(ds, est, ["competing-offer", "ai-premium"]);
    expect(r.trace.filter((s) => s.key.startsWith("base.after."))).toEqual([]);
    // Compounding does keep one per lever and end.
    const c = applyLevers(ds, est, ["competing-offer", "ai-premium"], { combine: "compound" });
    expect(c.trace.filter((s) => s.key.startsWith("base.after.")).map((s) => s.key)).toEqual([
      "base.after.low.competing-offer",
      "base.after.high.competing-offer",
      "base.after.low.ai-premium",
      "base.after.high.ai-premium",
    ]);
  });

  test("one lever per basis: its ends are the increase, with no sum step", () => {
    const r = applyLevers(ds, est, ["competing-offer", "level-escalation"]);
    const keys = r.trace.map((s) => s.key);
    expect(keys.filter((k) => k.startsWith("delta."))).toEqual([]);
    // The after step adds the lever's own end: 205,000 + 20,500 = 225,500.
    expect(r.trace.find((s) => s.key === "after.base.low")?.inputs).toEqual([205000, 20500]);
    // A total with nothing to add to it is the figure itself, not a one-term sum.
    expect(keys).not.toContain("after.firstYearTotalComp.low");
    expect(r.after.firstYearTotalComp).toEqual(r.after.totalComp);
  });

  test("a contribution without a comparison has no comparison key at all", () => {
    const r = applyLevers(ds, est, ["competing-offer"], { level: "senior" });
    expect(Object.hasOwn(r.contributions[0] as object, "comparison")).toBe(false);
  });
});
