import { test as propTest } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { roundMoney } from "../../src/core/index.js";
import { type FormatMoneyOptions, formatMoney } from "../../src/format/index.js";
import { thrown } from "../helpers/thrown.js";

// Intl writes a no-break space (U+00A0) before the currency in de-DE and a narrow
// no-break space (U+202F) between digit groups in fr-FR; the expectations spell them out.
const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("full form", () => {
  test.each<[number, FormatMoneyOptions, string]>([
    [258300, {}, "$258,300"],
    [258300, { locale: "en-US", currency: "USD" }, "$258,300"],
    [258300, { locale: "de-DE" }, `258.300${NBSP}$`],
    [258300, { locale: "de-DE", currency: "EUR" }, `258.300${NBSP}€`],
    [258300, { locale: "ja-JP" }, "$258,300"],
    [258300, { locale: "ja-JP", currency: "JPY" }, "￥258,300"],
    [258300, { locale: "en-US", currency: "EUR" }, "€258,300"],
    [258300, { locale: "fr-FR", currency: "EUR" }, `258${NNBSP}300${NBSP}€`],
    [-26000, {}, "-$26,000"],
    [-26000, { locale: "de-DE" }, `-26.000${NBSP}$`],
    [0, {}, "$0"],
    [1e15, {}, "$1,000,000,000,000,000"],
    [-1e15, {}, "-$1,000,000,000,000,000"],
  ])("%s %j → %s", (amount, options, expected) => {
    expect(formatMoney(amount, options)).toBe(expected);
  });

  test("currency codes in any case", () => {
    expect(formatMoney(1000, { currency: "eur" })).toBe("€1,000");
  });

  test("decimal strings are read exactly", () => {
    expect(formatMoney("258300.5")).toBe("$258,300");
    expect(formatMoney("258301.5")).toBe("$258,302");
    expect(formatMoney("1.005", { round: "none" })).toBe("$1.00");
  });
});

describe("rounding: once, by our rule, half-even by default", () => {
  test.each<[number, FormatMoneyOptions, string]>([
    [2.5, {}, "$2"],
    [3.5, {}, "$4"],
    [-2.5, {}, "-$2"],
    [-0.4, {}, "$0"], // no "-$0"
    [0.5, {}, "$0"],
    [1.5, {}, "$2"],
    [2.5, { round: { step: 1, mode: "half-up" } }, "$3"],
    [2.1, { round: { step: 1, mode: "up" } }, "$3"],
    [2.9, { round: { step: 1, mode: "down" } }, "$2"],
    [162500, { round: 1000 }, "$162,000"],
    [163500, { round: 1000 }, "$164,000"],
    [162550, { round: 100 }, "$162,600"],
    [162650, { round: 100 }, "$162,600"],
    [258300, { locale: "de-DE", currency: "EUR", round: 1000 }, `258.000${NBSP}€`],
  ])("%s %j → %s", (amount, options, expected) => {
    expect(formatMoney(amount, options)).toBe(expected);
  });

  test('"none": half-even to the currency\'s minor unit, shown with all its digits', () => {
    expect(formatMoney(0.125, { round: "none" })).toBe("$0.12");
    expect(formatMoney(0.135, { round: "none" })).toBe("$0.14");
    expect(formatMoney(0.1 + 0.2, { round: "none" })).toBe("$0.30");
    expect(formatMoney(258300, { round: "none" })).toBe("$258,300.00");
    expect(formatMoney(1234.5, { round: "none", currency: "JPY" })).toBe("¥1,234");
    expect(formatMoney(1234.5, { round: "none", currency: "EUR", locale: "de-DE" })).toBe(
      `1.234,50${NBSP}€`,
    );
    expect(formatMoney(0.1255, { round: "none", currency: "KWD" })).toBe(`KWD${NBSP}0.126`);
  });

  test("Intl alone would round 0.125 half-expand to $0.13 — we do not let it", () => {
    const intl = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
    expect(intl.format(0.125)).toBe("$0.13");
    expect(formatMoney(0.125, { round: "none" })).toBe("$0.12");
  });
});

