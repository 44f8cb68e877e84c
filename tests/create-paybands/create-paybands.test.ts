import { describe, expect, test } from "vitest";
import * as bound from "../../src/bound/index.js";
import * as core from "../../src/core/index.js";
import { estimateCompensation, getDataset, getMetro, isPaybandsError } from "../../src/index.js";
import { createPaybands, type DatasetOverrides } from "../../src/schemas/index.js";
import { thrown } from "../helpers/thrown.js";
import { arrayAt, objectAt, type Path, setAt } from "../schemas/fixtures.js";
import { acmeDataset } from "./acme.js";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe("createPaybands over a user's own dataset", () => {
  const acme = createPaybands(acmeDataset());

  test("estimate, hand-checked: senior engineer in New York at p50", () => {
    // base = p50 170,000 × (1 + 0.2) = 204,000; TC/base = 238,000 / 170,000 = 1.4;
    // TC = 204,000 × 1.4 = 285,600; the band is each anchor × 1.2.
    const e = acme.estimateCompensation({ level: "senior", metro: "ny", now: "2026-11-28" });
    expect([e.level, e.metro, e.base, e.multiplier, e.totalComp]).toEqual([
      "senior-engineer",
      "nyc",
      204000,
      1.4,
      285600,
    ]);
    expect(e.band.map((a) => a.amount)).toEqual([168000, 204000, 240000, 276000]);
    expect(e.breakdown).toEqual({ base: 204000, other: 81600 });
    expect(e.dataset).toEqual({ id: "acme-backend", version: "2026.1.0" });
    expect(e.warnings).toEqual([]);
  });

  test("the other bound functions read the user's dataset", () => {
    // p75 engineer in Austin: 140,000 × 0.95.
    expect(acme.estimateCompensation({ level: "e1", metro: "austin", percentile: 75 }).base).toBe(
      133000,
    );
    // 100,000 from Austin to New York: × 1.2 / 0.95 = 126,315.79 → 126,316.
    expect(acme.adjustForMetro(100000, "nyc", { from: "austin" }).amount).toBe(126316);
    expect(acme.toMetroIndex("austin", "nyc")).toBeCloseTo(0.95 / 1.2, 12);
    expect(acme.premiumFromIndex(1, "nyc")).toBe(0.2);
    const offer = acme.evaluateOffer({ base: 204000 }, { level: "senior-engineer", metro: "nyc" });
    expect([offer.compaRatio, offer.baseRank, offer.position]).toEqual([1, 50, "within"]);
    expect(acme.applyLevers({ base: 200000 }, ["competing-offer"]).after.base).toEqual([
      210000, 220000,
    ]);
    expect(acme.getLevel("E2").id).toBe("senior-engineer");
    expect(acme.getMetro("ny").premium).toBe(0.2);
    expect(acme.getLever("competing-offer").rank).toBe(1);
    expect(acme.lateralMoves().moves).toEqual([]);
    expect(acme.datasetAge("2026-11-28")).toMatchObject({ effectiveDate: "2026-06-01", months: 5 });
    const career = acme.projectCareer({ level: "engineer", years: 4, track: "ic" });
    expect(career.path[0]?.expected.base).toBe(120000);
    expect(career.promotions.every((p) => p.to === "senior-engineer")).toBe(true);
  });

  test("errors name the user's ids, not the embedded ones", () => {
    const err = thrown(() => acme.getMetro("seatle"));
    expect(err.code).toBe("UNKNOWN_METRO");
    expect(err.validChoices).toEqual(["remote", "nyc", "austin"]);
    // The embedded dataset's default reference metro is not in the user's.
    expect(thrown(() => acme.toMetroIndex("nyc")).code).toBe("UNKNOWN_METRO");
    expect(thrown(() => acme.getPremium("go-rust")).code).toBe("UNKNOWN_PREMIUM");
  });

  test("the result is frozen, holds the validated dataset, and is not tied to the input", () => {
    const input = acmeDataset();
    const pb = createPaybands(input);
    input.metros[1]!.premium = 0.5;
    input.levels[0]!.aliases.push("changed");
    expect(pb.getMetro("nyc").premium).toBe(0.2);
    expect(pb.getLevel("engineer").aliases).toEqual(["e1"]);
    expect(Object.isFrozen(pb)).toBe(true);
    expect(Object.isFrozen(pb.dataset.levels[0]?.base.anchors[0])).toBe(true);
    expect(pb.dataset).toEqual(acmeDataset());
  });
});

