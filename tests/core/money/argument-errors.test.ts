/**
 * Every money and range function names the bad argument: its code, its path, and a
 * message that starts with the argument's own name (so a caller can tell `a` from `b`,
 * `amount` from `factor`); results beyond 1e15 name what overflowed. Also the edges of
 * roundMoney's accepted magnitude and composeRanges' step checks.
 */
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import { getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const bad = "x" as never;

describe("money: the bad argument by name", () => {
  test.each<[string, () => unknown, string, (string | number)[]]>([
    ["addMoney a", () => core.addMoney(bad, 1), "a", ["a"]],
    ["addMoney b", () => core.addMoney(1, bad), "b", ["b"]],
    ["subtractMoney a", () => core.subtractMoney(bad, 1), "a", ["a"]],
    ["subtractMoney b", () => core.subtractMoney(1, bad), "b", ["b"]],
    ["multiplyMoney amount", () => core.multiplyMoney(bad, 2), "amount", ["amount"]],
    ["multiplyMoney factor", () => core.multiplyMoney(2, bad), "factor", ["factor"]],
    ["roundMoney amount", () => core.roundMoney(bad), "amount", ["amount"]],
    ["sumMoney item", () => core.sumMoney([1, bad]), "amounts[1]", ["amounts", 1]],
  ])("%s", (_name, call, name, path) => {
    const e = thrown(call);
    expect(e).toMatchObject({ code: "INVALID_AMOUNT", path });
    expect(e.message.startsWith(`${name} must be a finite number or a decimal string`)).toBe(true);
    expect(e.message.endsWith('; got "x"')).toBe(true);
  });

  test("sumMoney needs an array", () => {
    expect(thrown(() => core.sumMoney(bad))).toMatchObject({
      code: "INVALID_AMOUNT",
      path: ["amounts"],
      message: 'amounts must be an array of numbers or decimal strings; got "x"',
    });
  });

  test.each<[string, () => unknown]>([
    ["addMoney", () => core.addMoney(1, 1, 7 as never)],
    ["subtractMoney", () => core.subtractMoney(1, 1, 7 as never)],
    ["multiplyMoney", () => core.multiplyMoney(1, 1, 7 as never)],
    ["roundMoney", () => core.roundMoney(1, 7 as never)],
    ["sumMoney", () => core.sumMoney([1], 7 as never)],
  ])("%s: a bad rounding rule is at path rule", (_name, call) => {
    expect(thrown(call)).toMatchObject({ code: "INVALID_OPTION", path: ["rule"] });
  });

  test.each<[string, () => unknown, string]>([
    // 9e14 + 9e14 = 1.8e15 and so on: beyond the largest supported magnitude, 1e15.
    ["addMoney", () => core.addMoney(9e14, 9e14), "the sum is 1.800000e+15"],
    ["subtractMoney", () => core.subtractMoney(-9e14, 9e14), "the difference is -1.800000e+15"],
    ["multiplyMoney", () => core.multiplyMoney(9e14, 2), "the product is 1.800000e+15"],
    ["sumMoney", () => core.sumMoney([9e14, 9e14]), "the total is 1.800000e+15"],
  ])("%s: an overflowing result names itself", (_name, call, what) => {
    expect(thrown(call)).toMatchObject({
      code: "INVALID_AMOUNT",
      path: [],
      message: `${what}, beyond the largest supported magnitude 1e+15`,
    });
  });

  test("roundMoney accepts exactly 1e15 and rounds decimal strings like numbers", () => {
    expect(core.roundMoney(1e15)).toBe(1e15);
    expect(core.roundMoney(-1e15)).toBe(-1e15);
    expect(thrown(() => core.roundMoney(1e15 + 1)).path).toEqual(["amount"]);
    // Half-even: 2.5 → 2, 3.5 → 4, from a number or a string.
    expect([core.roundMoney(2.5), core.roundMoney("2.5"), core.roundMoney("3.5")]).toEqual([
      2, 2, 4,
    ]);
  });
});

describe("ranges: the bad argument by name", () => {
  test.each<[string, () => unknown, string, (string | number)[]]>([
    ["addRanges a", () => core.addRanges(bad, 1), "a", ["a"]],
    ["addRanges b", () => core.addRanges(1, bad), "b", ["b"]],
    ["makeRange low", () => core.makeRange(bad, 1), "low", ["low"]],
    ["makeRange high", () => core.makeRange(1, bad), "high", ["high"]],
    ["scaleRange range", () => core.scaleRange(bad, 1), "range", ["range"]],
    ["scaleRange factor", () => core.scaleRange(1, bad), "factor", ["factor"]],
    ["composeRanges start", () => core.composeRanges(bad, []), "start", ["start"]],
    [
      "composeRanges step value",
      () => core.composeRanges(1, [{ scale: bad }]),
      "steps[0].scale",
      ["steps", 0, "scale"],
    ],
  ])("%s", (_name, call, name, path) => {
    const e = thrown(call);
    expect(e).toMatchObject({ code: "INVALID_RANGE", path });
    expect(e.message.startsWith(`${name} must be a finite number or a [low, high] pair`)).toBe(
      true,
    );
  });

  test("makeRange: low above high names both; -0 becomes 0", () => {
    expect(thrown(() => core.makeRange(2, 1))).toMatchObject({
      code: "INVALID_RANGE",
      path: ["high"],
      message: "a range needs low <= high; got low 2 and high 1",
    });
    const zero = core.makeRange(-0);
    expect(Object.is(zero[0], 0) && Object.is(zero[1], 0)).toBe(true);
  });

  test.each<[string, () => unknown]>([
    ["addRanges", () => core.addRanges(1, 1, 7 as never)],
    ["scaleRange", () => core.scaleRange(1, 1, 7 as never)],
    ["sumRanges", () => core.sumRanges([], 7 as never)],
    ["composeRanges", () => core.composeRanges(1, [], 7 as never)],
  ])("%s: a bad rounding rule is at path round", (_name, call) => {
    expect(thrown(call)).toMatchObject({ code: "INVALID_OPTION", path: ["round"] });
  });

  test.each<[string, () => unknown, string]>([
    ["addRanges", () => core.addRanges(9e14, 9e14), "the sum"],
    ["scaleRange", () => core.scaleRange(9e14, 2), "the scaled range"],
    ["sumRanges", () => core.sumRanges([9e14, 9e14]), "the total"],
    ["composeRanges", () => core.composeRanges(9e14, [{ add: 9e14 }]), "the composed range"],
  ])("%s: an overflowing result names itself", (_name, call, what) => {
    expect(thrown(call)).toMatchObject({
      code: "INVALID_RANGE",
      path: [],
      message: `${what} reaches 1.800000e+15, beyond the largest supported magnitude 1e+15`,
    });
  });

  test("composeRanges: steps must be an array of one-key objects", () => {
    expect(thrown(() => core.composeRanges(1, bad))).toMatchObject({
      code: "INVALID_OPTION",
      path: ["steps"],
      validChoices: ["scale", "add"],
      message: 'steps must be an array of { scale } and { add } steps; got "x"',
    });
    for (const step of [null, "add", 2]) {
      expect(thrown(() => core.composeRanges(1, [step] as never))).toMatchObject({
        code: "INVALID_OPTION",
        path: ["steps", 0],
        validChoices: ["scale", "add"],
      });
    }
    expect(thrown(() => core.composeRanges(1, [{ add: 1 }, null] as never)).message).toMatch(
      /^steps\[1\] must be one of \{ scale: factor \} or \{ add: amount \}/,
    );
    // An empty list of steps is the start itself.
    expect(core.composeRanges([1, 2], [])).toEqual([1, 2]);
  });
});

describe("lookups and columns name what they look for", () => {
  const ds = getDataset();

  test("getPremium: an unknown premium is UNKNOWN_PREMIUM, naming premiums", () => {
    const e = thrown(() => core.getPremium(ds, "cobol"));
    expect(e.code).toBe("UNKNOWN_PREMIUM");
    expect(e.message).toMatch(/premium/i);
    expect(e.message).toContain("containers-cloud, go-rust, ai-services");
  });

  test("percentileRanks: a bad column is named amounts", () => {
    const band = { anchors: [...(ds.levels[0]?.base.anchors ?? [])] };
    expect(thrown(() => core.percentileRanks(band, bad))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["amounts"],
      message: 'amounts must be a Float64Array or an array of numbers; got "x"',
    });
  });
});
