import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import { evaluateOffer, evaluateOffers, getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();
const NOW = "2026-11-28";

describe("evaluateOffers: hand-worked values", () => {
  test("base only, and base + 10% bonus: first-year totals 200,000 and 220,000", () => {
    const r = evaluateOffers([
      { offer: { base: 200000 }, context: { level: "senior", now: NOW } },
      { offer: { base: 200000, bonus: { percent: 0.1 } }, context: { level: "senior", now: NOW } },
    ]);
    expect(r.map((e) => e.firstYearTotal)).toEqual([200000, 220000]);
  });

  test("the guide's back-loaded grant vests 20k, 60k, 160k, 160k; each row keeps its own context", () => {
    const [a, b] = evaluateOffers([
      {
        offer: { base: 200000, equity: { grant: 400000, vesting: "back-loaded" } },
        context: { level: "senior", now: NOW },
      },
      {
        offer: { base: 250000, signOn: 30000 },
        context: { level: "senior", metro: "seattle", now: NOW },
      },
    ]);
    expect(a?.years.map((y) => y.equity)).toEqual([20000, 60000, 160000, 160000]);
    // 250,000 ÷ Seattle's p50 (205,000 × 1.26 = 258,300) = 0.968.
    expect(b?.compaRatio).toBe(0.968);
    expect(b?.firstYearTotal).toBe(280000);
  });

  test("an empty list gives an empty list", () => {
    expect(evaluateOffers([])).toEqual([]);
    expect(core.evaluateOffers(ds, [])).toEqual([]);
  });
});

describe("evaluateOffers = evaluateOffer row by row", () => {
  const offer = fc.record(
    {
      base: fc.integer({ min: 50000, max: 600000 }),
      bonus: fc.record({ percent: fc.constantFrom(0, 0.1, 0.15, 0.2) }),
      equity: fc.record({
        grant: fc.integer({ min: 0, max: 1_000_000 }),
        vesting: fc.constantFrom("even", "cliff", "front-loaded", "back-loaded"),
      }),
      signOn: fc.integer({ min: 0, max: 100000 }),
    },
    { requiredKeys: ["base"] },
  );
  const context = fc.record({
    level: fc.constantFrom("junior", "mid", "senior", "staff"),
    metro: fc.constantFrom("seattle", "sf", "austin", "remote"),
  });

  test("each result equals the scalar call on the same row (root and core entries)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ offer, context }), { maxLength: 6 }), (rows) => {
        const withNow = rows.map((r) => ({ offer: r.offer, context: { ...r.context, now: NOW } }));
        const scalar = withNow.map((r) => evaluateOffer(r.offer, r.context));
        expect(evaluateOffers(withNow)).toEqual(scalar);
        expect(core.evaluateOffers(ds, withNow)).toEqual(scalar);
      }),
      { numRuns: 30 },
    );
  });

  test("a bad row throws the scalar error, with its index in front of the path and in the message", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), (bad) => {
        const good = { offer: { base: 200000 }, context: { level: "senior", now: NOW } };
        const wrong = { offer: { base: -1 }, context: { level: "senior", now: NOW } };
        const rows = [...Array.from({ length: bad }, () => good), wrong, good];
        const scalar = thrown(() => evaluateOffer(wrong.offer, wrong.context));
        const err = thrown(() => evaluateOffers(rows));
        expect(err.code).toBe(scalar.code);
        expect(err.path).toEqual([bad, ...scalar.path]);
        expect(err.message).toBe(`[${bad}]: ${scalar.message}`);
      }),
      { numRuns: 20 },
    );
  });

  test('context errors carry the row index: [3, "level"]', () => {
    const good = { offer: { base: 200000 }, context: { level: "senior" } };
    const err = thrown(() =>
      evaluateOffers([good, good, good, { offer: { base: 1 }, context: { level: "cto" } }]),
    );
    expect(err).toMatchObject({ code: "UNKNOWN_LEVEL", path: [3, "level"] });
    expect(err.message).toMatch(/^\[3\]: /);
  });

  test("rows that are not { offer, context }, and a list that is not an array: INVALID_INPUT", () => {
    expect(thrown(() => evaluateOffers([null as never]))).toMatchObject({
      code: "INVALID_INPUT",
      path: [0],
    });
    expect(
      thrown(() =>
        evaluateOffers([{ offer: { base: 1 }, context: { level: "senior" }, extra: 1 } as never]),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", path: [0, "extra"] });
    for (const bad of [
      undefined,
      {},
      "offers",
      { offer: { base: 1 }, context: { level: "senior" } },
    ]) {
      expect(thrown(() => evaluateOffers(bad as never))).toMatchObject({
        code: "INVALID_INPUT",
        path: [],
      });
    }
  });
});
