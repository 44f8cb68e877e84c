/**
 * Properties of projectCareer over arbitrary levels, metros, percentiles, horizons,
 * tracks and annual raises: scenario ordering, monotone paths, shape, consistency of
 * promotions with the path, and an independent replay of the trace.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { projectCareer } from "../../../src/core/career/index.js";
import type { CareerScenario } from "../../../src/core/career/types.js";
import { getDataset } from "../../../src/index.js";
import { expectTraceReplays } from "../../helpers/replay-trace.js";

const ds = getDataset();
const SCENARIOS: CareerScenario[] = ["low", "expected", "high"];

const input = fc.record({
  level: fc.constantFrom(...ds.levels.map((l) => l.id)),
  metro: fc.constantFrom(...ds.metros.map((m) => m.id)),
  percentile: fc.oneof(
    fc.integer({ min: 1, max: 99 }),
    fc.double({ min: 1, max: 99, noNaN: true }),
  ),
  years: fc.integer({ min: 1, max: 40 }),
  track: fc.constantFrom("ic" as const, "manager" as const),
  annualRaise: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.1, noNaN: true })),
});

describe("projectCareer: properties", () => {
  test("low <= expected <= high every year, and no scenario's base ever decreases", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = projectCareer(ds, i);
        for (const row of r.path) {
          expect(row.low.base).toBeLessThanOrEqual(row.expected.base);
          expect(row.expected.base).toBeLessThanOrEqual(row.high.base);
        }
        for (const s of SCENARIOS) {
          for (let y = 1; y < r.path.length; y++) {
            expect(r.path[y]?.[s].base).toBeGreaterThanOrEqual(r.path[y - 1]?.[s].base as number);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test("the path has years + 1 rows, years 0..years, and year 0 is the same in every scenario", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = projectCareer(ds, i);
        expect(r.path.map((row) => row.year)).toEqual([...Array(i.years + 1).keys()]);
        const first = r.path[0];
        expect(first?.low).toEqual(first?.high);
        expect(first?.expected).toEqual(first?.high);
        expect(first?.high.level).toBe(i.level);
      }),
      { numRuns: 100 },
    );
  });

  test("on the IC track total comp is ordered too, and total comp >= base wherever it is given", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = projectCareer(ds, i);
        for (const row of r.path) {
          for (const s of SCENARIOS) {
            const p = row[s];
            if (p.totalComp !== null) expect(p.totalComp).toBeGreaterThanOrEqual(p.base);
            else expect(ds.levels.some((l) => l.id === p.level)).toBe(false);
          }
          if (i.track === "ic") {
            expect(row.low.totalComp as number).toBeLessThanOrEqual(
              row.expected.totalComp as number,
            );
            expect(row.expected.totalComp as number).toBeLessThanOrEqual(
              row.high.totalComp as number,
            );
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  test("levels change exactly at the listed promotions; high promotes no later than expected, expected no later than low", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = projectCareer(ds, i);
        for (const s of SCENARIOS) {
          const mine = r.promotions.filter((p) => p.scenario === s);
          const changes = r.path
            .slice(1)
            .filter((row, k) => row[s].level !== r.path[k]?.[s].level)
            .map((row) => [row.year, row[s].level]);
          expect(changes).toEqual(mine.map((p) => [p.year, p.to]));
          for (const p of mine) {
            expect(p.year).toBeGreaterThanOrEqual(1);
            expect(p.year).toBeLessThanOrEqual(i.years);
          }
        }
        const count = (s: CareerScenario, y: number) =>
          r.promotions.filter((p) => p.scenario === s && p.year <= y).length;
        for (let y = 0; y <= i.years; y++) {
          expect(count("high", y)).toBeGreaterThanOrEqual(count("expected", y));
          expect(count("expected", y)).toBeGreaterThanOrEqual(count("low", y));
        }
      }),
      { numRuns: 100 },
    );
  });

  test("the trace replays (every step re-done with decimal.js) and its rounding steps are the output", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = projectCareer(ds, i);
        const values = expectTraceReplays(r.trace);
        for (const row of r.path) {
          for (const s of SCENARIOS) {
            expect(values.get(`path.${s}.${row.year}.base`)).toBe(row[s].base);
            const tc = values.get(`path.${s}.${row.year}.totalComp`);
            expect(tc ?? null).toBe(row[s].totalComp);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  test("results are frozen and survive JSON", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = projectCareer(ds, i);
        expect(Object.isFrozen(r) && Object.isFrozen(r.path) && Object.isFrozen(r.trace)).toBe(
          true,
        );
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 30 },
    );
  });
});
