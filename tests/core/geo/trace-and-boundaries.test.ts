/**
 * Geo conversions and sign-on sizing word for word (trace steps by their stable keys) and
 * at their boundaries (the index range (0, 10], unknown metros by field); lateral moves of
 * the percent and forfeit kinds, which only a user's dataset can have. Figures by hand
 * from data/backend-developer/2026.1.0.json: SF +38%, NYC +27%, Austin +5%; the sign-on
 * lever covers 50–100% of the forfeit.
 */
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import { adjustForMetro, getDataset, signOnForForfeit } from "../../../src/index.js";
import { parseDataset } from "../../../src/schemas/index.js";
import { thrown } from "../../helpers/thrown.js";
import { textsOf } from "../../helpers/trace-step.js";

const ds = getDataset();

describe("adjustForMetro: the trace in words", () => {
  test("SF → Austin: 282,900 × 1.05 ÷ 1.38 = 215,250", () => {
    const r = adjustForMetro(282900, "austin", { from: "sf" });
    expect(
      textsOf(r.trace, [
        "amount",
        "from.premium",
        "from.factor",
        "multiplier",
        "amount.scaled",
        "amount.adjusted",
        "amount.rounded",
      ]),
    ).toEqual([
      "amount = 282,900 (input)",
      "premium of sf-bay-area = 0.38 (metros.sf-bay-area.premium)",
      "market factor of sf-bay-area: 1 + premium = 1 + 0.38 = 1.38",
      // 1.05 ÷ 1.38 = 0.76086956521739…, shown to 12 significant digits.
      "metro multiplier: pay factor ÷ market factor = 1.05 ÷ 1.38 = 0.760869565217",
      "amount at the pay factor: amount × pay factor = 282,900 × 1.05 = 297,045",
      "adjusted amount: amount × pay factor ÷ market factor = 297,045 ÷ 1.38 = 215,250",
      "adjusted amount: 215,250 rounded half-even to 1 = 215,250",
    ]);
    expect(r).toMatchObject({
      amount: 215250,
      from: "sf-bay-area",
      to: "austin",
      fromFactor: 1.38,
      toFactor: 1.05,
      policy: "local",
    });
    expect(r.multiplier).toBe(1.05 / 1.38);
  });

  test("from defaults to the baseline; rounding to $1,000 down", () => {
    // 100,000 × 1.27 ÷ 1 = 127,000; 123,456 × 1.05 = 129,628.8 → down to 129,000.
    expect(adjustForMetro(100000, "nyc").from).toBe("remote-us");
    expect(adjustForMetro(123456, "austin", { round: { step: 1000, mode: "down" } }).amount).toBe(
      129000,
    );
    // Zero is a valid amount; a negative one is not.
    expect(adjustForMetro(0, "sf").amount).toBe(0);
    expect(thrown(() => adjustForMetro(-1, "sf"))).toMatchObject({
      code: "INVALID_AMOUNT",
      path: ["amount"],
    });
  });
});