describe("compact form", () => {
  test.each<[number, FormatMoneyOptions, string]>([
    [258300, { compact: true }, "$258K"],
    [258300, { compact: { decimals: 1 } }, "$258.3K"],
    [258300, { compact: { decimals: 2 } }, "$258.3K"], // trailing zeros dropped
    [258000, { compact: { decimals: 1 } }, "$258K"],
    [1234567, { compact: true }, "$1.2M"],
    [1234567, { compact: { decimals: 2 } }, "$1.23M"],
    [9540, { compact: true }, "$9.5K"],
    [950, { compact: true }, "$950"],
    [950, { compact: { decimals: 2 } }, "$950"], // never finer than a dollar
    [9.5, { compact: true }, "$10"],
    [0, { compact: true }, "$0"],
    [-258300, { compact: true }, "-$258K"],
    [1e15, { compact: true }, "$1000T"],
    [258300, { compact: true, locale: "de-DE" }, `258.300${NBSP}$`], // no short thousands in German
    [1234567, { compact: true, locale: "de-DE" }, `1,2${NBSP}Mio.${NBSP}$`],
    [1234567, { compact: true, locale: "de-DE", currency: "EUR" }, `1,2${NBSP}Mio.${NBSP}€`],
    [258300, { compact: true, locale: "ja-JP" }, "$26万"], // 万 = 10^4
    [258300, { compact: { decimals: 1 }, locale: "ja-JP" }, "$25.8万"],
    [258300, { compact: true, locale: "ja-JP", currency: "JPY" }, "￥26万"],
    [123456789, { compact: true, locale: "ja-JP", currency: "JPY" }, "￥1.2億"],
    [258300, { compact: true, locale: "en-IN" }, "$2.6L"], // lakh = 10^5
    [258300, { compact: true, locale: "fr-FR" }, `258${NBSP}k${NBSP}$US`],
  ])("%s %j → %s", (amount, options, expected) => {
    expect(formatMoney(amount, options)).toBe(expected);
  });

  test("ties at the displayed precision go to the even neighbour", () => {
    expect(formatMoney(258500, { compact: true })).toBe("$258K");
    expect(formatMoney(259500, { compact: true })).toBe("$260K");
    expect(formatMoney(258350, { compact: { decimals: 1 } })).toBe("$258.4K");
    expect(formatMoney(258450, { compact: { decimals: 1 } })).toBe("$258.4K");
    expect(formatMoney(1250000, { compact: true })).toBe("$1.2M");
    expect(formatMoney(1350000, { compact: true })).toBe("$1.4M");
    expect(formatMoney(125000, { compact: true, locale: "ja-JP" })).toBe("$12万");
  });

  test("the rule's mode applies at the displayed precision", () => {
    const halfUp = { step: 1, mode: "half-up" } as const;
    expect(formatMoney(258500, { compact: true, round: halfUp })).toBe("$259K");
    expect(formatMoney(1250000, { compact: true, round: halfUp })).toBe("$1.3M");
    expect(formatMoney(258001, { compact: true, round: { step: 1, mode: "up" } })).toBe("$259K");
    expect(formatMoney(258999, { compact: true, round: { step: 1, mode: "down" } })).toBe("$258K");
  });

  test("a rule coarser than the displayed precision wins", () => {
    expect(formatMoney(258349, { compact: { decimals: 1 }, round: 1000 })).toBe("$258K");
    expect(
      formatMoney(258301, { compact: { decimals: 1 }, round: { step: 100, mode: "up" } }),
    ).toBe("$258.4K");
  });

  test("no double rounding: one rounding from the exact amount to the shown precision", () => {
    // To the dollar first (258,500) and then to thousands (tie → even: 258K) would be wrong.
    expect(roundMoney(258500.4)).toBe(258500);
    expect(formatMoney(258500.4, { compact: true })).toBe("$259K");
    expect(formatMoney(258499.6, { compact: true })).toBe("$258K");
    expect(formatMoney(1249999.6, { compact: true })).toBe("$1.2M");
  });

  test("rounding that carries into the next power shows at that power's scale", () => {
    expect(formatMoney(999500, { compact: true })).toBe("$1M");
    expect(formatMoney(999499, { compact: true })).toBe("$999K");
    expect(formatMoney(999.5, { compact: true })).toBe("$1K");
    expect(formatMoney(99950, { compact: true, locale: "ja-JP" })).toBe("$10万");
    expect(formatMoney(9999.5, { compact: true, locale: "ja-JP" })).toBe("$1万");
  });

  test("Intl alone rounds ties half-expand: 258,500 would be $259K", () => {
    const intl = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      notation: "compact",
    });
    expect(intl.format(258500)).toBe("$259K");
    expect(formatMoney(258500, { compact: true })).toBe("$258K");
  });
});

