/** Bad input always throws a PaybandsError with the right code, a path and a helpful message. */
import { describe, expect, test } from "vitest";
import {
  describePercentile,
  describeRank,
  interpolatePercentile,
  percentileRank,
} from "../../../src/core/index.js";
import type { PercentileBand } from "../../../src/schemas/band.js";
import { LEVELS, thrown } from "./helpers.js";

const senior = LEVELS.senior;
/** Calls through an `unknown` door, as JavaScript callers (or bad data) would. */
const anyBand = (b: unknown) => b as PercentileBand;

describe("percentiles outside (0, 100) or not numbers → INVALID_PERCENTILE", () => {
  test.each([
    0,
    100,
    -1,
    101,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    "50",
    null,
    undefined,
    [50],
  ])("p = %s", (p) => {
    for (const f of [interpolatePercentile, describePercentile]) {
      const err = thrown(() => f(senior, p as number));
      expect(err.code).toBe("INVALID_PERCENTILE");
      expect(err.path).toEqual(["p"]);
      expect(err.message).toMatch(/strictly between 0 and 100/);
    }
  });
});

describe("amounts that are not finite numbers >= 0 → INVALID_AMOUNT", () => {
  test.each([-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY, "231000", null, {}])(
    "amount = %s",
    (amount) => {
      for (const f of [percentileRank, describeRank]) {
        const err = thrown(() => f(senior, amount as number));
        expect(err.code).toBe("INVALID_AMOUNT");
        expect(err.path).toEqual(["amount"]);
        expect(err.message).toMatch(/finite number >= 0/);
      }
    },
  );
  test("zero is a valid amount (it ranks at the bottom)", () => {
    expect(percentileRank(senior, 0)).toBe(Number.MIN_VALUE);
    expect(percentileRank(senior, 0, { tail: "clamp" })).toBe(25);
  });
});

