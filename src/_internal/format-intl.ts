import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { describeValue } from "./decimal.js";

/**
 * `Intl.NumberFormat` as paybands/format uses it: `format` and `formatRange` are given
 * exact decimal strings (ECMA-402 2023, "Intl.NumberFormat v3"), so no binary float
 * stands between our rounding and the text. The repository's TypeScript lib is ES2022,
 * which does not declare the string overloads, hence this interface.
 */
export interface ExactNumberFormat {
  format(value: string): string;
  formatRange(low: string, high: string): string;
  formatToParts(value: number): Intl.NumberFormatPart[];
  resolvedOptions(): Intl.ResolvedNumberFormatOptions;
}

/**
 * Constructing an Intl formatter costs tens of microseconds; a widget formats on every
 * slider move. Formatters are immutable, so they are cached by their arguments. The
 * cache is bounded: when it is full it is emptied (the working set of a page is small).
 */
const MAX_CACHED = 256;
const numberFormats = new Map<string, ExactNumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHED) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}

/** A cached `Intl.NumberFormat` for a (validated) locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): ExactNumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  return remember(
    numberFormats,
    key,
    () => new Intl.NumberFormat(locale, options) as unknown as ExactNumberFormat,
  );
}

const ranges = new WeakMap<ExactNumberFormat, Map<string, string>>();

/**
 * `formatter.formatRange(low, high)`, memoised. V8 builds an ICU range formatter on every
 * call (about 50 µs, 200 µs in compact notation, against 0.5 µs for `format`), and a
 * widget formats the same ranges (a band, a lever's outcome) again on every slider move.
 */
export function formatRangeCached(formatter: ExactNumberFormat, low: string, high: string): string {
  let cache = ranges.get(formatter);
  if (cache === undefined) {
    cache = new Map();
    ranges.set(formatter, cache);
  }
  return remember(cache, `${low}/${high}`, () => formatter.formatRange(low, high));
}

/** A cached ordinal `Intl.PluralRules` for a (validated) locale. */
export function ordinalRules(locale: string): Intl.PluralRules {
  return remember(pluralRules, locale, () => new Intl.PluralRules(locale, { type: "ordinal" }));
}

const LOCALE_EXAMPLES = "en-US, de-DE, ja-JP, fr-FR, en-GB";
const knownLocales = new Map<string, string>();

/**
 * Checks a locale: a string holding a well-formed BCP 47 tag for which this runtime's
 * Intl has number formatting data (Intl would otherwise fall back to its default locale
 * without a word). Returns the canonical tag (`en-us` → `en-US`).
 */
export function readLocale(value: unknown, path: readonly PathSegment[]): string {
  if (typeof value === "string") {
    const known = knownLocales.get(value);
    if (known !== undefined) return known;
    let supported: string[] = [];
    try {
      supported = Intl.NumberFormat.supportedLocalesOf(value);
    } catch {
      // a malformed tag: RangeError, reported below
    }
    const canonical = supported[0];
    if (canonical !== undefined) {
      remember(knownLocales, value, () => canonical);
      return canonical;
    }
  }
  throw new PaybandsError(
    "INVALID_OPTION",
    `locale must be a BCP 47 language tag this runtime's Intl supports, such as ${LOCALE_EXAMPLES}; got ${describeValue(value)}`,
    { path, validChoices: LOCALE_EXAMPLES.split(", ") },
  );
}

let currencies: ReadonlySet<string> | undefined;

/** The ISO 4217 codes this runtime's Intl knows (`Intl.supportedValuesOf("currency")`). */
function knownCurrencies(): ReadonlySet<string> {
  if (currencies === undefined) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    currencies = new Set(intl.supportedValuesOf?.("currency") ?? []);
  }
  return currencies;
}

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * Checks a currency: an ISO 4217 code that this runtime's Intl knows, in any case
 * (`"usd"` is `"USD"`). Returns the upper-case code. Intl itself accepts any three
 * letters (`"XYZ"`) and prints them; that is a typo we would rather report.
 */
export function readCurrency(value: unknown, path: readonly PathSegment[]): string {
  if (typeof value === "string" && CURRENCY_CODE.test(value)) {
    const code = value.toUpperCase();
    const known = knownCurrencies();
    // A runtime without Intl.supportedValuesOf: any well-formed code.
    if (known.size === 0 || known.has(code)) return code;
  }
  const known = [...knownCurrencies()];
  throw new PaybandsError(
    "INVALID_OPTION",
    `currency must be an ISO 4217 currency code such as USD, EUR, GBP, JPY${
      known.length > 0 ? ` (${known.length} are known to this runtime)` : ""
    }; got ${describeValue(value)}`,
    { path, validChoices: known.length > 0 ? known : ["USD", "EUR", "GBP", "JPY"] },
  );
}

/** The number of minor-unit digits of a currency (USD 2, JPY 0, KWD 3), from Intl. */
export function currencyDigits(locale: string, currency: string): number {
  const { maximumFractionDigits } = numberFormat(locale, {
    style: "currency",
    currency,
  }).resolvedOptions();
  return maximumFractionDigits ?? 2;
}

const compactScales = new Map<string, readonly number[]>();

/** The largest power of ten paybands formats: the money bound is 10^15. */
export const MAX_EXPONENT = 15;

/**
 * For each power of ten 10^k (k = 0..15), the power of ten 10^s that the locale's compact
 * notation divides it by: en-US shows 258,300 as "258K" (s = 3 for k = 5), ja-JP as
 * "26万" (s = 4), de-DE as "258.300" (s = 0: German has no short form for thousands),
 * en-IN as "2.6L" (s = 5). Read from Intl itself, by formatting each 10^k and counting
 * the integer digits shown, so it follows the runtime's CLDR data.
 */
export function compactScale(locale: string, currency: string): readonly number[] {
  return remember(compactScales, `${locale}\u0000${currency}`, () => {
    const f = numberFormat(locale, {
      style: "currency",
      currency,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    const scale: number[] = [];
    for (let k = 0; k <= MAX_EXPONENT; k++) {
      const shown = f
        .formatToParts(10 ** k)
        .filter((part) => part.type === "integer")
        .reduce((n, part) => n + part.value.length, 0);
      scale.push(Math.max(0, k - Math.max(shown, 1) + 1));
    }
    return scale;
  });
}
