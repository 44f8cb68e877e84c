import { test as propTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addMoney,
  multiplyMoney,
  type RoundOption,
  roundMoney,
  subtractMoney,
  sumMoney,
} from "../../../src/core/index.js";
import { thrown } from "../../helpers/thrown.js";

const ruleArb: fc.Arbitrary<RoundOption> = fc.oneof(
  fc.constantFrom<RoundOption>(1, 100, 1000, "none"),
  fc.record({
    step: fc.constantFrom(1 as const, 100 as const, 1000 as const),
    mode: fc.constantFrom("half-even" as const, "half-up" as const, "up" as const, "down" as const),
  }),
);
const amountArb = fc.oneof(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 2), // many exact ties
  fc.integer({ min: -20_000, max: 20_000 }).map((n) => n * 50), // ties at $100 and $1,000
);

describe("golden vectors", () => {
  test.each<[number | string, RoundOption | undefined, number]>([
    [2.5, undefined, 2],
    [3.5, undefined, 4],
    [0.5, undefined, 0],
    [1.5, undefined, 2],
    [-2.5, undefined, -2],
    [-3.5, undefined, -4],
    [2.4999999, undefined, 2],
    [162500, 1000, 162000],
    [163500, 1000, 164000],
    [162500.01, 1000, 163000],
    [162550, 100, 162600],
    [162450, 100, 162400],
    [2.5, { step: 1, mode: "half-up" }, 3],
    [-2.5, { step: 1, mode: "half-up" }, -3],
    [2.1, { step: 1, mode: "up" }, 3],
    [-2.1, { step: 1, mode: "up" }, -3],
    [2.9, { step: 1, mode: "down" }, 2],
    [-2.9, { step: 1, mode: "down" }, -2],
    [162001, { step: 1000, mode: "up" }, 163000],
    [162999, { step: 1000, mode: "down" }, 162000],
    [162000, { step: 1000, mode: "up" }, 162000],
    ["1.005", "none", 1.005],
    ["1.005", 1, 1],
    ["1.5", 1, 2],
    ["162500.50", undefined, 162500],
    ["162500.500000000001", undefined, 162501],
    [" 2.5 ", undefined, 2],
    ["1e3", 1000, 1000],
    [1e15, 1000, 1e15],
  ])("roundMoney(%j, %j) = %s", (x, rule, expected) => {
    expect(roundMoney(x, rule)).toBe(expected);
  });

  test("-0 comes back as 0", () => {
    expect(Object.is(roundMoney(-0.4), 0)).toBe(true);
    expect(Object.is(roundMoney(-0), 0)).toBe(true);
    expect(Object.is(addMoney(0.2, -0.2, "none"), 0)).toBe(true);
  });

  test("exact decimal arithmetic where floats go wrong", () => {
    expect(1.005 * 100).not.toBe(100.5); // the float trap
    expect(multiplyMoney(1.005, 100, "none")).toBe(100.5);
    expect(multiplyMoney(1.005, 100)).toBe(100); // 100.5, half-even
    expect(multiplyMoney(1.005, 100, { step: 1, mode: "half-up" })).toBe(101);
    expect(205000 * 1.15).not.toBe(235750);
    expect(multiplyMoney(205000, 1.15)).toBe(235750);
    expect(multiplyMoney("162000", "1.1", "none")).toBe(178200);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMoney(0.1, 0.2, "none")).toBe(0.3);
    expect(subtractMoney(0.3, 0.1, "none")).toBe(0.2);
    expect(
      sumMoney(
        Array.from({ length: 10 }, () => 0.1),
        "none",
      ),
    ).toBe(1);
    expect(sumMoney([])).toBe(0);
    expect(sumMoney([205000, "30750.50", 40000.5])).toBe(275751);
  });
});

