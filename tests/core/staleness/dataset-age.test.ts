import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import type { Dataset } from "../../../src/index.js";
import { datasetAge, getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset(); // effective 2026-01-01
const at = (effectiveDate: string): Dataset => ({ ...ds, effectiveDate });

describe("datasetAge: hand-counted ages of the embedded dataset (effective 2026-01-01)", () => {
  test("on 2026-11-28: 331 days (31+28+31+30+31+30+31+31+30+31 + 27), 10 whole months, fresh", () => {
    expect(core.datasetAge(ds, "2026-11-28")).toEqual({
      effectiveDate: "2026-01-01",
      now: "2026-11-28",
      days: 331,
      months: 10,
      stale: false,
      limitMonths: 18,
    });
  });

  test("the 18-month limit: 2027-07-01 is exactly 18 months (not older), 2027-07-02 is stale", () => {
    expect(core.datasetAge(ds, "2027-07-01")).toMatchObject({
      days: 546,
      months: 18,
      stale: false,
    });
    expect(core.datasetAge(ds, "2027-07-02")).toMatchObject({ days: 547, months: 18, stale: true });
    expect(core.datasetAge(ds, "2027-08-01")).toMatchObject({ months: 19, stale: true });
  });

  test("staleAfterMonths moves the limit; 0 makes any later day stale", () => {
    expect(core.datasetAge(ds, "2027-08-01", { staleAfterMonths: 24 })).toMatchObject({
      stale: false,
      limitMonths: 24,
    });
    expect(core.datasetAge(ds, "2026-11-28", { staleAfterMonths: 6 }).stale).toBe(true);
    expect(core.datasetAge(ds, "2026-01-01", { staleAfterMonths: 0 }).stale).toBe(false);
    expect(core.datasetAge(ds, "2026-01-02", { staleAfterMonths: 0 }).stale).toBe(true);
  });

  test("staleAfterMonths -0 is the limit 0, reported as 0 (a fuzz find: it came back as -0)", () => {
    const age = core.datasetAge(ds, "2026-01-02", { staleAfterMonths: -0 });
    expect(Object.is(age.limitMonths, 0)).toBe(true);
    expect(age.stale).toBe(true);
  });

  test("UTC calendar dates: the time zone of `now` decides its day, not the machine's", () => {
    // 23:30 in UTC-5 is 04:30 the next day in UTC.
    expect(core.datasetAge(ds, new Date("2027-07-01T23:30:00-05:00"))).toMatchObject({
      now: "2027-07-02",
      stale: true,
    });
    // 00:30 in UTC+2 is 22:30 the day before in UTC.
    expect(core.datasetAge(ds, "2027-07-02T00:30:00+02:00")).toMatchObject({
      now: "2027-07-01",
      stale: false,
    });
  });

  test("a month ends on the same day of a later month, or on its last day when shorter", () => {
    const jan31 = at("2026-01-31");
    expect(core.datasetAge(jan31, "2026-02-27").months).toBe(0);
    expect(core.datasetAge(jan31, "2026-02-28").months).toBe(1);
    expect(core.datasetAge(jan31, "2026-03-30").months).toBe(1);
    expect(core.datasetAge(jan31, "2026-03-31").months).toBe(2);
    expect(core.datasetAge(jan31, "2026-02-28", { staleAfterMonths: 1 }).stale).toBe(false);
    expect(core.datasetAge(jan31, "2026-03-01", { staleAfterMonths: 1 }).stale).toBe(true);
    const leapDay = at("2024-02-29");
    expect(core.datasetAge(leapDay, "2025-02-28")).toMatchObject({ days: 365, months: 12 });
  });

  test("a `now` before the effective date gives negative ages and is never stale", () => {
    expect(core.datasetAge(ds, "2025-12-31")).toMatchObject({ days: -1, months: 0, stale: false });
    expect(Object.is(core.datasetAge(ds, "2025-12-31").months, 0)).toBe(true); // not -0
    expect(core.datasetAge(ds, "2025-11-15")).toMatchObject({ days: -47, months: -1 });
  });

  test("the default `now` is the current time; the root binds the default dataset", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(core.datasetAge(ds).now).toBe(today);
    expect(datasetAge()).toEqual(core.datasetAge(ds, new Date()));
    expect(datasetAge("2027-08-01", { staleAfterMonths: 24 })).toEqual(
      core.datasetAge(ds, "2027-08-01", { staleAfterMonths: 24 }),
    );
  });

  test("the result is frozen and JSON-serialisable", () => {
    const age = core.datasetAge(ds, "2026-11-28");
    expect(Object.isFrozen(age)).toBe(true);
    expect(JSON.parse(JSON.stringify(age))).toEqual(age);
  });
});

describe("datasetAge: bad input is an INVALID_OPTION with its path", () => {
  test.each([["yesterday"], ["2026-13-45"], [new Date("not a date")], [12345], [null]])(
    "now = %s",
    (now) => {
      const err = thrown(() => core.datasetAge(ds, now as never));
      expect(err).toMatchObject({ code: "INVALID_OPTION", path: ["now"] });
    },
  );

  test.each([[-1], [1.5], ["18"], [1201], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "staleAfterMonths = %s",
    (limit) => {
      const err = thrown(() =>
        core.datasetAge(ds, "2026-11-28", { staleAfterMonths: limit as never }),
      );
      expect(err).toMatchObject({ code: "INVALID_OPTION", path: ["staleAfterMonths"] });
    },
  );

  test("an unknown option key names the valid one", () => {
    const err = thrown(() => core.datasetAge(ds, "2026-11-28", { staleAfter: 3 } as never));
    expect(err).toMatchObject({ code: "INVALID_OPTION", path: ["staleAfter"] });
    expect(err.validChoices).toEqual(["staleAfterMonths"]);
  });
});

describe("datasetAge: properties", () => {
  const day = fc
    .date({
      min: new Date("1990-01-01T00:00:00Z"),
      max: new Date("2090-12-31T23:59:59Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  test("days are the UTC day difference; the age grows with `now`; stale stays stale", () => {
    fc.assert(
      fc.property(day, day, day, fc.integer({ min: 0, max: 120 }), (eff, a, b, limit) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const d = at(eff);
        const x = core.datasetAge(d, lo, { staleAfterMonths: limit });
        const y = core.datasetAge(d, hi, { staleAfterMonths: limit });
        expect(x.days).toBe((Date.parse(lo) - Date.parse(eff)) / 86_400_000);
        expect(x.months).toBeLessThanOrEqual(y.months);
        if (x.stale) expect(y.stale).toBe(true);
        // Stale exactly when more than `limit` whole months have passed, or `limit` months and a day.
        if (x.months > limit) expect(x.stale).toBe(true);
        if (x.months < limit) expect(x.stale).toBe(false);
        // Whole months are at most days / 28 and at least days / 31 - 1.
        if (x.days >= 0) {
          expect(x.months).toBeLessThanOrEqual(x.days / 28);
          expect(x.months).toBeGreaterThanOrEqual(x.days / 31 - 1);
        }
      }),
    );
  });
});