describe("bad bands → INVALID_BAND with the path of the problem", () => {
  const a = (p: number, amount: number, censored?: boolean) =>
    censored === undefined ? { p, amount } : { p, amount, censored };
  test.each<[string, unknown, (string | number)[], RegExp]>([
    ["not an object", 42, [], /must be an object/],
    ["null", null, [], /must be an object/],
    ["an array", [a(25, 1), a(50, 2)], [], /must be an object/],
    ["no anchors", {}, ["anchors"], /array/],
    ["one anchor", { anchors: [a(50, 205000)] }, ["anchors"], /2 to 99 anchors/],
    [
      "unknown band key",
      { anchors: [a(25, 1), a(50, 2)], currency: "USD" },
      ["currency"],
      /unknown key/,
    ],
    [
      "unknown anchor key",
      { anchors: [a(25, 1), { p: 50, amount: 2, note: "x" }] },
      ["anchors", 1, "note"],
      /unknown key/,
    ],
    [
      "unordered percentiles",
      { anchors: [a(50, 205000), a(25, 162000)] },
      ["anchors", 1, "p"],
      /strictly increase: p25 follows p50/,
    ],
    [
      "duplicate percentiles",
      { anchors: [a(25, 162000), a(25, 205000)] },
      ["anchors", 1, "p"],
      /strictly increase/,
    ],
    [
      "duplicate amounts",
      { anchors: [a(25, 162000), a(50, 162000)] },
      ["anchors", 1, "amount"],
      /strictly increase/,
    ],
    [
      "falling amounts",
      { anchors: [a(25, 205000), a(50, 162000)] },
      ["anchors", 1, "amount"],
      /strictly increase/,
    ],
    [
      "negative amount",
      { anchors: [a(25, -1), a(50, 162000)] },
      ["anchors", 0, "amount"],
      />= 0.01/,
    ],
    ["zero amount", { anchors: [a(25, 0), a(50, 162000)] }, ["anchors", 0, "amount"], />= 0.01/],
    [
      "NaN amount",
      { anchors: [a(25, Number.NaN), a(50, 162000)] },
      ["anchors", 0, "amount"],
      /finite/,
    ],
    [
      "string amount",
      { anchors: [a(25, "162000" as unknown as number), a(50, 205000)] },
      ["anchors", 0, "amount"],
      /finite/,
    ],
    [
      "implausible amount",
      { anchors: [a(25, 162000), a(50, 2e9)] },
      ["anchors", 1, "amount"],
      /<= 1000000000/,
    ],
    ["p = 0", { anchors: [a(0, 1), a(50, 2)] }, ["anchors", 0, "p"], /from 1 to 99/],
    ["p = 0.5", { anchors: [a(0.5, 1), a(50, 2)] }, ["anchors", 0, "p"], /from 1 to 99/],
    [
      "p = 5e-324 (the probit would overflow)",
      { anchors: [a(5e-324, 1), a(50, 2)] },
      ["anchors", 0, "p"],
      /from 1 to 99/,
    ],
    ["p = 100", { anchors: [a(50, 1), a(100, 2)] }, ["anchors", 1, "p"], /from 1 to 99/],
    [
      "censored not last",
      { anchors: [a(25, 1, true), a(50, 2), a(75, 3)] },
      ["anchors", 1, "censored"],
      /cannot follow a censored/,
    ],
    [
      "censored amounts differ",
      { anchors: [a(25, 1), a(50, 2), a(75, 3, true), a(90, 4, true)] },
      ["anchors", 3, "amount"],
      /share one top-code/,
    ],
    [
      "one uncensored anchor",
      { anchors: [a(25, 1), a(50, 2, true)] },
      ["anchors"],
      /two uncensored/,
    ],
    [
      "censored not boolean",
      { anchors: [a(25, 1), { p: 50, amount: 2, censored: "yes" }] },
      ["anchors", 1, "censored"],
      /true, false or absent/,
    ],
  ])("%s", (_name, band, path, message) => {
    const calls = [
      () => interpolatePercentile(anyBand(band), 50),
      () => percentileRank(anyBand(band), 100000),
      () => describePercentile(anyBand(band), 50),
      () => describeRank(anyBand(band), 100000),
    ];
    for (const call of calls) {
      const err = thrown(call);
      expect(err.code).toBe("INVALID_BAND");
      expect(err.path).toEqual(path);
      expect(err.message).toMatch(message);
      expect(err.issues.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("unknown options → INVALID_OPTION naming the valid choices", () => {
  test.each<[string, unknown, RegExp, (string | number)[]]>([
    [
      "method",
      { method: "cubic" },
      /method must be one of "log-probit", "pchip", "linear"/,
      ["options", "method"],
    ],
    [
      "tail",
      { tail: "wrap" },
      /tail must be one of "extend", "clamp", "pareto", "error"/,
      ["options", "tail"],
    ],
    ["round", { round: 10 }, /round must be one of 1, 100, 1000, "none"/, ["options", "round"]],
    [
      "round step",
      { round: { step: 50, mode: "up" } },
      /round.step must be one of 1, 100, 1000/,
      ["options", "round", "step"],
    ],
    [
      "round mode",
      { round: { step: 100, mode: "nearest" } },
      /round.mode must be one of "half-even", "half-up", "up", "down"/,
      ["options", "round", "mode"],
    ],
    [
      "round key",
      { round: { step: 100, mode: "up", by: 2 } },
      /unknown key "by"/,
      ["options", "round", "by"],
    ],
    [
      "unknown option",
      { methd: "pchip" },
      /unknown option "methd": valid options are "method", "tail", "round"/,
      ["options", "methd"],
    ],
    ["not an object", "pchip", /options must be an object/, ["options"]],
  ])("interpolatePercentile: %s", (_name, options, message, path) => {
    const err = thrown(() => interpolatePercentile(senior, 50, options as never));
    expect(err.code).toBe("INVALID_OPTION");
    expect(err.message).toMatch(message);
    expect(err.path).toEqual(path);
  });

  test.each<[string, unknown, RegExp]>([
    ["decimals", { decimals: 1.5 }, /decimals must be an integer from 0 to 12/],
    ["decimals too many", { decimals: 13 }, /decimals must be an integer from 0 to 12/],
    [
      "round is not a rank option",
      { round: 1000 },
      /unknown option "round": valid options are "method", "tail", "decimals"/,
    ],
    ["method", { method: "spline" }, /method must be one of "log-probit", "pchip", "linear"/],
  ])("percentileRank: %s", (_name, options, message) => {
    const err = thrown(() => percentileRank(senior, 200000, options as never));
    expect(err.code).toBe("INVALID_OPTION");
    expect(err.message).toMatch(message);
  });

  test("valid choices are listed on the error", () => {
    expect(
      thrown(() => interpolatePercentile(senior, 50, { tail: "x" as never })).validChoices,
    ).toEqual(["extend", "clamp", "pareto", "error"]);
  });
});

describe("tail: error", () => {
  test.each([1, 24.999, 90.001, 99])("p%s is outside p25–p90 → PERCENTILE_OUT_OF_RANGE", (p) => {
    const err = thrown(() => interpolatePercentile(senior, p, { tail: "error" }));
    expect(err.code).toBe("PERCENTILE_OUT_OF_RANGE");
    expect(err.message).toMatch(/outside the band's anchors \(p25–p90\)/);
    expect(err.path).toEqual(["p"]);
  });
  test.each([0, 161999, 305001, 1e6])(
    "$%s is outside $162,000–$305,000 → AMOUNT_OUT_OF_RANGE",
    (x) => {
      const err = thrown(() => percentileRank(senior, x, { tail: "error" }));
      expect(err.code).toBe("AMOUNT_OUT_OF_RANGE");
      expect(err.message).toMatch(/\$162,000–\$305,000/);
      expect(err.path).toEqual(["amount"]);
    },
  );
  test("the anchors themselves are in range", () => {
    expect(interpolatePercentile(senior, 25, { tail: "error" })).toBe(162000);
    expect(interpolatePercentile(senior, 90, { tail: "error" })).toBe(305000);
    expect(percentileRank(senior, 305000, { tail: "error" })).toBe(90);
  });
});

describe("tails that cannot give a usable amount throw instead of returning <= 0", () => {
  // A steep bottom segment: the straight line through p10 $10,000 and p50 $1,000,000
  // reaches $0 at about p9.6.
  const steep: PercentileBand = {
    anchors: [
      { p: 10, amount: 10000 },
      { p: 50, amount: 1000000 },
    ],
  };
  test.each(["linear", "pchip"] as const)("%s extend below the zero crossing", (method) => {
    const err = thrown(() => interpolatePercentile(steep, 5, { method }));
    expect(err.code).toBe("PERCENTILE_OUT_OF_RANGE");
    expect(err.message).toMatch(/reaches \$0/);
    // Just above the crossing it is positive, and the clamp and log-probit tails are always positive.
    expect(interpolatePercentile(steep, 9.9, { method })).toBeGreaterThan(0);
    expect(interpolatePercentile(steep, 5, { method, tail: "clamp" })).toBe(10000);
  });
  test("log-probit is positive far down, and says so when it rounds to $0", () => {
    expect(interpolatePercentile(steep, 1, { round: "none" })).toBeGreaterThan(0);
    const err = thrown(() => interpolatePercentile(steep, 1e-10));
    expect(err.code).toBe("PERCENTILE_OUT_OF_RANGE");
    expect(err.message).toMatch(/rounds to \$0/);
  });
  test("ranks below the linear tail's zero crossing are the crossing, never negative", () => {
    const r = percentileRank(steep, 0, { method: "linear" });
    expect(r).toBeCloseTo(10 - (40 * 10000) / 990000, 12);
  });
});

describe("anchor amounts below a cent → INVALID_BAND (a fuzz find: 5e-324 gave NaN ranks)", () => {
  test.each([5e-324, 1e-300, 0.009])("amount %s", (amount) => {
    const band = anyBand({
      anchors: [
        { p: 10, amount },
        { p: 90, amount: 90000 },
      ],
    });
    const e = thrown(() => percentileRank(band, 10));
    expect(e.code).toBe("INVALID_BAND");
    expect(e.path).toEqual(["anchors", 0, "amount"]);
    expect(e.message).toContain(">= 0.01");
  });

  test("a cent is accepted, and ranks stay finite", () => {
    const band = anyBand({
      anchors: [
        { p: 10, amount: 0.01 },
        { p: 90, amount: 90000 },
      ],
    });
    expect(Number.isFinite(percentileRank(band, 10))).toBe(true);
  });
});