describe("createPaybands rejects a user dataset with each kind of error, with the path", () => {
  type Case = [what: string, change: (d: ReturnType<typeof acmeDataset>) => void, path: Path];
  const set =
    (path: Path, value: unknown) =>
    (d: object): void =>
      setAt(d, path, value);
  const cases: Case[] = [
    ["a missing field", (d) => delete objectAt(d, []).levels, ["levels"]],
    ["a field of the wrong type", set(["metros", 1, "premium"], "0.2"), ["metros", 1, "premium"]],
    ["an unknown key (a typo)", set(["metros", 1, "premuim"], 0.2), ["metros", 1, "premuim"]],
    ["an id that is not kebab-case", set(["levels", 0, "id"], "Engineer"), ["levels", 0, "id"]],
    ["an empty required list", set(["metros"], []), ["metros"]],
    ["a version that is not year.release.patch", set(["version"], "1.0"), ["version"]],
    [
      "an effective date that is not a date",
      set(["effectiveDate"], "June 2026"),
      ["effectiveDate"],
    ],
    ["another schema version", set(["schemaVersion"], 2), ["schemaVersion"]],
    ["a currency that is not ISO 4217", set(["currency"], "usd"), ["currency"]],
    [
      "a premium written as percent (38 for 0.38)",
      set(["metros", 1, "premium"], 38),
      ["metros", 1, "premium"],
    ],
    [
      "anchors out of order",
      set(["levels", 1, "base", "anchors", 1, "amount"], 130000),
      ["levels", 1, "base", "anchors", 1, "amount"],
    ],
    [
      "percentiles out of order",
      set(["levels", 1, "base", "anchors", 2, "p"], 40),
      ["levels", 1, "base", "anchors", 2, "p"],
    ],
    [
      "a band without p50",
      (d) => void arrayAt(d, ["levels", 0, "base", "anchors"]).splice(1, 1),
      ["levels", 0, "base", "anchors"],
    ],
    [
      "total comp below the median base",
      set(["levels", 0, "estimatedTotalComp", "amount"], 90000),
      ["levels", 0, "estimatedTotalComp", "amount"],
    ],
    ["a duplicate id", set(["metros", 2, "id"], "nyc"), ["metros", 2, "id"]],
    [
      "an alias that shadows another entry's id",
      set(["levels", 0, "aliases"], ["senior-engineer"]),
      ["levels", 0, "aliases", 0],
    ],
    ["a duplicate level rank", set(["levels", 1, "rank"], 1), ["levels", 1, "rank"]],
    ["an unknown source", set(["metros", 2, "source"], "glassdoor"), ["metros", 2, "source"]],
    [
      "a progression step to an unknown level",
      set(["progression", 1, "to"], "staff"),
      ["progression", 1, "to"],
    ],
    ["an unknown baseline metro", set(["baselineMetro"], "sf"), ["baselineMetro"]],
    [
      "a baseline metro with a premium",
      set(["metros", 0, "premium"], 0.1),
      ["metros", 0, "premium"],
    ],
    ["a range with low above high", set(["levels", 0, "years"], [4, 0]), ["levels", 0, "years", 1]],
  ];

  test.each(cases)("%s", (_what, change, path) => {
    const d = acmeDataset();
    change(d);
    const err = thrown(() => createPaybands(d));
    expect(err.code).toBe("INVALID_DATASET");
    expect(err.path).toEqual(path);
  });

  test.each([[null], [undefined], ["acme"], [[]], [42]])("not a dataset at all: %s", (input) => {
    expect(thrown(() => createPaybands(input))).toMatchObject({
      code: "INVALID_DATASET",
      path: [],
    });
  });

  test("every problem is listed in issues", () => {
    const d = acmeDataset();
    setAt(d, ["version"], "1.0");
    setAt(d, ["metros", 1, "premium"], 38);
    expect(thrown(() => createPaybands(d)).issues.map((i) => i.path)).toEqual([
      ["version"],
      ["metros", 1, "premium"],
    ]);
  });
});

