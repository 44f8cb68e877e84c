import { describe, expect, test } from "vitest";
import { englishOrdinal, PERCENTILE_LANGUAGES } from "../../src/_internal/format-ordinal.js";
import { type FormatPercentileOptions, formatPercentile } from "../../src/format/index.js";
import { evaluateOffer } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";

describe("English ordinals", () => {
  test.each<[number, string]>([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [10, "10th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [14, "14th"],
    [21, "21st"],
    [22, "22nd"],
    [23, "23rd"],
    [62, "62nd"],
    [99, "99th"],
    [100, "100th"],
    [101, "101st"],
    [102, "102nd"],
    [111, "111th"],
    [112, "112th"],
    [113, "113th"],
    [121, "121st"],
  ])("%d → %s", (n, expected) => {
    // Percentiles stop at 99; the suffix rule is checked past 100 through the helper.
    expect(englishOrdinal(String(n), n, "en-US")).toBe(expected);
  });

  test.each<[number, string]>([
    [1, "1st percentile"],
    [2, "2nd percentile"],
    [3, "3rd percentile"],
    [4, "4th percentile"],
    [11, "11th percentile"],
    [12, "12th percentile"],
    [13, "13th percentile"],
    [21, "21st percentile"],
    [22, "22nd percentile"],
    [23, "23rd percentile"],
    [50, "50th percentile"],
    [62.4, "62nd percentile"],
    [91, "91st percentile"],
  ])("formatPercentile(%d) → %s", (p, expected) => {
    expect(formatPercentile(p)).toBe(expected);
    expect(formatPercentile(p, { locale: "en-GB" })).toBe(expected);
  });
});

describe("rounding: half-even, once, to the decimals asked for", () => {
  test.each<[number, FormatPercentileOptions, string]>([
    [62.5, {}, "62nd percentile"],
    [63.5, {}, "64th percentile"],
    [61.5, {}, "62nd percentile"],
    [62.4999, {}, "62nd percentile"],
    [62.45, { decimals: 1 }, "62.4th percentile"], // 62.45 read as written: a tie
    [62.55, { decimals: 1 }, "62.6th percentile"],
    [62.04, { decimals: 1 }, "62nd percentile"], // 62.0: trailing zero dropped, then an ordinal
    [21.04, { decimals: 1 }, "21st percentile"],
    [62.375, { decimals: 2 }, "62.38th percentile"],
    [62.385, { decimals: 2 }, "62.38th percentile"],
    [12.3456, { decimals: 3 }, "12.346th percentile"],
  ])("%s %j → %s", (p, options, expected) => {
    expect(formatPercentile(p, options)).toBe(expected);
  });

  test("never 0th or 100th: the nearest value inside (0, 100) at that precision", () => {
    expect(formatPercentile(0.3)).toBe("1st percentile");
    expect(formatPercentile(99.7)).toBe("99th percentile");
    expect(formatPercentile(99.5)).toBe("99th percentile");
    expect(formatPercentile(99.96, { decimals: 1 })).toBe("99.9th percentile");
    expect(formatPercentile(0.01, { decimals: 1 })).toBe("0.1th percentile");
  });
});

describe("other languages", () => {
  test.each<[string, number, string]>([
    ["de-DE", 62.4, "62. Perzentil"],
    ["de-DE", 1, "1. Perzentil"],
    ["de-AT", 90, "90. Perzentil"],
    ["ja-JP", 62.4, "第62パーセンタイル"],
    ["ja-JP", 1, "第1パーセンタイル"],
    ["fr-FR", 1, "1er centile"],
    ["fr-FR", 62, "62e centile"],
    ["it-IT", 62, "62° percentile"],
    ["nl-NL", 62, "62e percentiel"],
    ["es-ES", 62, "percentil 62"],
    ["pt-BR", 62, "percentil 62"],
    ["zh-CN", 62, "第62百分位"],
    ["sv-SE", 62, "62nd percentile"], // no form of its own: English words
    ["ko-KR", 1, "1st percentile"],
  ])("%s %d → %s", (locale, p, expected) => {
    expect(formatPercentile(p, { locale })).toBe(expected);
  });

  test("decimals in the locale's own writing", () => {
    expect(formatPercentile(62.4, { locale: "de-DE", decimals: 1 })).toBe("62,4. Perzentil");
    expect(formatPercentile(62.4, { locale: "ja-JP", decimals: 1 })).toBe("第62.4パーセンタイル");
    expect(formatPercentile(62.4, { locale: "fr-FR", decimals: 1 })).toBe("62,4e centile");
    expect(formatPercentile(1.04, { locale: "fr-FR", decimals: 1 })).toBe("1er centile");
    expect(formatPercentile(62.4, { locale: "sv-SE", decimals: 1 })).toBe("62,4th percentile");
  });

  test("the documented languages", () => {
    expect(PERCENTILE_LANGUAGES).toEqual(["en", "de", "fr", "it", "nl", "es", "pt", "ja", "zh"]);
  });
});

test("an offer's percentile of base", () => {
  const r = evaluateOffer({ base: 250000 }, { level: "senior", metro: "seattle" });
  expect(r.baseRank).toBe(46.3);
  expect(formatPercentile(r.baseRank)).toBe("46th percentile");
  expect(formatPercentile(r.baseRank, { decimals: 1 })).toBe("46.3th percentile");
});

describe("bad input", () => {
  test.each<[unknown]>([[0], [100], [-1], [101], [Number.NaN], [Infinity], ["62"], [null]])(
    "percentile %s → INVALID_PERCENTILE",
    (p) => {
      const e = thrown(() => formatPercentile(p as number));
      expect(e.code).toBe("INVALID_PERCENTILE");
      expect(e.path).toEqual(["percentile"]);
    },
  );

  test("bad options → INVALID_OPTION", () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ decimals: 4 }, ["decimals"]],
      [{ decimals: -1 }, ["decimals"]],
      [{ decimals: 0.5 }, ["decimals"]],
      [{ decimals: "1" }, ["decimals"]],
      [{ locale: "xx-YY" }, ["locale"]],
      [{ local: "de-DE" }, ["local"]],
      [42, []],
    ];
    for (const [options, path] of cases) {
      const e = thrown(() => formatPercentile(50, options as FormatPercentileOptions));
      expect(e.code).toBe("INVALID_OPTION");
      expect(e.path).toEqual(path);
    }
  });
});
