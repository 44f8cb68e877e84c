/**
 * projectCareer: references worked out by hand from the guide's progression table
 * (years per step and raise ranges), notes and milestones, and bad input.
 *
 * The guide's steps: junior → mid 2–3 years +28–42%; mid → senior 3–5 years +30–45%;
 * senior → staff 3–6 years +40–65%; senior → engineering manager 3–5 years +10–20%.
 * Scenario years: high = fewest, expected = ceil(midpoint), low = most, so
 * junior → mid 2 / 3 / 3, mid → senior 3 / 4 / 5, senior → staff 3 / 5 / 6 and
 * senior → EM 3 / 4 / 5 (high / expected / low). Midpoint raises: 35%, 37.5%, 52.5%, 15%.
 * TC/base multipliers (estimated TC ÷ p50 base): junior 120/105, mid 185/148 = 1.25,
 * senior 287/205 = 1.4, staff 496/310 = 1.6.
 */
import { describe, expect, test } from "vitest";
import { projectCareer as boundProjectCareer } from "../../../src/bound/project-career.js";
import { projectCareer } from "../../../src/core/career/index.js";
import { getDataset } from "../../../src/index.js";
import { parseDataset } from "../../../src/schemas/index.js";
import { expectTraceReplays } from "../../helpers/replay-trace.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();

const bases = (r: ReturnType<typeof projectCareer>, year: number) => {
  const row = r.path[year];
  if (row === undefined) throw new Error(`no row ${year}`);
  return [row.low.base, row.expected.base, row.high.base];
};
const levels = (r: ReturnType<typeof projectCareer>, year: number) => {
  const row = r.path[year];
  if (row === undefined) throw new Error(`no row ${year}`);
  return [row.low.level, row.expected.level, row.high.level];
};