describe("createPaybands with overrides", () => {
  const ds = getDataset();

  test("Seattle's premium at 0.30: a senior at p50 in Seattle earns 205,000 × 1.30 = 266,500", () => {
    const pb = createPaybands(ds, { metros: { seattle: { premium: 0.3 } } });
    expect(pb.estimateCompensation({ level: "senior", metro: "seattle" }).base).toBe(266500);
    expect(pb.getMetro("sea")).toEqual({ ...getMetro("seattle"), premium: 0.3 });
    // Nothing else moved, and the embedded dataset is untouched.
    expect(pb.estimateCompensation({ level: "senior", metro: "sf" }).base).toBe(282900);
    expect(getMetro("seattle").premium).toBe(0.26);
    expect(estimateCompensation({ level: "senior", metro: "seattle" }).base).toBe(258300);
    expect(pb.dataset.metros.map((m) => m.id)).toEqual(ds.metros.map((m) => m.id));
  });

  test("add a metro and a level (complete entries whose id is the key)", () => {
    const principal = {
      ...clone(ds.levels[3]!),
      id: "principal-staff",
      name: "Principal",
      aliases: [],
      rank: 5,
    };
    const pb = createPaybands(ds, {
      metros: {
        boston: {
          id: "boston",
          name: "Boston",
          aliases: ["bos"],
          premium: 0.22,
          facts: [],
          source: "guide",
        },
      },
      levels: { "principal-staff": principal },
    });
    expect(pb.dataset.metros.at(-1)?.id).toBe("boston");
    expect(pb.estimateCompensation({ level: "senior", metro: "bos" }).base).toBe(250100); // 205,000 × 1.22
    expect(pb.getLevel("principal-staff").rank).toBe(5);
    expect(pb.dataset.levels).toHaveLength(5);
  });

  test("null removes an entry or an optional field; top-level fields are replaced", () => {
    const pb = createPaybands(ds, {
      id: "acme-backend",
      version: "2026.2.0",
      effectiveDate: "2026-10-01",
      metros: { chicago: null, seattle: { description: null, drivers: ["Acme"] } },
    });
    expect(thrown(() => pb.getMetro("chicago")).code).toBe("UNKNOWN_METRO");
    expect(pb.getMetro("seattle").description).toBeUndefined();
    expect("description" in pb.getMetro("seattle")).toBe(false);
    expect(pb.getMetro("seattle").drivers).toEqual(["Acme"]);
    expect(pb.adjustForMetro(100000, "austin").dataset).toEqual({
      id: "acme-backend",
      version: "2026.2.0",
    });
    expect(pb.datasetAge("2026-11-28").months).toBe(1);
  });

  test("a nested object merges key by key; an array replaces the whole array", () => {
    const pb = createPaybands(ds, {
      levels: { senior: { estimatedTotalComp: { amount: 307500 }, aliases: ["sr"] } },
    });
    expect(pb.getLevel("senior").estimatedTotalComp).toEqual({ amount: 307500, approximate: true });
    expect(pb.getLevel("senior").aliases).toEqual(["sr"]);
    expect(pb.estimateCompensation({ level: "senior" }).multiplier).toBe(1.5); // 307,500 / 205,000
  });

  test("overrides over a user's dataset", () => {
    const pb = createPaybands(acmeDataset(), { metros: { nyc: { premium: 0.25 } } });
    expect(pb.estimateCompensation({ level: "engineer", metro: "nyc" }).base).toBe(150000); // 120,000 × 1.25
  });

  test("the merged dataset is validated again: the error points into the dataset", () => {
    const typo = thrown(() => createPaybands(ds, { metros: { seattle: { premium: 26 } } }));
    expect(typo).toMatchObject({ code: "INVALID_DATASET", path: ["metros", 2, "premium"] });
    expect(typo.message).toMatch(/after applying the overrides/);
    const noBaseline = thrown(() => createPaybands(ds, { metros: { "remote-us": null } }));
    expect(noBaseline).toMatchObject({ code: "INVALID_DATASET", path: ["baselineMetro"] });
    // go-rust is given for "mid": removing mid leaves a dangling reference.
    const dangling = thrown(() => createPaybands(ds, { levels: { mid: null } }));
    expect(dangling.code).toBe("INVALID_DATASET");
    expect(dangling.path.slice(0, 1)).toEqual(["premiums"]);
    const incomplete = thrown(() =>
      createPaybands(ds, { metros: { boston: { id: "boston", premium: 0.22 } } }),
    );
    expect(incomplete).toMatchObject({ code: "INVALID_DATASET", path: ["metros", 7, "name"] });
  });

  test("overrides that cannot be applied are INVALID_INPUT under ['overrides', ...]", () => {
    const cases: [unknown, Path, RegExp][] = [
      ["seattle", ["overrides"], /must be an object/],
      [{ metros: [] }, ["overrides", "metros"], /keyed by metro id/],
      [
        { metros: { seatle: { premium: 0.3 } } },
        ["overrides", "metros", "seatle"],
        /did you mean "seattle"/,
      ],
      [
        { metros: { seattle: { id: "sea-tac" } } },
        ["overrides", "metros", "seattle", "id"],
        /cannot change/,
      ],
      [{ metros: { seattle: 0.3 } }, ["overrides", "metros", "seattle"], /object of changes/],
      [
        { metro: { seattle: {} } },
        ["overrides", "metro"],
        /unknown key "metro" \(did you mean "metros"\?\)/,
      ],
      [{ schemaVersion: 2 }, ["overrides", "schemaVersion"], /unknown key/],
    ];
    for (const [overrides, path, message] of cases) {
      const err = thrown(() => createPaybands(ds, overrides as DatasetOverrides));
      expect(err.code, JSON.stringify(overrides)).toBe("INVALID_INPUT");
      expect(err.path).toEqual(path);
      expect(err.message).toMatch(message);
    }
  });

  test("neither the dataset nor the overrides are changed (frozen inputs work)", () => {
    const input = Object.freeze(acmeDataset());
    const overrides = {
      levels: {
        engineer: {
          base: {
            anchors: [
              { p: 50, amount: 125000 },
              { p: 75, amount: 150000 },
            ],
          },
        },
      },
      metros: { nyc: { aliases: ["ny", "new-york"] } },
    };
    const before = JSON.stringify([input, overrides]);
    deepFreeze(overrides);
    const pb = createPaybands(input, overrides);
    expect(JSON.stringify([input, overrides])).toBe(before);
    expect(pb.getLevel("engineer").base.anchors).toEqual([
      { p: 50, amount: 125000 },
      { p: 75, amount: 150000 },
    ]);
    expect(pb.dataset.metros[1]?.aliases).not.toBe(overrides.metros.nyc.aliases);
    expect(Object.isFrozen(pb.dataset.metros[1]?.aliases)).toBe(true);
  });

  test("unreadable overrides (a throwing getter, a cycle) are INVALID_INPUT", () => {
    const getter = { metros: { seattle: {} } };
    Object.defineProperty(getter.metros.seattle, "premium", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(thrown(() => createPaybands(ds, getter as DatasetOverrides))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["overrides"],
    });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const err = thrown(() =>
      createPaybands(ds, {
        metros: { seattle: { drivers: cycle } },
      } as unknown as DatasetOverrides),
    );
    expect(err.code).toBe("INVALID_INPUT");
  });
});

