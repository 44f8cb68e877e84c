import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import { adjustForMetro, getDataset } from "../../../src/index.js";
import { expectTraceReplays } from "../../helpers/replay-trace.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();
const METROS = ds.metros.map((m) => m.id);

describe("adjustForMetro: hand-worked references", () => {
  test.each([
    // amount, to, options, expected — worked by hand from the guide's premiums
    [205000, "seattle", {}, 258300], // 205,000 × 1.26
    [148000, "sf", {}, 204240], // mid p50 × 1.38
    [148000, "remote", {}, 148000], // × 1.00
    [204240, "austin", { from: "sf" }, 155400], // mid p50 SF → Austin: 204,240 × 1.05 ÷ 1.38 = 155,400
    [282900, "austin", { from: "sf" }, 215250], // 282,900 × 1.05 ÷ 1.38
    [100000, "denver", { from: "nyc" }, 81102], // 100,000 × 1.03 ÷ 1.27 = 81,102.36… → 81,102
    [100000, "austin", { policy: "national" }, 100000],
    [100000, "austin", { from: "sf", policy: "national" }, 72464], // 100,000 ÷ 1.38 = 72,463.77 → 72,464
    [100000, "austin", { policy: "benchmark" }, 138000], // SF (highest premium) everywhere
    [100000, "austin", { policy: { kind: "benchmark", metro: "nyc" } }, 127000],
    [200000, "chicago", { policy: { kind: "elasticity", elasticity: 0.5 } }, 210000], // 1 + 0.5 × 0.10
    [100000, "denver", { floor: 1.05 }, 105000], // max(1.03, 1.05)
    [100000, "seattle", { floor: 1.05 }, 126000], // max(1.26, 1.05)
    [205000, "seattle", { round: 1000 }, 258000], // 258,300 → 258,000
    [100250, "remote", { round: { step: 100, mode: "half-even" } }, 100200], // tie → even hundred
    [100250, "remote", { round: { step: 100, mode: "half-up" } }, 100300],
  ] as const)("%d → %s %j = %d", (amount, to, options, expected) => {
    expect(adjustForMetro(amount, to, options).amount).toBe(expected);
  });

  test("SF → Austin is × 1.05 / 1.38, reported exactly", () => {
    const r = adjustForMetro(100000, "austin", { from: "sf-bay-area" });
    expect(r.fromFactor).toBe(1.38);
    expect(r.toFactor).toBe(1.05);
    expect(r.multiplier).toBe(1.05 / 1.38);
    expect(r.dataset).toEqual({ id: "backend-developer", version: "2026.1.0" });
  });

  test("zone tiers", () => {
    const policy = {
      kind: "zones",
      zones: [
        { id: "tier-1", premium: 0.3, metros: ["sf", "nyc", "seattle"] },
        { id: "tier-2", premium: 0.05, metros: ["chicago", "austin", "denver"] },
        { id: "tier-3", premium: 0, metros: [] },
      ],
      fallback: "tier-3",
    } as const;
    expect(adjustForMetro(100000, "new-york", { policy }).amount).toBe(130000);
    expect(adjustForMetro(100000, "denver", { policy }).amount).toBe(105000);
    expect(adjustForMetro(100000, "remote", { policy }).amount).toBe(100000);
    const noFallback = {
      kind: "zones",
      zones: [{ id: "a", premium: 0.3, metros: ["sf"] }],
    } as const;
    expect(thrown(() => adjustForMetro(1, "austin", { policy: noFallback })).code).toBe(
      "INVALID_OPTION",
    );
  });

  test("the bound and the core function agree", () => {
    expect(core.adjustForMetro(ds, 1234, "nyc", { from: "sea" })).toEqual(
      adjustForMetro(1234, "nyc", { from: "sea" }),
    );
  });
});