describe("premiumFromIndex and toMetroIndex at their edges", () => {
  test("index 10 is the largest accepted; 0, > 10 and non-numbers are refused", () => {
    // 10 × 1.38 − 1 = 12.8; 0.5 × 1.38 − 1 = −0.31.
    expect(core.premiumFromIndex(ds, 10)).toBe(12.8);
    expect(core.premiumFromIndex(ds, 0.5)).toBe(-0.31);
    for (const [index, shown] of [
      [0, "0"],
      [-0.5, "-0.5"],
      [10.000001, "10.000001"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      ["1", '"1"'],
    ] as const) {
      expect(thrown(() => core.premiumFromIndex(ds, index as number))).toMatchObject({
        code: "INVALID_INPUT",
        path: ["index"],
        message: `index must be a finite number in (0, 10]; got ${shown}`,
      });
    }
  });

  test("another reference metro; unknown metros name their field", () => {
    // NYC index 1 is NYC's own premium; Austin on the NYC scale is 1.05 ÷ 1.27.
    expect(core.premiumFromIndex(ds, 1, "nyc")).toBe(0.27);
    expect(core.toMetroIndex(ds, "austin", "nyc")).toBe(1.05 / 1.27);
    expect(thrown(() => core.premiumFromIndex(ds, 1, "paris"))).toMatchObject({
      code: "UNKNOWN_METRO",
      path: ["reference"],
    });
    expect(thrown(() => core.toMetroIndex(ds, "paris"))).toMatchObject({
      code: "UNKNOWN_METRO",
      path: ["metro"],
    });
    expect(thrown(() => core.toMetroIndex(ds, "sf", "paris")).path).toEqual(["reference"]);
  });
});

describe("signOnForForfeit: the trace in words", () => {
  test("an amount: 50–100% of 120,000", () => {
    const r = signOnForForfeit(120000);
    expect(
      textsOf(r.trace, [
        "forfeit",
        "fraction.low",
        "signOn.low",
        "fraction.high",
        "signOn.high",
        "forfeit.rounded",
        "signOn.low.rounded",
        "signOn.high.rounded",
      ]),
    ).toEqual([
      "forfeited unvested equity = 120,000 (input)",
      "share of the forfeit covered (low) = 0.5 (levers.sign-on-bonus.effect.fraction)",
      "sign-on (low): forfeit × low fraction = 120,000 × 0.5 = 60,000",
      "share of the forfeit covered (high) = 1 (levers.sign-on-bonus.effect.fraction)",
      "sign-on (high): forfeit × high fraction = 120,000 × 1 = 120,000",
      "forfeit: 120,000 rounded half-even to 1 = 120,000",
      "sign-on (low): 60,000 rounded half-even to 1 = 60,000",
      "sign-on (high): 120,000 rounded half-even to 1 = 120,000",
    ]);
    expect(r).toMatchObject({
      range: [60000, 120000],
      forfeit: 120000,
      fraction: [0.5, 1],
      lever: "sign-on-bonus",
    });
  });

  test("shares × price; half-even rounding of a half-dollar", () => {
    // 1,001 × 45.5 = 45,545.5 → 45,546 (half-even: 45,545.5 → the even 45,546);
    // half of it, 22,772.75 → 22,773.
    const r = signOnForForfeit({ shares: 1001, price: 45.5 });
    expect(textsOf(r.trace, ["forfeit.shares", "forfeit.price", "forfeit"])).toEqual([
      "unvested shares = 1,001 (input)",
      "current stock price = 45.5 (input)",
      "forfeited unvested equity: unvested shares × current stock price = 1,001 × 45.5 = 45,545.5",
    ]);
    expect([r.forfeit, r.range]).toEqual([45546, [22773, 45546]]);
    // 12,345 × 0.5 = 6,172.5 → half-even 6,172.
    expect(signOnForForfeit(12345).range).toEqual([6172, 12345]);
  });

  test("an unknown option is refused by name", () => {
    const e = thrown(() => signOnForForfeit(1000, { rounding: 100 } as never));
    expect(e).toMatchObject({ code: "INVALID_OPTION", path: ["rounding"] });
    expect(e.message).toContain("signOnForForfeit options");
  });
});

describe("lateralMoves of a user's dataset: percent and forfeit effects", () => {
  test("ranges carry over with their basis; a move for other levels does not apply", () => {
    const raw = JSON.parse(JSON.stringify(ds)) as {
      lateralMoves: { effect: unknown; levels: string[] }[];
    };
    const [first, second] = raw.lateralMoves as [
      (typeof raw.lateralMoves)[number],
      (typeof raw.lateralMoves)[number],
    ];
    first.effect = { kind: "percent", fraction: [0.05, 0.1], basis: "base" };
    second.effect = { kind: "fraction-of-forfeit", fraction: [0.25, 0.75] };
    second.levels = ["staff"];
    const mine = parseDataset(raw);
    const r = core.lateralMoves(mine, "senior");
    expect(r.level).toBe("senior");
    expect(r.moves[0]).toMatchObject({
      effect: { kind: "percent", range: [0.05, 0.1], basis: "base" },
      appliesAtLevel: true,
    });
    expect(r.moves[1]).toMatchObject({
      effect: { kind: "fraction-of-forfeit", range: [0.25, 0.75] },
      levels: ["staff"],
      appliesAtLevel: false,
    });
    // A move for no level in particular applies at every level.
    expect(r.moves[3]?.levels).toEqual([]);
    expect(r.moves[3]?.appliesAtLevel).toBe(true);
    // solutions-architect is for senior: it applies here, not for a mid.
    expect(r.moves[2]?.appliesAtLevel).toBe(true);
    expect(core.lateralMoves(mine, "mid").moves[2]?.appliesAtLevel).toBe(false);
  });
});