function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object") {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe("prototype pollution", () => {
  const polluted = () =>
    [
      Object.prototype,
      Object.getPrototypeOf([]) as object,
      Function.prototype,
      Object.getPrototypeOf(getDataset()) as object,
    ].some((p) => Object.hasOwn(p, "polluted")) ||
    ({} as Record<string, unknown>).polluted !== undefined;

  const attacks: [string, string][] = [
    ["top level", '{"__proto__": {"polluted": true}}'],
    ["in a collection", '{"metros": {"__proto__": {"polluted": true}}}'],
    ["in an entry", '{"metros": {"seattle": {"__proto__": {"polluted": true}}}}'],
    [
      "deep in an entry",
      '{"levels": {"senior": {"estimatedTotalComp": {"__proto__": {"polluted": true}}}}}',
    ],
    ["in a new entry", '{"metros": {"x": {"id": "x", "__proto__": {"polluted": true}}}}'],
    [
      "constructor.prototype",
      '{"metros": {"seattle": {"constructor": {"prototype": {"polluted": true}}}}}',
    ],
    ["prototype", '{"levels": {"senior": {"prototype": {"polluted": true}}}}'],
    [
      "inside an array value",
      '{"metros": {"seattle": {"drivers": [{"__proto__": {"polluted": true}}]}}}',
    ],
  ];

  test.each(attacks)(
    "a __proto__ / constructor / prototype key %s is rejected, Object.prototype stays clean",
    (_where, json) => {
      const overrides = JSON.parse(json) as DatasetOverrides;
      const err = thrown(() => createPaybands(getDataset(), overrides));
      expect(isPaybandsError(err, "INVALID_INPUT")).toBe(true);
      expect(err.path[0]).toBe("overrides");
      expect(["__proto__", "constructor", "prototype"]).toContain(err.path.at(-1));
      expect(polluted()).toBe(false);
    },
  );

  test("a user dataset with a __proto__ key is an invalid dataset, and pollutes nothing", () => {
    const json = JSON.stringify(acmeDataset()).replace(
      '"id":"nyc"',
      '"__proto__":{"polluted":true},"id":"nyc"',
    );
    const err = thrown(() => createPaybands(JSON.parse(json)));
    expect(err).toMatchObject({ code: "INVALID_DATASET", path: ["metros", 1, "__proto__"] });
    expect(polluted()).toBe(false);
  });
});

