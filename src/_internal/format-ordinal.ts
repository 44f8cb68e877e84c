import { ordinalRules } from "./format-intl.js";

/**
 * "nth percentile" in a language: `num` is the number as the locale writes it ("62",
 * "62,4"), `value` the same number (for ordinal plural rules), `locale` the full tag.
 */
type PercentileForm = (num: string, value: number, locale: string) => string;

/** English ordinal suffixes by plural category (CLDR ordinal rules: 1st, 2nd, 3rd, 4th, 11th, 21st). */
const EN_SUFFIX: Readonly<Record<string, string>> = { one: "st", two: "nd", few: "rd" };

/** "1st", "22nd", "113th", "62.4th" — a non-integer takes "th". */
export function englishOrdinal(num: string, value: number, locale = "en"): string {
  const category = Number.isInteger(value) ? ordinalRules(locale).select(value) : "other";
  return `${num}${EN_SUFFIX[category] ?? "th"}`;
}

/**
 * The languages with a proper form. Ordinals where the language uses one (en 62nd, de
 * "62.", fr 62e / 1er, it 62°, nl 62e, ja/zh 第62), the bare number where it puts the
 * number after the noun (es, pt "percentil 62").
 */
const FORMS: Readonly<Record<string, PercentileForm>> = {
  en: (num, value, locale) => `${englishOrdinal(num, value, locale)} percentile`,
  de: (num) => `${num}. Perzentil`,
  fr: (num, value, locale) =>
    `${num}${Number.isInteger(value) && ordinalRules(locale).select(value) === "one" ? "er" : "e"} centile`,
  it: (num) => `${num}° percentile`,
  nl: (num) => `${num}e percentiel`,
  es: (num) => `percentil ${num}`,
  pt: (num) => `percentil ${num}`,
  ja: (num) => `第${num}パーセンタイル`,
  zh: (num) => `第${num}百分位`,
};

/** The languages {@link percentileWords} has a proper form for, in the order documented. */
export const PERCENTILE_LANGUAGES: readonly string[] = Object.keys(FORMS);

/**
 * The percentile in the locale's language; any other language gets the English form
 * ("62nd percentile") with the locale's digits and decimal separator.
 */
export function percentileWords(num: string, value: number, locale: string): string {
  const language = new Intl.Locale(locale).language;
  const form = FORMS[language];
  return form ? form(num, value, locale) : `${englishOrdinal(num, value, "en")} percentile`;
}
