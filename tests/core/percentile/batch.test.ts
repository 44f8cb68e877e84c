import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  interpolatePercentile,
  interpolatePercentiles,
  isPaybandsError,
  percentileRank,
  percentileRanks,
} from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";
import { bandArb, LEVELS, METHODS, percentileArb, TAILS } from "./helpers.js";

/** The scalar function's outcome for one row: its value, or the error code it throws. */
function scalar(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    if (isPaybandsError(e)) return e.code;
    throw e;
  }
}

/** The batch function's outcome for one row, computed alone so each row's error shows. */
function batchRow(f: () => Float64Array): number | string {
  try {
    return f()[0] as number;
  } catch (e) {
    if (isPaybandsError(e)) return e.code;
    throw e;
  }
}

describe("batch = scalar, row by row", () => {
  const method = fc.constantFrom(...METHODS);
  const tail = fc.constantFrom(...TAILS);
  const round = fc.constantFrom<1 | 100 | 1000 | "none">(1, 100, 1000, "none");

  test("interpolatePercentiles", () => {
    fc.assert(
      fc.property(
        bandArb,
        fc.array(percentileArb, { maxLength: 40 }),
        method,
        tail,
        round,
        (band, ps, m, t, r) => {
          const options = { method: m, tail: t, round: r };
          const expected = ps.map((p) => scalar(() => interpolatePercentile(band, p, options)));
          if (expected.every((x) => typeof x === "number")) {
            expect(Array.from(interpolatePercentiles(band, ps, options))).toEqual(expected);
            expect(
              Array.from(interpolatePercentiles(band, Float64Array.from(ps), options)),
            ).toEqual(expected);
          }
          ps.forEach((p, i) => {
            expect(
              batchRow(() => interpolatePercentiles(band, [p], options)),
              `row ${i}`,
            ).toEqual(expected[i]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test("percentileRanks", () => {
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 2_000_000 }),
      fc.double({ min: 1, max: 1e7, noNaN: true }),
    );
    fc.assert(
      fc.property(bandArb, fc.array(amount, { maxLength: 40 }), method, tail, (band, xs, m, t) => {
        const options = { method: m, tail: t };
        const expected = xs.map((x) => scalar(() => percentileRank(band, x, options)));
        if (expected.every((x) => typeof x === "number")) {
          expect(Array.from(percentileRanks(band, xs, options))).toEqual(expected);
        }
        xs.forEach((x, i) => {
          expect(
            batchRow(() => percentileRanks(band, [x], options)),
            `row ${i}`,
          ).toEqual(expected[i]);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("batch errors name the row", () => {
  test("a bad percentile", () => {
    const e = thrown(() => interpolatePercentiles(LEVELS.senior, [25, 50, 100]));
    expect(e.code).toBe("INVALID_PERCENTILE");
    expect(e.path).toEqual(["ps", 2]);
    expect(e.message).toMatch(/^ps\[2\]: /);
  });

  test("a bad amount", () => {
    const e = thrown(() => percentileRanks(LEVELS.senior, Float64Array.from([100000, Number.NaN])));
    expect(e).toMatchObject({ code: "INVALID_AMOUNT", path: ["amounts", 1] });
  });

  test("out of range under the error tail", () => {
    expect(
      thrown(() => interpolatePercentiles(LEVELS.senior, [50, 95], { tail: "error" })),
    ).toMatchObject({
      code: "PERCENTILE_OUT_OF_RANGE",
      path: ["ps", 1],
    });
  });

  test.each([undefined, null, "25,50", 50, { 0: 25, length: 1 }])(
    "a column that is not one: %j",
    (ps) => {
      expect(thrown(() => interpolatePercentiles(LEVELS.senior, ps as never))).toMatchObject({
        code: "INVALID_INPUT",
        path: ["ps"],
      });
    },
  );

  test("a bad band or option fails before any row", () => {
    expect(thrown(() => interpolatePercentiles({ anchors: [] }, [50])).code).toBe("INVALID_BAND");
    expect(
      thrown(() => percentileRanks(LEVELS.senior, [1], { method: "cubic" as never })).code,
    ).toBe("INVALID_OPTION");
  });
});

test("an empty column gives an empty Float64Array", () => {
  const out = interpolatePercentiles(LEVELS.junior, []);
  expect(out).toBeInstanceOf(Float64Array);
  expect(out.length).toBe(0);
});

test("hand-checked: the senior anchors come back exactly, and p60 is $222,514 (see the reference test)", () => {
  expect(Array.from(interpolatePercentiles(LEVELS.senior, [25, 50, 60, 75, 90]))).toEqual([
    162000, 205000, 222514, 255000, 305000,
  ]);
});
