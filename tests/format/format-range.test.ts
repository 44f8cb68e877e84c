import { describe, expect, test } from "vitest";
import type { MoneyRange } from "../../src/core/index.js";
import { type FormatMoneyOptions, formatMoney, formatRange } from "../../src/format/index.js";
import { estimateCompensation } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";

const NBSP = "\u00a0";

describe("formatRange", () => {
  test.each<[MoneyRange, FormatMoneyOptions, string]>([
    [[162000, 305000], {}, "$162,000 – $305,000"],
    [[162000, 305000], { compact: true }, "$162–305K"], // symbol and unit once
    [[162000, 305500], { compact: { decimals: 1 } }, "$162–305.5K"],
    [[950000, 1250000], { compact: true }, "$950K – $1.2M"], // 1.25M: a tie, to even
    [[162000, 305000], { currency: "EUR" }, "€162,000 – €305,000"],
    [[162000, 305000], { locale: "de-DE" }, `162.000–305.000${NBSP}$`],
    [[162000, 305000], { locale: "de-DE", currency: "EUR" }, `162.000–305.000${NBSP}€`],
    [[162000, 305000], { locale: "de-DE", compact: true }, `162.000–305.000${NBSP}$`],
    [[1200000, 3400000], { locale: "de-DE", compact: true }, `1,2–3,4${NBSP}Mio.${NBSP}$`],
    [[162000, 305000], { locale: "ja-JP" }, "$162,000 ～ $305,000"],
    [[162000, 305000], { locale: "ja-JP", compact: true }, "$16～30万"],
    [[162000, 305000], { locale: "ja-JP", currency: "JPY", compact: true }, "￥16～30万"],
    [[-5000, 3000], {}, "-$5,000 – $3,000"],
    [[0.125, 0.135], { round: "none" }, "$0.12 – $0.14"],
  ])("%j %j → %s", (range, options, expected) => {
    expect(formatRange(range, options)).toBe(expected);
  });

  test("each end is rounded once, as formatMoney rounds it", () => {
    const options = { compact: { decimals: 1 } } as const;
    expect([formatMoney(258250, options), formatMoney(258350, options)]).toEqual([
      "$258.2K",
      "$258.4K",
    ]);
    expect(formatRange([258250, 258350], options)).toBe("$258.2–258.4K");
  });

  test("ends that round to the same text show one amount, not Intl's ~$258K", () => {
    expect(formatRange([258200, 258400], { compact: true })).toBe("$258K");
    expect(formatRange([258300, 258300])).toBe("$258,300");
    expect(formatRange([1.5, 2.5])).toBe("$2");
  });

  test("an estimate's ranges", () => {
    const e = estimateCompensation({ level: "mid", premiums: ["go-rust"] });
    expect(formatRange(e.baseRange, { compact: true })).toBe("$163–178K");
  });

  test("bad ranges → INVALID_RANGE", () => {
    const cases: [unknown, (string | number)[]][] = [
      [[305000, 162000], ["range"]],
      [[1], ["range"]],
      [[1, 2, 3], ["range"]],
      ["162000-305000", ["range"]],
      [undefined, ["range"]],
      [
        [Number.NaN, 2],
        ["range", 0],
      ],
      [
        [1, Infinity],
        ["range", 1],
      ],
      [
        [1, 1e16],
        ["range", 1],
      ],
    ];
    for (const [range, path] of cases) {
      const e = thrown(() => formatRange(range as MoneyRange));
      expect(e.code).toBe("INVALID_RANGE");
      expect(e.path).toEqual(path);
    }
  });

  test("bad options → INVALID_OPTION", () => {
    expect(thrown(() => formatRange([1, 2], { currency: "XYZ" })).code).toBe("INVALID_OPTION");
    expect(thrown(() => formatRange([1, 2], { locale: "xx-YY" })).code).toBe("INVALID_OPTION");
  });
});
