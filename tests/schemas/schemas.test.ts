/** The small schemas on their own: ids, percentiles, bands, ranges, effects, premiums. */

import { describe, expect, test } from "vitest";
import * as z from "zod";
import {
  AnchorSchema,
  EffectSchema,
  IdSchema,
  MoneySchema,
  NameSchema,
  PercentileBandSchema,
  PercentileSchema,
  PremiumFractionSchema,
  RangeSchema,
  rangeOf,
  TextSchema,
} from "../../src/schemas/index.js";

/** The path of the first issue, or "ok" when the value parses. */
function firstIssuePath(schema: z.ZodType, value: unknown): PropertyKey[] | "ok" {
  const result = schema.safeParse(value);
  return result.success ? "ok" : (result.error.issues[0]?.path ?? []);
}

describe("IdSchema", () => {
  test.each(["senior", "sf-bay-area", "2026", "l3", "engineer-ii", "a", "a".repeat(64)])(
    "accepts %j",
    (id) => {
      expect(IdSchema.parse(id)).toBe(id);
    },
  );

  test.each([
    "",
    "Senior",
    "SF",
    "sf bay area",
    "sf_bay_area",
    "sf.bay",
    "-sf",
    "sf-",
    "sf--bay",
    " sf",
    "sf\n",
    "señor",
    "a".repeat(65),
    42,
    null,
  ])("rejects %j", (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });

  test("the kebab-case message says what is expected", () => {
    const result = IdSchema.safeParse("SF Bay");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/kebab-case/);
  });
});

describe("NameSchema, TextSchema, MoneySchema", () => {
  test("names are trimmed and 1-200 characters", () => {
    expect(NameSchema.parse("  Senior  ")).toBe("Senior");
    expect(NameSchema.safeParse("   ").success).toBe(false);
    expect(NameSchema.safeParse("x".repeat(200)).success).toBe(true);
    expect(NameSchema.safeParse("x".repeat(201)).success).toBe(false);
  });

  test("texts are trimmed and 1-2000 characters", () => {
    expect(TextSchema.parse("\tA note.\n")).toBe("A note.");
    expect(TextSchema.safeParse("").success).toBe(false);
    expect(TextSchema.safeParse("x".repeat(2000)).success).toBe(true);
    expect(TextSchema.safeParse("x".repeat(2001)).success).toBe(false);
  });

  test.each([0, 0.5, 205000, 1e9])("money accepts %d", (amount) => {
    expect(MoneySchema.parse(amount)).toBe(amount);
  });

  test.each([-1, 1e9 + 1, Number.NaN, Number.POSITIVE_INFINITY, "205000"])(
    "money rejects %j",
    (amount) => {
      expect(MoneySchema.safeParse(amount).success).toBe(false);
    },
  );
});

describe("PercentileSchema", () => {
  test.each([0.1, 1, 10, 25, 50, 99, 99.9])("accepts %d", (p) => {
    expect(PercentileSchema.parse(p)).toBe(p);
  });

  test.each([0, 100, -5, 150, Number.NaN, Number.NEGATIVE_INFINITY, "50", null])(
    "rejects %j",
    (p) => {
      expect(PercentileSchema.safeParse(p).success).toBe(false);
    },
  );
});

describe("AnchorSchema", () => {
  test("accepts an anchor with and without censored", () => {
    expect(AnchorSchema.parse({ p: 50, amount: 205000 })).toEqual({ p: 50, amount: 205000 });
    expect(AnchorSchema.parse({ p: 90, amount: 239200, censored: true })).toEqual({
      p: 90,
      amount: 239200,
      censored: true,
    });
  });

  test.each([
    [{ p: 50, amount: 0 }, ["amount"]],
    [{ p: 50, amount: -1 }, ["amount"]],
    [{ p: 0, amount: 1 }, ["p"]],
    [{ p: 50, amount: 1, censored: "yes" }, ["censored"]],
    [{ p: 50 }, ["amount"]],
    [{ p: 50, amount: 1, note: "x" }, []],
  ])("rejects %j at %j", (anchor, path) => {
    expect(firstIssuePath(AnchorSchema, anchor)).toEqual(path);
  });
});