describe("properties", () => {
  propTest.prop([amountArb, ruleArb])("round(round(x)) = round(x)", (x, rule) => {
    const once = roundMoney(x, rule);
    expect(roundMoney(once, rule)).toBe(once);
  });

  propTest.prop([amountArb, ruleArb])(
    "a number rounds like its decimal string (the float fast path equals the exact path)",
    (x, rule) => {
      expect(roundMoney(x, rule)).toBe(roundMoney(String(x), rule));
    },
  );

  propTest.prop([
    amountArb,
    fc.constantFrom(1 as const, 100 as const, 1000 as const),
    fc.constantFrom("half-even" as const, "half-up" as const, "up" as const, "down" as const),
  ])(
    "results are multiples of the step, within one step (half a step for half-modes), on the right side",
    (x, step, mode) => {
      const r = roundMoney(x, { step, mode });
      expect(Number.isInteger(r / step)).toBe(true);
      const limit = mode.startsWith("half") ? step / 2 : step;
      expect(Math.abs(r - x)).toBeLessThanOrEqual(limit);
      if (mode === "down") expect(Math.abs(r)).toBeLessThanOrEqual(Math.abs(x));
      if (mode === "up") expect(Math.abs(r)).toBeGreaterThanOrEqual(Math.abs(x));
    },
  );

  propTest.prop([amountArb, amountArb, ruleArb])("rounding is monotone", (a, b, rule) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(roundMoney(lo, rule)).toBeLessThanOrEqual(roundMoney(hi, rule));
  });

  propTest.prop([fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 })])(
    "on cents, addMoney and multiplyMoney are exact",
    (a, b) => {
      const x = a / 100;
      const y = b / 100;
      // Cents as integers are the independent oracle.
      expect(addMoney(x, y, "none")).toBe((a + b) / 100);
      expect(subtractMoney(x, y, "none")).toBe((a - b) / 100);
      expect(multiplyMoney(x, 3, "none")).toBe((a * 3) / 100);
    },
  );

  propTest.prop([fc.array(fc.integer({ min: -1e11, max: 1e11 }), { maxLength: 20 }), ruleArb])(
    "sumMoney rounds the exact total once (integer cents are the oracle)",
    (cents, rule) => {
      const total = cents.reduce((a, c) => a + BigInt(c), 0n);
      const sign = total < 0n ? "-" : "";
      const abs = total < 0n ? -total : total;
      const exact = `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
      expect(
        sumMoney(
          cents.map((c) => c / 100),
          rule,
        ),
      ).toBe(roundMoney(exact, rule));
      // Not the sum of the rounded parts: those can drift by up to half a step per part.
      expect(sumMoney([0.5, 0.5, 0.5])).toBe(2);
      expect([0.5, 0.5, 0.5].map((x) => roundMoney(x)).reduce((a, b) => a + b)).toBe(0);
    },
  );
});

describe("bad input", () => {
  test.each([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "abc",
    "1,000",
    "0x10",
    "Infinity",
    "",
    "1e",
    null,
    undefined,
    {},
    1e16,
    "1e16",
    "123456789012345678901",
  ])("roundMoney(%j) → INVALID_AMOUNT", (x) => {
    const err = thrown(() => roundMoney(x as number));
    expect(err.code).toBe("INVALID_AMOUNT");
    expect(err.path).toEqual(["amount"]);
    expect(err.message).toMatch(/must be a finite number or a decimal string/);
  });
  test.each([
    10,
    0,
    "dollar",
    { step: 10, mode: "up" },
    { step: 100, mode: "ceil" },
    { step: 100 },
    [100],
  ])("rule %j → INVALID_OPTION naming the choices", (rule) => {
    const err = thrown(() => roundMoney(1, rule as RoundOption));
    expect(err.code).toBe("INVALID_OPTION");
    expect(err.message).toMatch(/1, 100, 1000|half-even/);
  });
  test("each operand is named in the path", () => {
    expect(thrown(() => addMoney(1, Number.NaN)).path).toEqual(["b"]);
    expect(thrown(() => multiplyMoney(1, "x")).path).toEqual(["factor"]);
    expect(thrown(() => sumMoney([1, 2, "three"])).path).toEqual(["amounts", 2]);
    expect(thrown(() => sumMoney("1,2" as never)).path).toEqual(["amounts"]);
    expect(thrown(() => multiplyMoney(1e15, 10)).code).toBe("INVALID_AMOUNT");
  });
});