describe("bad input", () => {
  test.each<[unknown]>([
    [Number.NaN],
    [Infinity],
    [-Infinity],
    [1e16],
    ["abc"],
    [null],
    [undefined],
    [{}],
  ])("amount %s → INVALID_AMOUNT", (amount) => {
    const e = thrown(() => formatMoney(amount as number));
    expect(e.code).toBe("INVALID_AMOUNT");
    expect(e.path).toEqual(["amount"]);
  });

  test("unknown currency → INVALID_OPTION naming valid codes", () => {
    for (const currency of ["XYZ", "US", "dollars", "", 840]) {
      const e = thrown(() => formatMoney(1, { currency: currency as string }));
      expect(e.code).toBe("INVALID_OPTION");
      expect(e.path).toEqual(["currency"]);
      expect(e.message).toMatch(/USD, EUR/);
      expect(e.validChoices).toContain("USD");
      expect(e.validChoices).toContain("JPY");
    }
  });

  test("unknown or malformed locale → INVALID_OPTION", () => {
    for (const locale of ["xx-YY", "en_US", "", "not a locale", 7]) {
      const e = thrown(() => formatMoney(1, { locale: locale as string }));
      expect(e.code).toBe("INVALID_OPTION");
      expect(e.path).toEqual(["locale"]);
      expect(e.message).toMatch(/en-US, de-DE, ja-JP/);
    }
  });

  test("bad compact, round or unknown keys → INVALID_OPTION", () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ compact: "yes" }, ["compact"]],
      [{ compact: { decimals: 4 } }, ["compact", "decimals"]],
      [{ compact: { decimals: 1.5 } }, ["compact", "decimals"]],
      [{ compact: { digits: 1 } }, ["compact", "digits"]],
      [{ round: 10 }, ["round"]],
      [{ round: { step: 1, mode: "nearest" } }, ["round", "mode"]],
      [{ curency: "USD" }, ["curency"]],
      ["USD", []],
    ];
    for (const [options, path] of cases) {
      const e = thrown(() => formatMoney(1, options as FormatMoneyOptions));
      expect(e.code).toBe("INVALID_OPTION");
      expect(e.path).toEqual(path);
    }
  });
});

describe("properties", () => {
  const bound = fc.oneof(
    fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 2), // ties
  );

  propTest.prop([bound])("en-US: the digits shown parse back to roundMoney(amount)", (amount) => {
    const text = formatMoney(amount);
    expect(text).toMatch(/^-?\$\d{1,3}(,\d{3})*$/);
    expect(Number(text.replace(/[$,]/g, ""))).toBe(roundMoney(amount));
  });

  propTest.prop([bound, fc.constantFrom("en-US", "de-DE", "ja-JP", "fr-FR", "en-IN")])(
    "compact never throws for amounts within the bound, in any of five locales",
    (amount, locale) => {
      const text = formatMoney(amount, { compact: true, locale });
      expect(typeof text).toBe("string");
    },
  );

  propTest.prop([fc.double({ min: 1, max: 999_999_999_999, noNaN: true })])(
    "en-US compact shows the amount rounded once, half-even, to the shown precision",
    (amount) => {
      const text = formatMoney(amount, { compact: { decimals: 2 } });
      const m = /^\$(\d+(?:\.\d+)?)([KMBT]?)$/.exec(text);
      expect(m).not.toBeNull();
      const unit = (m?.[2] ?? "") as "" | "K" | "M" | "B" | "T";
      const shown = new Decimal(m?.[1] ?? "").times(
        { "": 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[unit],
      );
      // The step is 1/100 of the amount's own scale (K for 258,300; the shown scale may be
      // the next one when rounding carried: 999.995B → 1T), and at least $1.
      const own = 10 ** (3 * Math.floor(Math.floor(Math.log10(amount)) / 3));
      const step = new Decimal(Math.max(own / 100, 1));
      const expected = new Decimal(amount).div(step).toDP(0, Decimal.ROUND_HALF_EVEN).times(step);
      expect(shown.toString()).toBe(expected.toString());
    },
  );
});