describe("projectCareer: IC track from junior at p50, national (hand-worked)", () => {
  const r = projectCareer(ds, { level: "junior", years: 14, track: "ic" });

  test("year 0 is the junior p50 anchor, $105,000 (× 1, remote-us)", () => {
    expect(bases(r, 0)).toEqual([105000, 105000, 105000]);
    expect(levels(r, 0)).toEqual(["junior", "junior", "junior"]);
    // 105,000 × 120,000 ÷ 105,000 = 120,000 (the guide's ~$120k)
    expect(r.path[0]?.expected.totalComp).toBe(120000);
  });

  test("high: mid after 2 years with +42%, senior 3 years later +45%, staff 3 years later +65%", () => {
    expect(bases(r, 1)).toEqual([105000, 105000, 105000]); // no raise between promotions
    // 105,000 × 1.42 = 149,100
    expect(r.path[2]?.high).toEqual({ level: "mid", base: 149100, totalComp: 186375 }); // 149,100 × 1.25
    // 149,100 × 1.45 = 216,195; TC × 1.4 = 302,673
    expect(r.path[5]?.high).toEqual({ level: "senior", base: 216195, totalComp: 302673 });
    // 216,195 × 1.65 = 356,721.75 → 356,722; TC 356,721.75 × 1.6 = 570,754.8 → 570,755
    expect(r.path[8]?.high).toEqual({ level: "staff", base: 356722, totalComp: 570755 });
    // staff is the top of the IC track: stays
    expect(r.path[14]?.high).toEqual({ level: "staff", base: 356722, totalComp: 570755 });
  });

  test("expected: mid at year 3 (+35%), senior at 7 (+37.5%), staff at 12 (+52.5%)", () => {
    // 105,000 × 1.35 = 141,750; TC 141,750 × 1.25 = 177,187.5 → 177,188 (half-even)
    expect(r.path[3]?.expected).toEqual({ level: "mid", base: 141750, totalComp: 177188 });
    expect(r.path[6]?.expected.level).toBe("mid");
    // 141,750 × 1.375 = 194,906.25 → 194,906; TC 194,906.25 × 1.4 = 272,868.75 → 272,869
    expect(r.path[7]?.expected).toEqual({ level: "senior", base: 194906, totalComp: 272869 });
    expect(r.path[11]?.expected.level).toBe("senior");
    // 194,906.25 × 1.525 = 297,232.03125 → 297,232; TC × 1.6 = 475,571.25 → 475,571
    expect(r.path[12]?.expected).toEqual({ level: "staff", base: 297232, totalComp: 475571 });
  });

  test("low: mid at year 3 (+28%), senior at 8 (+30%), staff at 14 (+40%)", () => {
    // 105,000 × 1.28 = 134,400; TC × 1.25 = 168,000
    expect(r.path[3]?.low).toEqual({ level: "mid", base: 134400, totalComp: 168000 });
    // 134,400 × 1.3 = 174,720; TC × 1.4 = 244,608
    expect(r.path[8]?.low).toEqual({ level: "senior", base: 174720, totalComp: 244608 });
    expect(r.path[13]?.low.level).toBe("senior");
    // 174,720 × 1.4 = 244,608; TC × 1.6 = 391,372.8 → 391,373
    expect(r.path[14]?.low).toEqual({ level: "staff", base: 244608, totalComp: 391373 });
  });

  test("the promotions list, by scenario then year", () => {
    expect(r.promotions).toEqual([
      {
        scenario: "low",
        year: 3,
        step: "junior-to-mid",
        from: "junior",
        to: "mid",
        yearsInLevel: 3,
        raise: 0.28,
      },
      {
        scenario: "low",
        year: 8,
        step: "mid-to-senior",
        from: "mid",
        to: "senior",
        yearsInLevel: 5,
        raise: 0.3,
      },
      {
        scenario: "low",
        year: 14,
        step: "senior-to-staff",
        from: "senior",
        to: "staff",
        yearsInLevel: 6,
        raise: 0.4,
      },
      {
        scenario: "expected",
        year: 3,
        step: "junior-to-mid",
        from: "junior",
        to: "mid",
        yearsInLevel: 3,
        raise: 0.35,
      },
      {
        scenario: "expected",
        year: 7,
        step: "mid-to-senior",
        from: "mid",
        to: "senior",
        yearsInLevel: 4,
        raise: 0.375,
      },
      {
        scenario: "expected",
        year: 12,
        step: "senior-to-staff",
        from: "senior",
        to: "staff",
        yearsInLevel: 5,
        raise: 0.525,
      },
      {
        scenario: "high",
        year: 2,
        step: "junior-to-mid",
        from: "junior",
        to: "mid",
        yearsInLevel: 2,
        raise: 0.42,
      },
      {
        scenario: "high",
        year: 5,
        step: "mid-to-senior",
        from: "mid",
        to: "senior",
        yearsInLevel: 3,
        raise: 0.45,
      },
      {
        scenario: "high",
        year: 8,
        step: "senior-to-staff",
        from: "senior",
        to: "staff",
        yearsInLevel: 3,
        raise: 0.65,
      },
    ]);
  });

  test("the header, no milestones on the IC track, and a note that staff stays", () => {
    expect(r).toMatchObject({
      level: "junior",
      metro: "remote-us",
      track: "ic",
      percentile: 50,
      years: 14,
      annualRaise: 0,
      policy: "local",
      milestones: [],
      dataset: { id: "backend-developer", version: "2026.1.0" },
    });
    expect(r.path.map((row) => row.year)).toEqual([...Array(15).keys()]);
    const ids = r.notes.map((n) => n.id);
    expect(ids).toEqual([
      "start",
      "starting-base",
      "scenarios",
      "raises",
      "total-comp",
      "stays-at-staff",
    ]);
    expect(r.notes.find((n) => n.id === "raises")?.text).toContain("no raise between promotions");
  });

  test("the trace replays and ends in the output numbers", () => {
    const values = expectTraceReplays(r.trace);
    expect(values.get("base.start")).toBe(105000);
    expect(values.get("progression.senior-to-staff.raise.mid")).toBe(0.525);
    expect(values.get("path.high.8.base.promotion")).toBe(356721.75);
    expect(values.get("path.high.8.base")).toBe(356722);
    expect(values.get("path.expected.12.base.promotion")).toBe(297232.03125);
    expect(r.trace.find((s) => s.key === "path.high.2.base.promotion")?.text).toBe(
      "high base on promotion junior → mid (year 2): base × (1 + raise) = 105,000 × 1.42 = 149,100",
    );
  });

  test("frozen and JSON-serialisable", () => {
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.path[3]?.high)).toBe(true);
    expect(Object.isFrozen(r.promotions)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe("projectCareer: metros, percentiles, rounding, annual raise (hand-worked)", () => {
  test("senior p50 in Seattle: 205,000 × 1.26 = 258,300, then staff", () => {
    const r = projectCareer(ds, { level: "senior", metro: "seattle", years: 6, track: "ic" });
    expect(r.metro).toBe("seattle");
    // TC 258,300 × 1.4 = 361,620
    expect(r.path[0]?.expected).toEqual({ level: "senior", base: 258300, totalComp: 361620 });
    // high: staff after 3 years, 258,300 × 1.65 = 426,195; TC × 1.6 = 681,912
    expect(r.path[3]?.high).toEqual({ level: "staff", base: 426195, totalComp: 681912 });
    // expected: after ceil(4.5) = 5 years, 258,300 × 1.525 = 393,907.5 → 393,908 (half-even)
    expect(bases(r, 5)).toEqual([258300, 393908, 426195]);
    // low: after 6 years, 258,300 × 1.4 = 361,620
    expect(bases(r, 6)).toEqual([361620, 393908, 426195]);
  });

  test("percentile: junior p75 anchor $128,000 × 1.42 on the high path = $181,760", () => {
    const r = projectCareer(ds, { level: "junior", percentile: 75, years: 2, track: "ic" });
    expect(r.percentile).toBe(75);
    expect(bases(r, 2)).toEqual([128000, 128000, 181760]);
  });

  test("aliases for level and metro; track names are case-insensitive", () => {
    const r = projectCareer(ds, { level: "sr", metro: "nyc", years: 1, track: "IC" as "ic" });
    expect([r.level, r.metro, r.track]).toEqual(["senior", "new-york", "ic"]);
    expect(bases(r, 0)).toEqual([260350, 260350, 260350]); // 205,000 × 1.27
  });

  test("a national pay policy in Seattle pays the US figure", () => {
    const r = projectCareer(ds, {
      level: "junior",
      metro: "seattle",
      policy: "national",
      years: 2,
      track: "ic",
    });
    expect(r.policy).toBe("national");
    expect(bases(r, 2)).toEqual([105000, 105000, 149100]);
  });

  test("round: to $1,000, or not at all", () => {
    const thousand = projectCareer(ds, { level: "junior", years: 8, track: "ic", round: 1000 });
    expect(thousand.path[8]?.high.base).toBe(357000); // 356,721.75
    expect(thousand.path[8]?.high.totalComp).toBe(571000); // 570,754.8
    const none = projectCareer(ds, { level: "junior", years: 8, track: "ic", round: "none" });
    expect(none.path[8]?.high.base).toBe(356721.75);
    expect(none.path[7]?.expected.base).toBe(194906.25);
  });

  test("annualRaise compounds every year, promotion years included", () => {
    const r = projectCareer(ds, { level: "junior", years: 3, track: "ic", annualRaise: 0.1 });
    // year 1: 105,000 × 1.1 = 115,500 in every scenario
    expect(bases(r, 1)).toEqual([115500, 115500, 115500]);
    // high, year 2: 115,500 × 1.1 = 127,050, × 1.42 = 180,411
    expect(r.path[2]?.high.base).toBe(180411);
    // high, year 3: 180,411 × 1.1 = 198,452.1 → 198,452
    expect(r.path[3]?.high.base).toBe(198452);
    // expected, year 3: 105,000 × 1.1³ = 139,755, × 1.35 = 188,669.25 → 188,669
    // low, year 3: 139,755 × 1.28 = 178,886.4 → 178,886
    expect(bases(r, 3)).toEqual([178886, 188669, 198452]);
    expect(r.annualRaise).toBe(0.1);
    expect(r.notes.find((n) => n.id === "raises")?.text).toContain("annual raise of 10%");
    expectTraceReplays(r.trace);
  });

  test("staff on the IC track stays at staff; only an annual raise moves it", () => {
    const flat = projectCareer(ds, { level: "staff", years: 3, track: "ic" });
    expect(flat.promotions).toEqual([]);
    expect(flat.path.every((row) => row.high.base === 310000 && row.low.level === "staff")).toBe(
      true,
    );
    const raised = projectCareer(ds, { level: "staff", years: 2, track: "ic", annualRaise: 0.03 });
    // 310,000 × 1.03 = 319,300; × 1.03 = 328,879; TC × 1.6 = 510,880 and 526,206.4 → 526,206
    expect(raised.path[1]?.expected).toEqual({ level: "staff", base: 319300, totalComp: 510880 });
    expect(raised.path[2]?.low).toEqual({ level: "staff", base: 328879, totalComp: 526206 });
    expect(raised.notes.find((n) => n.id === "stays-at-staff")?.text).toContain("3% annual raise");
  });
});

describe("projectCareer: manager track", () => {
  test("senior → engineering manager after 3 / 4 / 5 years with +20% / +15% / +10%", () => {
    const r = projectCareer(ds, { level: "senior", years: 12, track: "manager" });
    // high: 205,000 × 1.2 = 246,000 at year 3; no TC estimate for the role
    expect(r.path[3]?.high).toEqual({
      level: "engineering-manager",
      base: 246000,
      totalComp: null,
    });
    expect(r.path[3]?.expected).toEqual({ level: "senior", base: 205000, totalComp: 287000 });
    // expected: 205,000 × 1.15 = 235,750 at year 4; low: 205,000 × 1.1 = 225,500 at year 5
    expect(bases(r, 4)).toEqual([205000, 235750, 246000]);
    expect(bases(r, 5)).toEqual([225500, 235750, 246000]);
    expect(bases(r, 12)).toEqual([225500, 235750, 246000]); // EM stays: no step after it
    expect(levels(r, 12)).toEqual([
      "engineering-manager",
      "engineering-manager",
      "engineering-manager",
    ]);
    expect(r.promotions.map((p) => [p.scenario, p.year, p.step, p.raise])).toEqual([
      ["low", 5, "senior-to-manager", 0.1],
      ["expected", 4, "senior-to-manager", 0.15],
      ["high", 3, "senior-to-manager", 0.2],
    ]);
  });

  test("director and VP comp are milestones: the guide's ranges, 5–10 years after arriving at EM", () => {
    const r = projectCareer(ds, { level: "senior", years: 5, track: "manager" });
    expect(r.milestones).toEqual([
      {
        role: "director",
        name: "Director of Engineering",
        comp: [250000, 400000],
        basis: "unspecified",
        openEnded: false,
        horizonYears: [5, 10],
        // EM at year 5 / 4 / 3 (low / expected / high) + 5..10
        window: { low: [10, 15], expected: [9, 14], high: [8, 13] },
        description: "The engineering-manager track opens access to director comp over 5-10 years.",
      },
      {
        role: "vp",
        name: "VP of Engineering",
        comp: [350000, 600000],
        basis: "unspecified",
        openEnded: true,
        horizonYears: [5, 10],
        window: { low: [10, 15], expected: [9, 14], high: [8, 13] },
        description:
          "The engineering-manager track opens access to VP comp ($350-600k+) over 5-10 years.",
      },
    ]);
    const ids = r.notes.map((n) => n.id);
    expect(ids).toContain("manager-milestones");
    expect(ids).toContain("stays-at-engineering-manager");
    expect(r.notes.find((n) => n.id === "total-comp")?.text).toContain(
      "null at engineering-manager",
    );
    expect(r.notes.find((n) => n.id === "manager-milestones")?.text).toContain(
      "$350,000–$600,000+",
    );
  });

  test("from junior: the IC steps up to senior, then EM; a scenario that does not reach EM has no window", () => {
    const r = projectCareer(ds, { level: "junior", years: 12, track: "manager" });
    // high: mid y2, senior y5 (216,195), EM y8: 216,195 × 1.2 = 259,434
    expect(r.path[8]?.high).toEqual({
      level: "engineering-manager",
      base: 259434,
      totalComp: null,
    });
    // expected: mid y3, senior y7 (194,906.25), EM y11: × 1.15 = 224,142.1875 → 224,142
    expect(r.path[11]?.expected).toEqual({
      level: "engineering-manager",
      base: 224142,
      totalComp: null,
    });
    // low: mid y3, senior y8 (174,720), EM would be y13 > 12
    expect(r.path[12]?.low).toEqual({ level: "senior", base: 174720, totalComp: 244608 });
    expect(r.milestones[0]?.window).toEqual({ low: null, expected: [16, 21], high: [13, 18] });
    expectTraceReplays(r.trace);
  });

  test("staff on the manager track: the guide has no staff → manager step, so the path stays", () => {
    const r = projectCareer(ds, { level: "staff", years: 10, track: "manager" });
    expect(r.promotions).toEqual([]);
    expect(levels(r, 10)).toEqual(["staff", "staff", "staff"]);
    expect(r.milestones.map((m) => m.window)).toEqual([
      { low: null, expected: null, high: null },
      { low: null, expected: null, high: null },
    ]);
    const note = r.notes.find((n) => n.id === "stays-at-staff")?.text;
    expect(note).toContain("no manager-track step from staff");
    expect(note).toContain("senior → engineering-manager");
  });
});

describe("projectCareer: a user's dataset", () => {
  test("fractional step years round up, and a move takes at least a year", () => {
    const json = JSON.parse(JSON.stringify(ds)) as {
      progression: { id: string; years: number[] }[];
    };
    const step = json.progression.find((s) => s.id === "junior-to-mid");
    if (step === undefined) throw new Error("no step");
    step.years = [0.25, 1.5];
    const custom = parseDataset(json);
    const r = projectCareer(custom, { level: "junior", years: 3, track: "ic" });
    // high: ceil(0.25) = 1; expected: ceil(0.875) = 1; low: ceil(1.5) = 2
    expect(
      r.promotions.filter((p) => p.step === "junior-to-mid").map((p) => [p.scenario, p.year]),
    ).toEqual([
      ["low", 2],
      ["expected", 1],
      ["high", 1],
    ]);
  });
});

describe("projectCareer: the bound version", () => {
  test("equals the core function on the default dataset", () => {
    const input = { level: "mid", metro: "austin", years: 9, track: "manager" } as const;
    expect(boundProjectCareer(input)).toEqual(projectCareer(ds, input));
  });
});

describe("projectCareer: bad input", () => {
  const ok = { level: "junior", years: 5, track: "ic" } as const;

  test("unknown level (roles are not levels: they have no band)", () => {
    for (const level of ["intern", "engineering-manager", undefined]) {
      const e = thrown(() => projectCareer(ds, { ...ok, level: level as string }));
      expect(e).toMatchObject({ code: "UNKNOWN_LEVEL", path: ["level"] });
      expect(e.validChoices).toEqual(["junior", "mid", "senior", "staff"]);
    }
  });

  test("unknown metro", () => {
    expect(thrown(() => projectCareer(ds, { ...ok, metro: "paris" }))).toMatchObject({
      code: "UNKNOWN_METRO",
      path: ["metro"],
    });
  });

  test.each(["architect", "", undefined, 1, null])(
    "track %j → UNKNOWN_TRACK naming ic and manager",
    (track) => {
      const e = thrown(() => projectCareer(ds, { ...ok, track: track as "ic" }));
      expect(e).toMatchObject({
        code: "UNKNOWN_TRACK",
        path: ["track"],
        validChoices: ["ic", "manager"],
      });
      expect(e.message).toContain('"ic", "manager"');
    },
  );

  test.each([0, 41, 2.5, Number.NaN, Number.POSITIVE_INFINITY, -1, "5", undefined, null])(
    "years %j → INVALID_INPUT",
    (years) => {
      expect(thrown(() => projectCareer(ds, { ...ok, years: years as number }))).toMatchObject({
        code: "INVALID_INPUT",
        path: ["years"],
      });
    },
  );

  test("years 1 and 40 are accepted", () => {
    expect(projectCareer(ds, { ...ok, years: 1 }).path).toHaveLength(2);
    expect(projectCareer(ds, { ...ok, years: 40 }).path).toHaveLength(41);
  });

  test.each([-0.01, 0.51, Number.NaN, "3%", null])(
    "annualRaise %j → INVALID_INPUT",
    (annualRaise) => {
      expect(
        thrown(() => projectCareer(ds, { ...ok, annualRaise: annualRaise as number })),
      ).toMatchObject({
        code: "INVALID_INPUT",
        path: ["annualRaise"],
      });
    },
  );

  test.each([0, 100, Number.NaN, "50"])("percentile %j → INVALID_PERCENTILE", (percentile) => {
    expect(
      thrown(() => projectCareer(ds, { ...ok, percentile: percentile as number })),
    ).toMatchObject({
      code: "INVALID_PERCENTILE",
      path: ["percentile"],
    });
  });

  test("unknown keys, a bad round, a bad policy, a non-object input", () => {
    const typo = thrown(() => projectCareer(ds, { ...ok, metor: "sf" } as never));
    expect(typo).toMatchObject({ code: "INVALID_OPTION", path: ["metor"] });
    expect(typo.validChoices).toContain("metro");
    expect(thrown(() => projectCareer(ds, { ...ok, round: 7 as never }))).toMatchObject({
      code: "INVALID_OPTION",
      path: ["round"],
    });
    expect(thrown(() => projectCareer(ds, { ...ok, policy: "hybrid" as never }))).toMatchObject({
      code: "INVALID_OPTION",
      path: ["policy"],
    });
    expect(thrown(() => projectCareer(ds, null as never)).code).toBe("INVALID_OPTION");
  });
});
