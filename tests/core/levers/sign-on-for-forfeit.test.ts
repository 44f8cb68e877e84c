import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { signOnForForfeit as signOnForForfeitBound } from "../../../src/bound/sign-on-for-forfeit.js";
import { type ForfeitInput, signOnForForfeit } from "../../../src/core/levers/index.js";
import { getDataset } from "../../../src/index.js";
import type { Dataset } from "../../../src/schemas/dataset.js";
import { replayTrace } from "../../helpers/replay-trace.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();

describe("signOnForForfeit: hand-worked references", () => {
  test.each([
    // forfeit, expected range — the guide: companies "cover 50-100% of the forfeit"
    [120000, [60000, 120000]], // 120,000 × 0.5, × 1
    [0, [0, 0]],
    [85001, [42500, 85001]], // 42,500.5 → half-even 42,500
    [85003, [42502, 85003]], // 42,501.5 → half-even 42,502
    [{ shares: 1000, price: 150 }, [75000, 150000]], // 1,000 × 150 = 150,000
    [{ shares: 800, price: 152.37 }, [60948, 121896]], // 121,896 × 0.5 = 60,948
  ] as const)("%j → %j", (forfeit, range) => {
    const r = signOnForForfeit(ds, forfeit);
    expect(r.range).toEqual(range);
    expect(r.lever).toBe("sign-on-bonus");
    expect(r.fraction).toEqual([0.5, 1]);
    const { values, problems } = replayTrace(r.trace);
    expect(problems).toEqual([]);
    expect(values.get("signOn.low.rounded")).toBe(r.range[0]);
    expect(values.get("signOn.high.rounded")).toBe(r.range[1]);
    expect(values.get("forfeit.rounded")).toBe(r.forfeit);
  });

  test("the forfeit is reported, as shares × price when so given", () => {
    expect(signOnForForfeit(ds, { shares: 1000, price: 150 }).forfeit).toBe(150000);
    expect(signOnForForfeit(ds, 120000).forfeit).toBe(120000);
  });

  test("rounding option", () => {
    // 123,456 × 0.5 = 61,728 → to $1,000 half-even 62,000; 123,456 → 123,000.
    expect(signOnForForfeit(ds, 123456, { round: 1000 }).range).toEqual([62000, 123000]);
    expect(signOnForForfeit(ds, 1001, { round: "none" }).range).toEqual([500.5, 1001]);
  });

  test("bound version and result shape", () => {
    const r = signOnForForfeitBound({ shares: 800, price: 150 });
    expect(r).toEqual(signOnForForfeit(ds, { shares: 800, price: 150 }));
    expect(r.range).toEqual([60000, 120000]);
    expect(r.dataset).toEqual({ id: "backend-developer", version: "2026.1.0" });
    expect(Object.isFrozen(r)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe("signOnForForfeit: properties", () => {
  const D = Decimal.clone({ precision: 50 });
  test("range = forfeit × [0.5, 1] rounded once; low <= high; monotone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        (a, extra) => {
          const r = signOnForForfeit(ds, a);
          expect(r.range[0]).toBe(
            new D(a).times(0.5).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber(),
          );
          expect(r.range[1]).toBe(a);
          expect(r.range[0]).toBeLessThanOrEqual(r.range[1]);
          const more = signOnForForfeit(ds, a + extra);
          expect(more.range[0]).toBeGreaterThanOrEqual(r.range[0]);
          expect(more.range[1]).toBeGreaterThanOrEqual(r.range[1]);
          expect(replayTrace(r.trace).problems).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("signOnForForfeit: bad input", () => {
  test.each([
    ["negative", -1, "INVALID_AMOUNT", ["forfeit"]],
    ["NaN", Number.NaN, "INVALID_AMOUNT", ["forfeit"]],
    ["Infinity", Number.POSITIVE_INFINITY, "INVALID_AMOUNT", ["forfeit"]],
    ["string", "120000", "INVALID_AMOUNT", ["forfeit"]],
    ["missing", undefined, "INVALID_INPUT", ["forfeit"]],
    ["null", null, "INVALID_AMOUNT", ["forfeit"]],
    ["negative shares", { shares: -1, price: 10 }, "INVALID_INPUT", ["forfeit", "shares"]],
    ["price string", { shares: 1, price: "10" }, "INVALID_AMOUNT", ["forfeit", "price"]],
    ["missing price", { shares: 1 }, "INVALID_AMOUNT", ["forfeit", "price"]],
    ["unknown key", { shares: 1, price: 1, grant: 5 }, "INVALID_INPUT", ["forfeit", "grant"]],
    ["too large", { shares: 1e10, price: 1e10 }, "INVALID_AMOUNT", []],
  ] as const)("%s", (_, forfeit, code, path) => {
    const e = thrown(() => signOnForForfeit(ds, forfeit as unknown as ForfeitInput));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  test("options", () => {
    const unknown = thrown(() => signOnForForfeit(ds, 1, { rounding: 1 } as never));
    expect(unknown.code).toBe("INVALID_OPTION");
    expect(unknown.path).toEqual(["rounding"]);
    const round = thrown(() => signOnForForfeit(ds, 1, { round: 7 } as never));
    expect(round.code).toBe("INVALID_OPTION");
    expect(round.path).toEqual(["round"]);
  });

  test("a dataset without a sign-on lever", () => {
    const bare = { ...ds, levers: ds.levers.filter((l) => l.id !== "sign-on-bonus") } as Dataset;
    const e = thrown(() => signOnForForfeit(bare, 1000));
    expect(e.code).toBe("UNKNOWN_LEVER");
  });
});
