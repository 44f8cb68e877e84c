import { describe, expect, test } from "vitest";
import { toRows } from "../../src/analysis/index.js";
import { diffDatasets } from "../../src/core/dataset/index.js";
import {
  applyLevers,
  estimateCompensation,
  evaluateOffer,
  getDataset,
  projectCareer,
} from "../../src/index.js";

const ds = getDataset();
const flat = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);

/** Every row has the same keys in the same order, and only flat values. */
function expectFlatAndStable(rows: readonly object[]) {
  expect(rows.length).toBeGreaterThan(0);
  const keys = Object.keys(rows[0] as object);
  for (const row of rows) {
    expect(Object.keys(row)).toEqual(keys);
    for (const v of Object.values(row)) expect(flat(v)).toBe(true);
  }
}

describe("toRows of a dataset", () => {
  test("levels: one row per level (ladder order) per metro, the guide's figures", () => {
    const rows = toRows(ds);
    expectFlatAndStable(rows);
    expect(rows.map((r) => [r.level, r.p25, r.p50, r.p75, r.p90, r.estimatedTotalComp])).toEqual([
      ["junior", 82000, 105000, 128000, 152000, 120000],
      ["mid", 120000, 148000, 180000, 215000, 185000],
      ["senior", 162000, 205000, 255000, 305000, 287000],
      ["staff", 240000, 310000, 400000, 490000, 496000],
    ]);
    const two = toRows(ds, { metros: ["sf", "sea"] });
    expect(two.map((r) => `${r.metro}:${r.level}`)).toEqual([
      "sf-bay-area:junior",
      "sf-bay-area:mid",
      "sf-bay-area:senior",
      "sf-bay-area:staff",
      "seattle:junior",
      "seattle:mid",
      "seattle:senior",
      "seattle:staff",
    ]);
    // 205,000 × 1.26 = 258,300; 287,000 × 1.26 = 361,620
    expect(two[6]).toMatchObject({ p50: 258300, estimatedTotalComp: 361620, premium: 0.26 });
  });

  test("anchors: the long form, one row per level × metro × anchor", () => {
    const rows = toRows(ds, { kind: "anchors", metros: ["austin"] });
    expectFlatAndStable(rows);
    expect(rows).toHaveLength(16);
    // 152,000 × 1.05 = 159,600
    expect(rows[3]).toMatchObject({
      level: "junior",
      metro: "austin",
      p: 90,
      amount: 159600,
      censored: false,
    });
  });

  test("metros, levers, premiums", () => {
    for (const kind of ["metros", "levers", "premiums"] as const)
      expectFlatAndStable(toRows(ds, { kind }));
    expect(toRows(ds, { kind: "metros" }).find((m) => m.baseline)?.metro).toBe("remote-us");
    expect(toRows(ds, { kind: "levers" })[3]).toMatchObject({
      lever: "equity-refresh",
      low: null,
      high: null,
      unit: null,
    });
    expect(toRows(ds, { kind: "levers" })[4]).toMatchObject({
      lever: "sign-on-bonus",
      low: 0.5,
      high: 1,
      basis: "forfeit",
    });
  });

  test("a user's dataset with other anchors: p10..p90 columns, null where a level lacks one", () => {
    const mine = JSON.parse(JSON.stringify(ds));
    mine.levels[0].base.anchors.unshift({ p: 10, amount: 70000 });
    const rows = toRows(mine);
    expect(rows.map((r) => r.p10)).toEqual([70000, null, null, null]);
    expect(Object.keys(rows[0] as object).filter((k) => /^p\d/.test(k))).toEqual([
      "p10",
      "p25",
      "p50",
      "p75",
      "p90",
    ]);
  });

  test("errors: an unknown metro names the valid ones; a kind that does not fit", () => {
    expect(() => toRows(ds, { metros: ["paris"] })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_METRO", path: ["metros", 0] }),
    );
    expect(() => toRows(ds, { metros: [] })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
    expect(() => toRows(ds, { kind: "summary" as "levels" })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["kind"] }),
    );
    expect(() => toRows({} as never)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => toRows(null as never)).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});

describe("toRows of results", () => {
  test("an estimate: one row, premiums as ranges", () => {
    const rows = toRows(
      estimateCompensation({ level: "senior", metro: "seattle", premiums: ["ai-services"] }),
    );
    expectFlatAndStable(rows);
    expect(rows[0]).toMatchObject({
      base: 258300,
      baseLow: 273300,
      baseHigh: 288300,
      premiums: "ai-services",
      p50: 258300,
    });
    expect(() => toRows(estimateCompensation({ level: "senior" }), { kind: "years" })).toThrow(
      /not for an estimate/,
    );
  });

  test("an offer: one row per year, or a summary row", () => {
    const r = evaluateOffer(
      { base: 250000, bonus: { percent: 0.15 }, equity: { grant: 400000, vesting: "back-loaded" } },
      { level: "senior", metro: "seattle" },
    );
    const years = toRows(r);
    expectFlatAndStable(years);
    // back-loaded 5/15/40/40 of 400,000: 20,000 / 60,000 / 160,000 / 160,000
    expect(years.map((y) => y.equity)).toEqual([20000, 60000, 160000, 160000]);
    const [summary] = toRows(r, { kind: "summary" });
    expect(summary).toMatchObject({
      vesting: "back-loaded",
      base: 250000,
      compaRatio: 0.968,
      position: "within",
    });
  });

  test("a career: one row per year × scenario, promotions flagged", () => {
    const c = projectCareer({ level: "senior", years: 6, track: "manager" });
    const rows = toRows(c);
    expectFlatAndStable(rows);
    expect(rows).toHaveLength(21);
    const order = (x: string) => ["low", "expected", "high"].indexOf(x);
    const expected = c.promotions
      .map((p) => [p.scenario, p.year, p.to] as const)
      .sort((a, b) => a[1] - b[1] || order(a[0]) - order(b[0]));
    expect(rows.filter((r) => r.promoted).map((r) => [r.scenario, r.year, r.level])).toEqual(
      expected,
    );
    expect(rows.find((r) => r.level === "engineering-manager")?.totalComp).toBeNull();
  });

  test("levers and a dataset diff", () => {
    const levers = toRows(
      applyLevers({ base: 200000 }, [
        "competing-offer",
        { lever: "sign-on-bonus", forfeit: 120000 },
      ]),
    );
    expectFlatAndStable(levers);
    expect(levers.map((r) => [r.lever, r.low, r.high])).toEqual([
      ["competing-offer", 20000, 40000],
      ["sign-on-bonus", 60000, 120000],
    ]);
    const b = JSON.parse(JSON.stringify(ds));
    b.metros[0].aliases.push("sfo");
    const diff = toRows(diffDatasets(ds, b));
    expectFlatAndStable(diff);
    expect(diff).toEqual([
      {
        type: "changed",
        path: "metros.sf-bay-area.aliases",
        old: '["sf","bay-area","san-francisco","sfba"]',
        new: '["sf","bay-area","san-francisco","sfba","sfo"]',
        change: null,
      },
    ]);
  });
});

describe("toRows: fuzz regressions", () => {
  // Found by tests/fuzz: the message JSON.stringify'd the bad kind, a TypeError for a bigint.
  test.each([
    ["a dataset", getDataset()],
    ["an offer evaluation", evaluateOffer({ base: 200000 }, { level: "senior" })],
  ])("a kind holding a bigint is INVALID_OPTION for %s", (_what, input) => {
    let error: unknown;
    try {
      toRows(input as never, { kind: { x: 0n } } as never);
    } catch (e) {
      error = e;
    }
    expect((error as { code?: string }).code).toBe("INVALID_OPTION");
    expect((error as { path?: unknown }).path).toEqual(["kind"]);
  });
});
