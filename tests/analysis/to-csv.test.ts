import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toCSV, toRows } from "../../src/analysis/index.js";
import { getDataset } from "../../src/index.js";

/** Parses CSV back, telling a quoted empty field ("", the empty string) from an unquoted one (null). */
function parseBack(text: string): Record<string, string | null>[] {
  return parse(text, {
    columns: true,
    cast: (value, context) => (value === "" && !context.quoting ? null : value),
  }) as Record<string, string | null>[];
}

describe("toCSV", () => {
  test("RFC 4180: header, CRLF line ends, quotes around fields with quotes, commas, CR or LF", () => {
    const text = toCSV([
      { a: "plain", b: 'say "hi"', c: "x,y" },
      { a: "line\nbreak", b: "cr\rhere", c: "crlf\r\nhere" },
    ]);
    expect(text).toBe(
      'a,b,c\r\nplain,"say ""hi""","x,y"\r\n"line\nbreak","cr\rhere","crlf\r\nhere"\r\n',
    );
    expect(parseBack(text)).toEqual([
      { a: "plain", b: 'say "hi"', c: "x,y" },
      { a: "line\nbreak", b: "cr\rhere", c: "crlf\r\nhere" },
    ]);
  });

  test("numbers as JavaScript writes them, no separators; null and undefined empty; '' quoted", () => {
    expect(
      toCSV([
        { n: 205000, f: 0.38, neg: -1.5e-7, big: 1e21, t: true, nil: null, u: undefined, e: "" },
      ]),
    ).toBe('n,f,neg,big,t,nil,u,e\r\n205000,0.38,-1.5e-7,1e+21,true,,,""\r\n');
  });

  test("the header is the union of keys in first-seen order; missing keys are empty", () => {
    const text = toCSV([{ a: 1 }, { b: 2, a: 3 }, { c: 4 }]);
    expect(text).toBe("a,b,c\r\n1,,\r\n3,2,\r\n,,4\r\n");
    expect(parseBack(text)).toEqual([
      { a: "1", b: null, c: null },
      { a: "3", b: "2", c: null },
      { a: null, b: null, c: "4" },
    ]);
  });

  test("options: columns (order and subset), header, newline", () => {
    const rows = [{ level: "senior", p50: 205000, p90: 305000 }];
    expect(toCSV(rows, { columns: ["p90", "level", "missing"] })).toBe(
      "p90,level,missing\r\n305000,senior,\r\n",
    );
    expect(toCSV(rows, { header: false, newline: "\n" })).toBe("senior,205000,305000\n");
    expect(() => toCSV(rows, { newline: "\r" as "\n" })).toThrow(/newline must be/);
  });

  test("edge cases: no rows, no columns, one empty column, objects as JSON, bad input", () => {
    expect(toCSV([])).toBe("");
    expect(toCSV([{}, {}])).toBe("");
    expect(toCSV([{ a: null }])).toBe('a\r\n""\r\n');
    expect(toCSV([{ list: [1, "a,b"], when: new Date(0) }])).toBe(
      'list,when\r\n"[1,""a,b""]",1970-01-01T00:00:00.000Z\r\n',
    );
    expect(() => toCSV("a,b" as unknown as object[])).toThrow(/array of row objects/);
    expect(() => toCSV([1 as unknown as object])).toThrow(/row 0 is not an object/);
  });

  test("a dataset's rows round-trip", () => {
    const rows = toRows(getDataset(), { metros: ["sf", "remote"] });
    const back = parseBack(toCSV(rows));
    expect(back).toHaveLength(8);
    back.forEach((r, i) => {
      const row = rows[i] as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(r))
        expect(v).toBe(row[k] === null ? null : String(row[k]));
    });
  });

  test("property: arbitrary string and number rows parse back to the same rows", () => {
    const key = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== "__proto__");
    const value = fc.oneof(
      fc.string({
        unit: fc.constantFrom("a", "Z", " ", ",", '"', "\r", "\n", "é", "😀", "\t", "="),
      }),
      fc.string(),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), { maxLength: 8 }),
        (keys, table) => {
          const rows = table.map((values) =>
            Object.fromEntries(keys.map((k, i) => [k, values[i]])),
          );
          const text = toCSV(rows);
          if (rows.length === 0) {
            expect(parseBack(text)).toEqual([]);
            return;
          }
          const expected = rows.map((r) =>
            Object.fromEntries(
              // A lone null field is written "" (an empty line could be skipped): it reads back as "".
              Object.entries(r).map(([k, v]) => [
                k,
                v === null ? (keys.length === 1 ? "" : null) : String(v),
              ]),
            ),
          );
          expect(parseBack(text)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("toCSV: fuzz regressions", () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      return (e as { code?: string }).code;
    }
    return undefined;
  };
  // Found by tests/fuzz: JSON.stringify threw a TypeError on a bigint inside a cell.
  test("a bigint inside an object cell is written as its digits", () => {
    expect(toCSV([{ a: { n: 12n } }])).toBe('a\r\n"{""n"":""12""}"\r\n');
  });
  // Found by tests/fuzz: forEach skipped the hole, then Object.keys(undefined) threw.
  test("a hole in the rows is INVALID_INPUT at its index", () => {
    let error: unknown;
    try {
      // biome-ignore lint/suspicious/noSparseArray: a hole is the input under test
      toCSV([{ a: 1 }, , { a: 2 }] as unknown as object[]);
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).toBe("INVALID_INPUT");
    expect((error as { path?: unknown }).path).toEqual([1]);
  });
  // Found by tests/fuzz: non-object options and non-string columns threw TypeErrors.
  test.each([null, 5, { colums: ["a"] }, { columns: [1] }, { columns: "a" }])(
    "options %j are INVALID_OPTION",
    (options) => {
      expect(code(() => toCSV([{ a: 1 }], options as never))).toBe("INVALID_OPTION");
    },
  );
});
