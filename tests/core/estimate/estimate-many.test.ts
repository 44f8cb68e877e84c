import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import { estimateCompensation, estimateMany, getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();
const NOW = "2026-11-28";

describe("estimateMany: hand-worked values", () => {
  test("senior p50 in Seattle (205,000 × 1.26 = 258,300; TC × 1.4) and mid p75 nationally (the anchor, 180,000)", () => {
    const [a, b] = estimateMany([
      { level: "senior", metro: "seattle", now: NOW },
      { level: "mid", percentile: 75, now: NOW },
    ]);
    expect([a?.base, a?.totalComp]).toEqual([258300, 361620]);
    expect(b?.base).toBe(180000);
    expect(b?.level).toBe("mid");
  });

  test("an empty list gives an empty list", () => {
    expect(estimateMany([])).toEqual([]);
    expect(core.estimateMany(ds, [])).toEqual([]);
  });
});

describe("estimateMany = estimateCompensation row by row", () => {
  const row = fc.record(
    {
      level: fc.constantFrom("junior", "mid", "senior", "staff", "sr"),
      metro: fc.constantFrom("seattle", "sf", "nyc", "austin", "remote"),
      percentile: fc.double({ min: 1, max: 99, noNaN: true }),
      premiums: fc.constantFrom([], ["go-rust"], ["ai-services"]),
      round: fc.constantFrom(1, 100, 1000),
    },
    { requiredKeys: ["level"] },
  );

  test("each result equals the scalar call on the same row (root and core entries)", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const inputs = rows.map((r) => ({ ...r, anyLevelPremiums: true, now: NOW }));
        const scalar = inputs.map((r) => estimateCompensation(r));
        expect(estimateMany(inputs)).toEqual(scalar);
        expect(core.estimateMany(ds, inputs)).toEqual(scalar);
      }),
      { numRuns: 40 },
    );
  });

  test("a bad row throws the scalar error, with its index in front of the path and in the message", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), (bad, after) => {
        const rows = [
          ...Array.from({ length: bad }, () => ({ level: "senior", now: NOW })),
          { level: "cto", now: NOW },
          ...Array.from({ length: after }, () => ({ level: "mid", metro: "atlantis", now: NOW })),
        ];
        const scalar = thrown(() => estimateCompensation({ level: "cto", now: NOW }));
        const err = thrown(() => estimateMany(rows));
        expect(err.code).toBe(scalar.code);
        expect(err.path).toEqual([bad, ...scalar.path]);
        expect(err.message).toBe(`[${bad}]: ${scalar.message}`);
        expect(err.validChoices).toEqual(scalar.validChoices);
      }),
      { numRuns: 20 },
    );
  });

  test('the row\'s field is in the path: [3, "percentile"], [1, "metro"]', () => {
    const rows = [
      { level: "senior" },
      { level: "senior" },
      { level: "senior" },
      { level: "senior", percentile: 100 },
    ];
    expect(thrown(() => estimateMany(rows))).toMatchObject({
      code: "INVALID_PERCENTILE",
      path: [3, "percentile"],
    });
    expect(
      thrown(() => estimateMany([{ level: "senior" }, { level: "senior", metro: "atlantis" }])),
    ).toMatchObject({
      code: "UNKNOWN_METRO",
      path: [1, "metro"],
    });
  });

  test("not an array: INVALID_INPUT", () => {
    for (const bad of [undefined, null, {}, "senior", { level: "senior" }]) {
      const err = thrown(() => estimateMany(bad as never));
      expect(err.code).toBe("INVALID_INPUT");
      expect(err.path).toEqual([]);
      expect(err.message).toMatch(/must be an array/);
    }
  });
});