describe("PercentileBandSchema", () => {
  // An OEWS-style band, p10..p90, for an occupation whose p75 and p90 are top-coded:
  // OEWS publishes "at least $239,200" for both.
  const oews = {
    anchors: [
      { p: 10, amount: 77020 },
      { p: 25, amount: 100450 },
      { p: 50, amount: 132270 },
      { p: 75, amount: 239200, censored: true },
      { p: 90, amount: 239200, censored: true },
    ],
  };

  test("accepts an OEWS-style band with a top-coded p75 = p90 = 239200 (both censored)", () => {
    expect(PercentileBandSchema.parse(oews)).toEqual(oews);
  });

  test("accepts a band with only the top anchor censored", () => {
    const band = {
      anchors: [
        { p: 10, amount: 77020 },
        { p: 50, amount: 132270 },
        { p: 90, amount: 239200, censored: true },
      ],
    };
    expect(PercentileBandSchema.safeParse(band).success).toBe(true);
  });

  test("accepts two anchors, fractional percentiles, and censored: false", () => {
    expect(
      PercentileBandSchema.safeParse({
        anchors: [
          { p: 1.5, amount: 1 },
          { p: 98.5, amount: 2, censored: false },
        ],
      }).success,
    ).toBe(true);
  });

  test("accepts 99 anchors (p1..p99) and rejects 100", () => {
    const anchors = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ p: ((i + 1) * 99) / n, amount: 1000 * (i + 1) }));
    expect(PercentileBandSchema.safeParse({ anchors: anchors(99) }).success).toBe(true);
    expect(firstIssuePath(PercentileBandSchema, { anchors: anchors(100) })).toEqual(["anchors"]);
  });

  const top = oews.anchors.slice(0, 3);
  test.each<[string, unknown, PropertyKey[]]>([
    ["one anchor", { anchors: [{ p: 50, amount: 1 }] }, ["anchors"]],
    ["no anchors", { anchors: [] }, ["anchors"]],
    ["no anchors key", {}, ["anchors"]],
    [
      "percentiles out of order",
      {
        anchors: [
          { p: 50, amount: 1 },
          { p: 25, amount: 2 },
        ],
      },
      ["anchors", 1, "p"],
    ],
    [
      "a repeated percentile",
      {
        anchors: [
          { p: 50, amount: 1 },
          { p: 50, amount: 2 },
        ],
      },
      ["anchors", 1, "p"],
    ],
    [
      "amounts out of order",
      {
        anchors: [
          { p: 25, amount: 2 },
          { p: 50, amount: 1 },
        ],
      },
      ["anchors", 1, "amount"],
    ],
    [
      "a censored anchor before an uncensored one",
      { anchors: [...top, { p: 75, amount: 239200, censored: true }, { p: 90, amount: 250000 }] },
      ["anchors", 4, "censored"],
    ],
    [
      "censored anchors with different amounts",
      {
        anchors: [
          ...top,
          { p: 75, amount: 239200, censored: true },
          { p: 90, amount: 250000, censored: true },
        ],
      },
      ["anchors", 4, "amount"],
    ],
    [
      "a censored anchor at or below the uncensored one before it",
      { anchors: [...top, { p: 75, amount: 132270, censored: true }] },
      ["anchors", 3, "amount"],
    ],
    [
      "fewer than two uncensored anchors",
      {
        anchors: [
          { p: 10, amount: 77020 },
          { p: 75, amount: 239200, censored: true },
          { p: 90, amount: 239200, censored: true },
        ],
      },
      ["anchors"],
    ],
    [
      "a censored bottom anchor",
      {
        anchors: [
          { p: 10, amount: 77020, censored: true },
          { p: 50, amount: 132270 },
          { p: 90, amount: 208620 },
        ],
      },
      ["anchors", 1, "censored"],
    ],
    ["an unknown key", { anchors: top, method: "pchip" }, []],
  ])("rejects %s, at %j", (_, band, path) => {
    expect(firstIssuePath(PercentileBandSchema, band)).toEqual(path);
  });
});