describe("the bound API is the root entry's, bound to the given dataset", () => {
  const pb = createPaybands(getDataset());
  const functionNames = Object.keys(bound).sort();

  test("it holds exactly the functions of the root entry that read a dataset, and the dataset", () => {
    expect(Object.keys(pb).sort()).toEqual([...functionNames, "dataset"].sort());
    for (const name of functionNames)
      expect((pb as unknown as Record<string, unknown>)[name]).toBeTypeOf("function");
  });

  // One call per function; the list must name every function (checked below).
  const calls: Record<keyof typeof bound, readonly unknown[]> = {
    adjustForMetro: [205000, "seattle", { now: "2026-11-28" }],
    applyLevers: [
      { base: 200000 },
      ["competing-offer", { lever: "sign-on", forfeit: 100000 }],
      { now: "2026-11-28" },
    ],
    datasetAge: ["2026-11-28"],
    estimateCompensation: [
      { level: "senior", metro: "seattle", premiums: ["ai-services"], now: "2026-11-28" },
    ],
    estimateMany: [
      [
        { level: "senior", metro: "seattle", now: "2026-11-28" },
        { level: "mid", percentile: 75, now: "2026-11-28" },
      ],
    ],
    evaluateOffer: [
      { base: 231000, equity: { grant: 200000 } },
      { level: "senior", metro: "seattle", now: "2026-11-28" },
    ],
    evaluateOffers: [
      [
        {
          offer: { base: 231000, equity: { grant: 200000 } },
          context: { level: "senior", metro: "seattle", now: "2026-11-28" },
        },
      ],
    ],
    getLevel: ["principal"],
    getLever: ["forfeit"],
    getMetro: ["nyc"],
    getPremium: ["golang"],
    lateralMoves: ["senior"],
    premiumFromIndex: [0.8],
    projectCareer: [{ level: "mid", years: 6, track: "manager", now: "2026-11-28" }],
    signOnForForfeit: [120000],
    toMetroIndex: ["austin"],
  };

  test.each(functionNames)("%s gives what the root entry gives", (name) => {
    const args = calls[name as keyof typeof bound];
    expect(args, `add a call of ${name} to this test`).toBeDefined();
    const viaRoot = (bound as unknown as Record<string, (...a: readonly unknown[]) => unknown>)[
      name
    ]!(...args);
    const viaCreate = (pb as unknown as Record<string, (...a: readonly unknown[]) => unknown>)[
      name
    ]!(...args);
    expect(viaCreate).toEqual(viaRoot);
  });

  test("and what core gives with the dataset passed in", () => {
    expect(pb.estimateCompensation({ level: "mid", metro: "denver" })).toEqual(
      core.estimateCompensation(getDataset(), { level: "mid", metro: "denver" }),
    );
  });
});
