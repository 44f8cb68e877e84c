/**
 * The embedded dataset against the guide, figure by figure.
 *
 * The expected values below were typed by reading
 * data/backend-developer/sources/backend-developer-salary-guide-2026.txt (a verbatim
 * copy of shared/sources/backend-developer-salary-guide-2026.txt), not by reading back
 * the JSON. A second block re-extracts the level table and metro premiums from the
 * guide's text with regular expressions, so a typo in either place shows up.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { getDataset, getLevel, getLever, getMetro, getPremium } from "../../src/index.js";

const GUIDE = readFileSync(
  new URL(
    "../../data/backend-developer/sources/backend-developer-salary-guide-2026.txt",
    import.meta.url,
  ),
  "utf8",
);
const ds = getDataset("backend-developer", "2026.1.0");

describe("level table (US base)", () => {
  // Level | Years | p25 | p50 | p75 | p90 | Est. TC — from "Backend Developer pay by level (US base)".
  test.each([
    ["junior", "Junior / Entry-Level Backend Dev", [0, 2], [82000, 105000, 128000, 152000], 120000],
    ["mid", "Mid-Level Backend Developer", [2, 5], [120000, 148000, 180000, 215000], 185000],
    ["senior", "Senior Backend Developer", [5, 9], [162000, 205000, 255000, 305000], 287000],
    [
      "staff",
      "Staff / Principal Backend Engineer",
      [8, 15],
      [240000, 310000, 400000, 490000],
      496000,
    ],
  ] as const)("%s", (id, name, years, [p25, p50, p75, p90], tc) => {
    const level = getLevel(id);
    expect(level.name).toBe(name);
    expect(level.years).toEqual(years);
    expect(level.base.anchors).toEqual([
      { p: 25, amount: p25 },
      { p: 50, amount: p50 },
      { p: 75, amount: p75 },
      { p: 90, amount: p90 },
    ]);
    expect(level.estimatedTotalComp).toEqual({ amount: tc, approximate: true });
  });

  test("the levels are in ladder order", () => {
    expect(ds.levels.map((l) => [l.id, l.rank])).toEqual([
      ["junior", 1],
      ["mid", 2],
      ["senior", 3],
      ["staff", 4],
    ]);
  });

  test("the table re-extracted from the guide's text matches", () => {
    const money = (s: string) => Number(s) * 1000;
    const rows = [
      ...GUIDE.matchAll(/^(.+?)(\d+)-(\d+) years\$(\d+)k\$(\d+)k\$(\d+)k\$(\d+)k~\$(\d+)k$/gm),
    ];
    expect(rows).toHaveLength(4);
    for (const [, name, y0, y1, a, b, c, d, tc] of rows) {
      const level = ds.levels.find((l) => l.name === name);
      expect(level, name).toBeDefined();
      expect(level?.years).toEqual([Number(y0), Number(y1)]);
      expect(level?.base.anchors.map((x) => x.amount)).toEqual(
        [a, b, c, d].map((x) => money(x as string)),
      );
      expect(level?.estimatedTotalComp.amount).toBe(money(tc as string));
    }
  });
});

describe("level notes that carry numbers", () => {
  const fact = (level: string, id: string) => getLevel(level).facts.find((f) => f.id === id);

  test("entry ranges at tech ($90-130k) and non-tech ($70-95k) companies", () => {
    expect(fact("junior", "entry-tech-companies")).toMatchObject({
      kind: "range",
      amount: [90000, 130000],
      basis: "base",
    });
    expect(fact("junior", "entry-non-tech-companies")).toMatchObject({
      kind: "range",
      amount: [70000, 95000],
      basis: "base",
    });
  });

  test("staff RSU example: $270k base, $350-500k annual RSU vesting", () => {
    expect(fact("staff", "staff-rsu-example")).toMatchObject({
      kind: "example",
      amount: [350000, 500000],
      basis: "equity",
    });
    expect(fact("staff", "staff-rsu-example-base")).toMatchObject({
      kind: "example",
      amount: [270000, 270000],
      basis: "base",
    });
  });

  test("skill premiums: containers/cloud $8-15k (entry), Go/Rust 10-20% (mid), AI services $15-30k (senior+)", () => {
    expect(getPremium("containers-cloud")).toMatchObject({
      levels: ["junior"],
      effect: { kind: "amount", amount: [8000, 15000], basis: "base" },
    });
    expect(getPremium("go-rust")).toMatchObject({
      levels: ["mid"],
      effect: { kind: "percent", fraction: [0.1, 0.2], basis: "base" },
      relativeTo: "Python/Node engineers at equivalent levels",
    });
    expect(getPremium("go-rust").condition).toMatch(/actively using those languages/);
    expect(getPremium("ai-services")).toMatchObject({
      levels: ["senior", "staff"],
      effect: { kind: "amount", amount: [15000, 30000], basis: "base" },
    });
  });
});

describe("metros (multipliers vs. US national median)", () => {
  test.each([
    ["sf-bay-area", "San Francisco Bay Area", 0.38],
    ["new-york", "New York Metro", 0.27],
    ["seattle", "Seattle", 0.26],
    ["austin", "Austin", 0.05],
    ["denver", "Denver / Colorado", 0.03],
    ["chicago", "Chicago", 0.1],
    ["remote-us", "Remote (US national)", 0],
  ] as const)("%s %s %d", (id, name, premium) => {
    expect(getMetro(id)).toMatchObject({ name, premium });
  });

  test("the premiums re-extracted from the guide's text match", () => {
    const found = [...GUIDE.matchAll(/^(.+)\n\n([+-]\d+)%$/gm)].map(([, name, pct]) => [
      name,
      Number(pct) / 100,
    ]);
    expect(found).toHaveLength(7);
    for (const [name, premium] of found) {
      expect(ds.metros.find((m) => m.name === name)?.premium, String(name)).toBe(premium);
    }
  });

  test("aliases people type", () => {
    expect(["sf", "bay-area", "SF", "San Francisco"].map((k) => getMetro(k).id)).toEqual(
      Array(4).fill("sf-bay-area"),
    );
    expect(getMetro("nyc").id).toBe("new-york");
    expect(getMetro("remote").id).toBe("remote-us");
  });

  test("no state income tax: Seattle and Austin only", () => {
    expect(ds.metros.filter((m) => m.noStateIncomeTax).map((m) => m.id)).toEqual([
      "seattle",
      "austin",
    ]);
  });

  test("SF senior at top companies: $200-280k base", () => {
    expect(getMetro("sf").facts.find((f) => f.id === "sf-senior-top-companies")).toMatchObject({
      amount: [200000, 280000],
      basis: "base",
    });
  });

  test("fully distributed companies pay at or above SF", () => {
    expect(
      getMetro("remote")
        .facts.map((f) => f.text)
        .join(" "),
    ).toMatch(/at or above SF/);
  });

  test("the baseline is remote-us at +0%", () => {
    expect(ds.baselineMetro).toBe("remote-us");
  });
});

describe("negotiation levers, ranked", () => {
  test.each([
    ["competing-offer", 1, "high", { kind: "percent", fraction: [0.1, 0.2], basis: "offer" }],
    ["ai-premium", 2, "high", { kind: "percent", fraction: [0.1, 0.15], basis: "offer" }],
    [
      "level-escalation",
      3,
      "high",
      { kind: "amount", amount: [30000, 60000], basis: "total-comp" },
    ],
    ["sign-on-bonus", 5, "medium", { kind: "fraction-of-forfeit", fraction: [0.5, 1] }],
  ] as const)("%s", (id, rank, effectiveness, effect) => {
    expect(getLever(id)).toMatchObject({ rank, effectiveness, effect });
  });

  test("equity refresh is medium and has no figure", () => {
    expect(getLever("equity-refresh")).toMatchObject({
      rank: 4,
      effectiveness: "medium",
      effect: { kind: "qualitative" },
    });
  });
});

describe("career progression", () => {
  test("steps with years and raises", () => {
    expect(ds.progression.map((s) => [s.order, s.track, s.from, s.to, s.years, s.raise])).toEqual([
      [1, "ic", null, "junior", [0, 2], null],
      [2, "ic", "junior", "mid", [2, 3], [0.28, 0.42]],
      [3, "ic", "mid", "senior", [3, 5], [0.3, 0.45]],
      [4, "ic", "senior", "staff", [3, 6], [0.4, 0.65]],
      [5, "manager", "senior", "engineering-manager", [3, 5], [0.1, 0.2]],
    ]);
  });

  test("manager track opens director ($250-400k) and VP ($350-600k+) over 5-10 years", () => {
    const role = (id: string) => ds.roles.find((r) => r.id === id);
    expect(role("director")).toMatchObject({
      comp: { amount: [250000, 400000] },
      horizonYears: [5, 10],
    });
    expect(role("vp")).toMatchObject({
      comp: { amount: [350000, 600000], openEnded: true },
      horizonYears: [5, 10],
    });
  });
});

describe("lateral moves", () => {
  test("premiums and the moves without figures", () => {
    expect(
      ds.lateralMoves.map((m) => [
        m.id,
        m.effect.kind === "amount" ? m.effect.amount : m.effect.kind,
      ]),
    ).toEqual([
      ["platform-infrastructure", [10000, 20000]],
      ["full-stack", "qualitative"],
      ["solutions-architect", "qualitative"],
      ["ml-engineer", [15000, 30000]],
      ["technical-co-founder", "qualitative"],
    ]);
  });
});

describe("headlines and the guide's one contradiction", () => {
  test("median senior $205k agrees with the table", () => {
    const h = ds.headlines.find((x) => x.id === "median-senior");
    expect(h).toMatchObject({ value: 205000, level: "senior", percentile: 50 });
    expect(h?.conflict).toBeUndefined();
  });

  test("'Senior ceiling $490k p90' is the Staff p90; the table (Senior p90 $305k) wins", () => {
    const h = ds.headlines.find((x) => x.id === "senior-ceiling");
    expect(h).toMatchObject({ value: 490000, level: "senior", percentile: 90 });
    expect(h?.conflict).toMatch(/table wins/i);
    expect(getLevel("senior").base.anchors.find((a) => a.p === 90)?.amount).toBe(305000);
    expect(getLevel("staff").base.anchors.find((a) => a.p === 90)?.amount).toBe(490000);
    expect(ds.notes.find((n) => n.kind === "conflict")?.refs).toContain("headlines.senior-ceiling");
  });

  test("levels covered: 4", () => {
    expect(ds.headlines.find((x) => x.id === "levels-covered")?.value).toBe(4);
    expect(ds.levels).toHaveLength(4);
  });
});

describe("sources", () => {
  test("the guide and the five sources it says it synthesises", () => {
    expect(ds.sources.map((s) => [s.id, s.citedBy ?? null])).toEqual([
      ["guide", null],
      ["bls-oews", "guide"],
      ["levels-fyi", "guide"],
      ["glassdoor", "guide"],
      ["linkedin-salary", "guide"],
      ["radford-aon", "guide"],
    ]);
    expect(ds.sources.find((s) => s.id === "bls-oews")).toMatchObject({ period: "May 2025" });
    expect(ds.sources.find((s) => s.id === "bls-oews")?.name).toMatch(/SOC 15-1252/);
    expect(ds.sources.find((s) => s.id === "levels-fyi")).toMatchObject({ period: "2024-2026" });
  });

  test("the copy of the guide in data/ is the shared source, byte for byte (when shared/ is beside the repo)", () => {
    let shared: string | undefined;
    try {
      shared = readFileSync(
        new URL("../../../shared/sources/backend-developer-salary-guide-2026.txt", import.meta.url),
        "utf8",
      );
    } catch {
      shared = undefined; // a clone without shared/ beside it: nothing to compare
    }
    if (shared !== undefined) expect(GUIDE).toBe(shared);
    expect(GUIDE).toContain("Backend Developer Salary Guide");
  });
});