describe("RangeSchema and rangeOf", () => {
  test.each([
    [10, 20],
    [10, 10],
    [-5, -1],
    [0.28, 0.42],
  ])("accepts [%d, %d]", (low, high) => {
    expect(RangeSchema.parse([low, high])).toEqual([low, high]);
  });

  test.each<[unknown, PropertyKey[]]>([
    [[20, 10], [1]],
    [[0.42, 0.28], [1]],
    [[1], []],
    [[1, 2, 3], []],
    [[], []],
    [[Number.NaN, 1], [0]],
    [[1, Number.POSITIVE_INFINITY], [1]],
    [["1", 2], [0]],
    [{ low: 1, high: 2 }, []],
  ])("rejects %j at %j", (range, path) => {
    expect(firstIssuePath(RangeSchema, range)).toEqual(path);
  });

  test("the low > high message says what is wrong", () => {
    expect(RangeSchema.safeParse([2, 1]).error?.issues[0]?.message).toBe(
      "range low must be <= high",
    );
  });

  test("rangeOf applies the bound to both ends", () => {
    const Fraction = rangeOf(z.number().min(0).max(1));
    expect(Fraction.safeParse([0, 1]).success).toBe(true);
    expect(firstIssuePath(Fraction, [0.1, 2])).toEqual([1]);
    expect(firstIssuePath(Fraction, [-0.1, 0.5])).toEqual([0]);
  });
});

describe("EffectSchema", () => {
  test.each([
    { kind: "amount", amount: [30000, 60000], basis: "total-comp" },
    { kind: "percent", fraction: [0.1, 0.2], basis: "offer" },
    { kind: "percent", fraction: [0, 2], basis: "base" },
    { kind: "fraction-of-forfeit", fraction: [0.5, 1] },
    { kind: "qualitative", summary: "Often more negotiable than base." },
  ])("accepts %j", (effect) => {
    expect(EffectSchema.parse(effect)).toEqual(effect);
  });

  test.each(["base", "total-comp", "offer", "equity", "unspecified"])(
    "accepts the basis %j",
    (basis) => {
      expect(EffectSchema.safeParse({ kind: "amount", amount: [1, 2], basis }).success).toBe(true);
    },
  );

  test.each<[string, unknown, PropertyKey[]]>([
    ["an unknown kind", { kind: "multiplier", fraction: [1, 2] }, ["kind"]],
    ["no kind", { fraction: [0.1, 0.2], basis: "offer" }, ["kind"]],
    ["an unknown basis", { kind: "amount", amount: [1, 2], basis: "salary" }, ["basis"]],
    ["an amount without basis", { kind: "amount", amount: [1, 2] }, ["basis"]],
    [
      "an amount with a fraction key",
      { kind: "amount", amount: [1, 2], basis: "base", fraction: [0.1, 0.2] },
      [],
    ],
    [
      "a percent above 200%",
      { kind: "percent", fraction: [0.1, 2.5], basis: "base" },
      ["fraction", 1],
    ],
    [
      "a negative percent",
      { kind: "percent", fraction: [-0.1, 0.1], basis: "base" },
      ["fraction", 0],
    ],
    [
      "a percent with low > high",
      { kind: "percent", fraction: [0.2, 0.1], basis: "base" },
      ["fraction", 1],
    ],
    [
      "a forfeit fraction above 1",
      { kind: "fraction-of-forfeit", fraction: [0.5, 1.5] },
      ["fraction", 1],
    ],
    [
      "a forfeit with a basis",
      { kind: "fraction-of-forfeit", fraction: [0.5, 1], basis: "offer" },
      [],
    ],
    ["an amount above 10^9", { kind: "amount", amount: [1, 2e9], basis: "base" }, ["amount", 1]],
    ["an empty qualitative summary", { kind: "qualitative", summary: " " }, ["summary"]],
  ])("rejects %s, at %j", (_, effect, path) => {
    expect(firstIssuePath(EffectSchema, effect)).toEqual(path);
  });

  test("narrows on kind", () => {
    const effect = EffectSchema.parse({ kind: "fraction-of-forfeit", fraction: [0.5, 1] });
    expect(effect.kind === "fraction-of-forfeit" ? effect.fraction : null).toEqual([0.5, 1]);
  });
});

describe("PremiumFractionSchema", () => {
  test.each([0, 0.38, 0.27, -0.5, 2, 0.3812, -0.0001, 0.1 + 0.2, 0.07 * 3])("accepts %d", (v) => {
    expect(PremiumFractionSchema.safeParse(v).success).toBe(true);
  });

  test.each<[number, RegExp]>([
    [38, /write \+38% as 0\.38/],
    [2.0001, /above \+200%/],
    [-0.5001, /below -50%/],
    [-1, /below -50%/],
    [0.38125, /more than four decimal places/],
    [0.00001, /more than four decimal places/],
    [Number.NaN, /expected number/],
    [Number.POSITIVE_INFINITY, /expected number/],
  ])("rejects %d", (v, message) => {
    const result = PremiumFractionSchema.safeParse(v);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});