describe("adjustForMetro: properties", () => {
  const amount = fc.integer({ min: 0, max: 5_000_000 });
  const metro = fc.constantFrom(...METROS);

  test("local adjustment then its inverse returns the amount (before rounding)", () => {
    fc.assert(
      fc.property(amount, metro, metro, (x, a, b) => {
        const there = adjustForMetro(x, b, { from: a, round: "none" }).amount;
        const back = adjustForMetro(there, a, { from: b, round: "none" }).amount;
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-6 * Math.max(1, x));
      }),
    );
  });

  test("monotone in the amount, and whole dollars", () => {
    fc.assert(
      fc.property(amount, amount, metro, metro, (x, y, a, b) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const rlo = adjustForMetro(lo, b, { from: a }).amount;
        const rhi = adjustForMetro(hi, b, { from: a }).amount;
        expect(rlo).toBeLessThanOrEqual(rhi);
        expect(Number.isInteger(rlo)).toBe(true);
      }),
    );
  });

  // Elasticities with up to 4 decimals, like the dataset's premiums: a trace shows each
  // exact decimal as its nearest number, so a factor such as 1 + 0.9999999999999988 × 0.05
  // (1.04999999999999994) is shown as 1.05, and a replay from the shown numbers can land
  // on the other side of a rounding boundary (a 17-digit input says more than a number
  // holds). docs/model.md: "Traces".
  test("the trace recomputes the result", () => {
    fc.assert(
      fc.property(
        amount,
        metro,
        metro,
        fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000),
        (x, a, b, e) => {
          const r = adjustForMetro(x, b, {
            from: a,
            policy: { kind: "elasticity", elasticity: e },
            floor: 0.9,
          });
          const values = expectTraceReplays(r.trace);
          expect(values.get("amount.rounded")).toBe(r.amount);
          expect(r.trace.at(-1)?.result).toBe(r.amount);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("adjustForMetro: bad input", () => {
  test("unknown metros name the valid list, with the field", () => {
    const e = thrown(() => adjustForMetro(100, "paris"));
    expect(e).toMatchObject({ code: "UNKNOWN_METRO", path: ["to"], validChoices: METROS });
    expect(thrown(() => adjustForMetro(100, "sf", { from: "londn" })).path).toEqual(["from"]);
    expect(
      thrown(() => adjustForMetro(100, "sf", { policy: { kind: "benchmark", metro: "x" } })).path,
    ).toEqual(["policy", "metro"]);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY, "100k", null, undefined, 1e16])(
    "amount %j → INVALID_AMOUNT",
    (a) => {
      expect(thrown(() => adjustForMetro(a as number, "sf"))).toMatchObject({
        code: "INVALID_AMOUNT",
        path: ["amount"],
      });
    },
  );

  test.each([
    [{ policy: "hybrid" }, ["policy"]],
    [{ policy: { kind: "elasticity", elasticity: 1.5 } }, ["policy", "elasticity"]],
    [{ policy: { kind: "elasticity" } }, ["policy", "elasticity"]],
    [{ floor: 0 }, ["floor"]],
    [{ round: 10 }, ["round"]],
    [{ form: "sf" }, ["form"]],
  ])("options %j → INVALID_OPTION at %j", (options, path) => {
    expect(thrown(() => adjustForMetro(100, "sf", options as never))).toMatchObject({
      code: "INVALID_OPTION",
      path,
    });
  });
});

describe("metro index converters (SF = 1.0)", () => {
  test("by hand: Austin 1.05 / 1.38, remote 1 / 1.38, SF itself 1", () => {
    expect(core.toMetroIndex(ds, "austin")).toBe(1.05 / 1.38);
    expect(core.toMetroIndex(ds, "remote")).toBeCloseTo(0.72463768115942, 14);
    expect(core.toMetroIndex(ds, "sf")).toBe(1);
  });

  test("premiumFromIndex inverts toMetroIndex for every metro", () => {
    for (const m of ds.metros) {
      expect(core.premiumFromIndex(ds, core.toMetroIndex(ds, m.id))).toBeCloseTo(m.premium, 12);
    }
  });

  test("bad index → INVALID_INPUT", () => {
    for (const bad of [0, -1, Number.NaN, 11]) {
      expect(thrown(() => core.premiumFromIndex(ds, bad)).code).toBe("INVALID_INPUT");
    }
  });
});

describe("fuzz regressions", () => {
  // Found by tests/fuzz: the error message called String() on the bad index, which
  // throws a TypeError for an object whose toString is not a function.
  test("premiumFromIndex with an object whose toString is not callable is INVALID_INPUT", () => {
    const e = thrown(() => core.premiumFromIndex(getDataset(), { toString: "x" } as never));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["index"]);
    expect(e.message).toContain("(0, 10]");
    expect(e.message).toContain("got an object");
  });
});
