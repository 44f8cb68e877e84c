/**
 * Every rule the dataset schemas carry, broken one at a time in a deep copy of the real
 * dataset: the copy must be rejected with INVALID_DATASET at exactly the bad field.
 */
import { describe, expect, test } from "vitest";
import { isPaybandsError } from "../../src/errors/index.js";
import { parseDataset, safeParseDataset } from "../../src/schemas/index.js";
import {
  arrayAt,
  expectInvalidDataset,
  freshDataset,
  getAt,
  type Json,
  objectAt,
  type Path,
  setAt,
  thrownBy,
} from "./fixtures.js";

interface Case {
  name: string;
  mutate: (ds: Json) => void;
  path: Path;
  message: RegExp;
}

const set =
  (path: Path, value: unknown) =>
  (ds: Json): void => {
    setAt(ds, path, value);
  };
const push =
  (path: Path, ...values: unknown[]) =>
  (ds: Json): void => {
    arrayAt(ds, path).push(...values);
  };
const all =
  (...steps: ((ds: Json) => void)[]) =>
  (ds: Json): void => {
    for (const step of steps) step(ds);
  };

/** Runs a table of cases: each mutation alone must be rejected at its path. */
function rejects(cases: Case[]): void {
  test.each(cases)("$name", ({ mutate, path, message }) => {
    const ds = freshDataset();
    mutate(ds);
    expectInvalidDataset(ds, path, message);
  });
}

const SENIOR = ["levels", 2, "base", "anchors"] as const;
const anchor = (i: number, key: string): Path => [...SENIOR, i, key];
const A_LONG = (n: number) => "a".repeat(n);

describe("the real dataset", () => {
  test("parses, equal to its file", () => {
    const input = freshDataset();
    const result = safeParseDataset(input);
    expect(result.success).toBe(true);
    expect(result.success && result.data).toEqual(freshDataset());
    expect(parseDataset(freshDataset())).toEqual(freshDataset());
  });

  test("the result is deeply frozen at every depth", () => {
    const ds = parseDataset(freshDataset());
    const nodes: unknown[] = [
      ds,
      ds.sources,
      ds.sources[1],
      ds.levels,
      ds.levels[2],
      ds.levels[2]?.aliases,
      ds.levels[2]?.years,
      ds.levels[2]?.base,
      ds.levels[2]?.base.anchors,
      ds.levels[2]?.base.anchors[3],
      ds.levels[2]?.estimatedTotalComp,
      ds.levels[3]?.facts[0],
      ds.levels[3]?.facts[0]?.amount,
      ds.metros[0]?.drivers,
      ds.levers[0]?.effect,
      ds.levers[0]?.effect.kind === "percent" ? ds.levers[0].effect.fraction : undefined,
      ds.roles[2]?.comp,
      ds.progression[1]?.raise,
      ds.headlines[1],
      ds.notes[0]?.refs,
    ];
    for (const node of nodes) {
      expect(node).toBeTypeOf("object");
      expect(Object.isFrozen(node)).toBe(true);
    }
    expect(() => {
      (ds.levels[2]?.base.anchors[3] as { amount: number }).amount = 490000;
    }).toThrow(TypeError);
    expect(() => {
      (ds.metros as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(ds.levels[2]?.base.anchors[3]?.amount).toBe(305000);
  });

  test("the result is a copy: the input is not frozen, and changing it later changes nothing", () => {
    const input = freshDataset();
    const ds = parseDataset(input);
    expect(ds).not.toBe(input);
    expect(ds.levels).not.toBe(getAt(input, ["levels"]));
    expect(ds.levels[2]?.base.anchors[1]).not.toBe(getAt(input, [...SENIOR, 1]));
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(getAt(input, [...SENIOR, 1]))).toBe(false);

    setAt(input, [...SENIOR, 1, "amount"], 1);
    setAt(input, ["metros", 0, "premium"], 9);
    arrayAt(input, ["metros", 0, "aliases"]).push("frisco");
    arrayAt(input, ["levels"]).pop();
    objectAt(input, ["sources", 0]).name = "changed";

    expect(ds.levels[2]?.base.anchors[1]?.amount).toBe(205000);
    expect(ds.metros[0]?.premium).toBe(0.38);
    expect(ds.metros[0]?.aliases).toEqual(["sf", "bay-area", "san-francisco", "sfba"]);
    expect(ds.levels).toHaveLength(4);
    expect(ds.sources[0]?.name).toBe("Backend Developer Salary Guide (2026)");
  });

  test("a parsed (frozen) dataset parses again to an equal value", () => {
    const once = parseDataset(freshDataset());
    expect(parseDataset(once)).toEqual(once);
  });

  test("names and texts are trimmed", () => {
    const input = freshDataset();
    setAt(input, ["levels", 2, "name"], "  Senior Backend Developer\n");
    expect(parseDataset(input).levels[2]?.name).toBe("Senior Backend Developer");
  });

  test.each([null, undefined, 42, "dataset", [], true])(
    "the non-object %j is rejected at the root",
    (input) => {
      expectInvalidDataset(input, []);
    },
  );
});

describe("bands: anchors", () => {
  rejects([
    {
      name: "anchors unordered in p",
      mutate: set(anchor(2, "p"), 40),
      path: anchor(2, "p"),
      message: /percentiles must strictly increase/,
    },
    {
      name: "anchors unordered in amount",
      mutate: set(anchor(1, "amount"), 150000),
      path: anchor(1, "amount"),
      message: /amounts must strictly increase/,
    },
    {
      name: "two anchors with the same amount",
      mutate: set(anchor(2, "amount"), 205000),
      path: anchor(2, "amount"),
      message: /amounts must strictly increase/,
    },
    {
      name: "duplicate anchor p",
      mutate: set(anchor(2, "p"), 50),
      path: anchor(2, "p"),
      message: /percentiles must strictly increase/,
    },
    {
      name: "percentile 0",
      mutate: set(anchor(0, "p"), 0),
      path: anchor(0, "p"),
      message: /from 1 to 99/,
    },
    {
      name: "percentile 0.5 (anchors live in p1..p99)",
      mutate: set(anchor(0, "p"), 0.5),
      path: anchor(0, "p"),
      message: /from 1 to 99/,
    },
    {
      name: "percentile 100",
      mutate: set(anchor(3, "p"), 100),
      path: anchor(3, "p"),
      message: /from 1 to 99/,
    },
    {
      name: "percentile -5",
      mutate: set(anchor(0, "p"), -5),
      path: anchor(0, "p"),
      message: /from 1 to 99/,
    },
    {
      name: "percentile 150",
      mutate: set(anchor(3, "p"), 150),
      path: anchor(3, "p"),
      message: /from 1 to 99/,
    },
    {
      name: "percentile NaN",
      mutate: set(anchor(1, "p"), Number.NaN),
      path: anchor(1, "p"),
      message: /expected number, received NaN/,
    },
    {
      name: "percentile NaN written to JSON (null)",
      mutate: (ds) => {
        setAt(ds, anchor(1, "p"), Number.NaN);
        setAt(ds, ["levels"], JSON.parse(JSON.stringify(getAt(ds, ["levels"]))));
      },
      path: anchor(1, "p"),
      message: /expected number, received null/,
    },
    {
      name: "percentile Infinity",
      mutate: set(anchor(3, "p"), Number.POSITIVE_INFINITY),
      path: anchor(3, "p"),
      message: /expected number, received Infinity/,
    },
    {
      name: "percentile as a string",
      mutate: set(anchor(1, "p"), "50"),
      path: anchor(1, "p"),
      message: /expected number, received string/,
    },
    {
      name: "amount 0",
      mutate: set(anchor(0, "amount"), 0),
      path: anchor(0, "amount"),
      message: /anchor amount must be >= 0.01/,
    },
    {
      name: "amount below a cent (5e-324: its ratio to the next anchor overflows)",
      mutate: set(anchor(0, "amount"), 5e-324),
      path: anchor(0, "amount"),
      message: /anchor amount must be >= 0.01/,
    },
    {
      name: "negative amount",
      mutate: set(anchor(0, "amount"), -162000),
      path: anchor(0, "amount"),
      message: /Too small: expected number to be >=0/,
    },
    {
      name: "amount above 10^9 (a misplaced decimal point)",
      mutate: set(anchor(3, "amount"), 3050000000),
      path: anchor(3, "amount"),
      message: /Too big/,
    },
    {
      name: "censored that is not a boolean",
      mutate: set(anchor(3, "censored"), "yes"),
      path: anchor(3, "censored"),
      message: /expected boolean/,
    },
    {
      name: "fewer than 2 anchors",
      mutate: (ds) => {
        arrayAt(ds, SENIOR).splice(1);
      },
      path: SENIOR,
      message: /Too small/,
    },
    {
      name: "no anchors at all",
      mutate: set(SENIOR, []),
      path: SENIOR,
      message: /Too small/,
    },
    {
      name: "more than 99 anchors",
      mutate: set(
        SENIOR,
        Array.from({ length: 100 }, (_, i) => ({ p: 0.5 + i * 0.99, amount: 100000 + i * 1000 })),
      ),
      path: SENIOR,
      message: /Too big/,
    },
    {
      name: "a censored anchor followed by an uncensored one",
      mutate: set(anchor(2, "censored"), true),
      path: anchor(3, "censored"),
      message: /cannot follow a censored one/,
    },
    {
      name: "censored anchors with different amounts",
      mutate: all(set(anchor(2, "censored"), true), set(anchor(3, "censored"), true)),
      path: anchor(3, "amount"),
      message: /share one top-code amount/,
    },
    {
      name: "a censored anchor not above the uncensored one before it",
      mutate: all(set(anchor(3, "censored"), true), set(anchor(3, "amount"), 255000)),
      path: anchor(3, "amount"),
      message: /amounts must strictly increase/,
    },
    {
      name: "a band with fewer than 2 uncensored anchors",
      mutate: (ds) => {
        for (const i of [1, 2, 3]) {
          setAt(ds, anchor(i, "censored"), true);
          setAt(ds, anchor(i, "amount"), 205000);
        }
      },
      path: SENIOR,
      message: /at least two uncensored anchors/,
    },
  ]);

  test("censored top anchors that share one amount are accepted", () => {
    const ds = freshDataset();
    for (const i of [2, 3]) {
      setAt(ds, anchor(i, "censored"), true);
      setAt(ds, anchor(i, "amount"), 239200);
    }
    expect(safeParseDataset(ds).success).toBe(true);
  });
});

describe("levels", () => {
  rejects([
    {
      name: "a level without p50",
      mutate: set(anchor(1, "p"), 60),
      path: SENIOR,
      message: /needs a p50 anchor/,
    },
    {
      name: "estimated TC below the p50 base",
      mutate: set(["levels", 2, "estimatedTotalComp", "amount"], 204999),
      path: ["levels", 2, "estimatedTotalComp", "amount"],
      message: /1x to 5x the p50 base/,
    },
    {
      name: "estimated TC above 5x the p50 base",
      mutate: set(["levels", 2, "estimatedTotalComp", "amount"], 1025001),
      path: ["levels", 2, "estimatedTotalComp", "amount"],
      message: /1x to 5x the p50 base/,
    },
    {
      name: "estimated TC of 0",
      mutate: set(["levels", 0, "estimatedTotalComp", "amount"], 0),
      path: ["levels", 0, "estimatedTotalComp", "amount"],
      message: /Too small/,
    },
    {
      name: "estimated TC without approximate",
      mutate: (ds) => {
        delete objectAt(ds, ["levels", 0, "estimatedTotalComp"]).approximate;
      },
      path: ["levels", 0, "estimatedTotalComp", "approximate"],
      message: /expected boolean/,
    },
    {
      name: "a rank that is not an integer",
      mutate: set(["levels", 1, "rank"], 2.5),
      path: ["levels", 1, "rank"],
      message: /expected int/,
    },
    {
      name: "rank 0",
      mutate: set(["levels", 0, "rank"], 0),
      path: ["levels", 0, "rank"],
      message: /Too small/,
    },
    {
      name: "duplicate level rank",
      mutate: set(["levels", 3, "rank"], 3),
      path: ["levels", 3, "rank"],
      message: /duplicate level rank 3/,
    },
    {
      name: "years above 60",
      mutate: set(["levels", 3, "years"], [8, 61]),
      path: ["levels", 3, "years", 1],
      message: /Too big/,
    },
    {
      name: "a missing required key",
      mutate: (ds) => {
        delete objectAt(ds, ["levels", 0]).facts;
      },
      path: ["levels", 0, "facts"],
      message: /expected array/,
    },
  ]);

  test.each([
    ["exactly the p50 base (1x)", 205000],
    ["exactly 5x the p50 base", 1025000],
  ])("estimated TC of %s is accepted", (_, amount) => {
    const ds = freshDataset();
    setAt(ds, ["levels", 2, "estimatedTotalComp", "amount"], amount);
    expect(safeParseDataset(ds).success).toBe(true);
  });
});

describe("unknown keys are rejected", () => {
  // zod reports an unrecognized key at the object that holds it and names the key in the
  // message; the path may also end in the key itself.
  test.each<[string, Path]>([
    ["at the top level", []],
    ["in a level", ["levels", 1]],
    ["in an anchor", [...SENIOR, 2]],
    ["in a band", ["levels", 2, "base"]],
    ["in estimatedTotalComp", ["levels", 0, "estimatedTotalComp"]],
    ["in a fact", ["levels", 0, "facts", 0]],
    ["in a metro", ["metros", 0]],
    ["in a lever", ["levers", 0]],
    ["in an effect", ["levers", 0, "effect"]],
    ["in a premium", ["premiums", 0]],
    ["in a role's comp", ["roles", 1, "comp"]],
    ["in a progression step", ["progression", 0]],
    ["in a lateral move", ["lateralMoves", 0]],
    ["in a headline", ["headlines", 0]],
    ["in a note", ["notes", 0]],
    ["in a source", ["sources", 0]],
  ])("%s", (_, where) => {
    for (const key of ["extra", "Id", "median"]) {
      const ds = freshDataset();
      objectAt(ds, where)[key] = 1;
      const result = safeParseDataset(ds);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.code).toBe("INVALID_DATASET");
      expect([where, [...where, key]]).toContainEqual(result.error.path);
      expect(result.error.issues[0]?.message).toContain(`"${key}"`);
      expect(
        isPaybandsError(
          thrownBy(() => parseDataset(ds)),
          "INVALID_DATASET",
        ),
      ).toBe(true);
    }
  });
});

describe("ids and aliases", () => {
  test.each([
    "Mid",
    "mid_level",
    "mid level",
    "-mid",
    "mid-",
    "mid--level",
    "mid.level",
    "",
    A_LONG(65),
  ])("the non-kebab id %j is rejected", (id) => {
    const ds = freshDataset();
    setAt(ds, ["levels", 1, "id"], id);
    expectInvalidDataset(ds, ["levels", 1, "id"]);
  });

  test.each(["mid", "engineer-2", "2026", A_LONG(64)])("the kebab id %j is accepted", (id) => {
    const ds = freshDataset();
    setAt(ds, ["metros", 4, "id"], id);
    expect(safeParseDataset(ds).success).toBe(true);
  });

  rejects([
    {
      name: "a non-kebab alias",
      mutate: set(["metros", 0, "aliases", 0], "SF"),
      path: ["metros", 0, "aliases", 0],
      message: /kebab-case/,
    },
    {
      name: "a non-kebab source reference",
      mutate: set(["levels", 0, "source"], "The Guide"),
      path: ["levels", 0, "source"],
      message: /kebab-case/,
    },
    {
      name: "duplicate level id",
      mutate: set(["levels", 3, "id"], "mid"),
      path: ["levels", 3, "id"],
      message: /'mid' is already used by 'mid'/,
    },
    {
      name: "duplicate metro id",
      mutate: set(["metros", 5, "id"], "austin"),
      path: ["metros", 5, "id"],
      message: /'austin' is already used by 'austin'/,
    },
    {
      name: "duplicate lever id",
      mutate: set(["levers", 4, "id"], "ai-premium"),
      path: ["levers", 4, "id"],
      message: /already used/,
    },
    {
      name: "duplicate premium id",
      mutate: set(["premiums", 1, "id"], "containers-cloud"),
      path: ["premiums", 1, "id"],
      message: /already used/,
    },
    {
      name: "duplicate lateral move id",
      mutate: set(["lateralMoves", 4, "id"], "full-stack"),
      path: ["lateralMoves", 4, "id"],
      message: /already used/,
    },
    {
      name: "duplicate source id",
      mutate: set(["sources", 5, "id"], "glassdoor"),
      path: ["sources", 5, "id"],
      message: /already used/,
    },
    {
      name: "duplicate role id",
      mutate: set(["roles", 2, "id"], "director"),
      path: ["roles", 2, "id"],
      message: /already used/,
    },
    {
      name: "a role id equal to a level id",
      mutate: set(["roles", 0, "id"], "staff"),
      path: ["roles", 0, "id"],
      message: /level or role id or alias 'staff'/,
    },
    {
      name: "duplicate progression step id",
      mutate: set(["progression", 4, "id"], "senior-to-staff"),
      path: ["progression", 4, "id"],
      message: /already used/,
    },
    {
      name: "duplicate headline id",
      mutate: set(["headlines", 2, "id"], "median-senior"),
      path: ["headlines", 2, "id"],
      message: /already used/,
    },
    {
      name: "duplicate note id",
      mutate: set(["notes", 7, "id"], "directional"),
      path: ["notes", 7, "id"],
      message: /already used/,
    },
    {
      name: "an alias shadowing another metro's id",
      mutate: push(["metros", 5, "aliases"], "sf-bay-area"),
      path: ["metros", 5, "aliases", 1],
      message: /'sf-bay-area' is already used by 'sf-bay-area'/,
    },
    {
      name: "an alias shadowing another metro's alias",
      mutate: push(["metros", 5, "aliases"], "nyc"),
      path: ["metros", 5, "aliases", 1],
      message: /'nyc' is already used by 'new-york'/,
    },
    {
      name: "an alias equal to its own id",
      mutate: push(["metros", 5, "aliases"], "chicago"),
      path: ["metros", 5, "aliases", 1],
      message: /'chicago' is already used by 'chicago'/,
    },
    {
      name: "an alias shadowing another level's alias",
      mutate: push(["levels", 3, "aliases"], "sr"),
      path: ["levels", 3, "aliases", 5],
      message: /'sr' is already used by 'senior'/,
    },
    {
      name: "an alias shadowing another lever's alias",
      mutate: push(["levers", 4, "aliases"], "ai"),
      path: ["levers", 4, "aliases", 3],
      message: /'ai' is already used by 'ai-premium'/,
    },
    {
      name: "an alias shadowing another premium's id",
      mutate: push(["premiums", 2, "aliases"], "go-rust"),
      path: ["premiums", 2, "aliases", 3],
      message: /already used by 'go-rust'/,
    },
    {
      name: "an alias shadowing another lateral move's alias",
      mutate: push(["lateralMoves", 4, "aliases"], "platform"),
      path: ["lateralMoves", 4, "aliases", 3],
      message: /already used by 'platform-infrastructure'/,
    },
    {
      name: "a role alias shadowing a level id",
      mutate: push(["roles", 0, "aliases"], "senior"),
      path: ["roles", 0, "aliases", 2],
      message: /level or role id or alias 'senior'/,
    },
    {
      name: "a duplicate alias within one entry",
      mutate: push(["metros", 0, "aliases"], "sf"),
      path: ["metros", 0, "aliases", 4],
      message: /duplicate entry 'sf'/,
    },
    {
      name: "more than 16 aliases",
      mutate: set(
        ["levels", 0, "aliases"],
        Array.from({ length: 17 }, (_, i) => `alias-${i}`),
      ),
      path: ["levels", 0, "aliases"],
      message: /Too big/,
    },
  ]);

  test("the same alias in two different namespaces is allowed", () => {
    const ds = freshDataset();
    arrayAt(ds, ["metros", 5, "aliases"]).push("ai", "senior", "go");
    expect(safeParseDataset(ds).success).toBe(true);
  });
});

describe("metro premiums and the baseline", () => {
  rejects([
    {
      name: "a premium typed as 38 instead of 0.38",
      mutate: set(["metros", 0, "premium"], 38),
      path: ["metros", 0, "premium"],
      message: /write \+38% as 0\.38/,
    },
    {
      name: "a premium with 5 decimals",
      mutate: set(["metros", 0, "premium"], 0.38125),
      path: ["metros", 0, "premium"],
      message: /more than four decimal places/,
    },
    {
      name: "a premium below -50%",
      mutate: set(["metros", 4, "premium"], -0.6),
      path: ["metros", 4, "premium"],
      message: /below -50%/,
    },
    {
      name: "a premium given as a string",
      mutate: set(["metros", 0, "premium"], "38%"),
      path: ["metros", 0, "premium"],
      message: /expected number/,
    },
    {
      name: "a baseline metro premium that is not 0",
      mutate: set(["metros", 6, "premium"], 0.01),
      path: ["metros", 6, "premium"],
      message: /baseline metro 'remote-us' must have premium 0/,
    },
    {
      name: "a baseline moved to a metro with a premium",
      mutate: set(["baselineMetro"], "sf-bay-area"),
      path: ["metros", 0, "premium"],
      message: /baseline metro 'sf-bay-area' must have premium 0/,
    },
    {
      name: "baselineMetro naming an unknown metro",
      mutate: set(["baselineMetro"], "paris"),
      path: ["baselineMetro"],
      message: /unknown metro 'paris'; valid: sf-bay-area, new-york/,
    },
    {
      name: "baselineMetro naming an alias rather than an id",
      mutate: set(["baselineMetro"], "remote"),
      path: ["baselineMetro"],
      message: /unknown metro 'remote'/,
    },
    {
      name: "more than 20 drivers",
      mutate: set(
        ["metros", 0, "drivers"],
        Array.from({ length: 21 }, (_, i) => `Driver ${i}`),
      ),
      path: ["metros", 0, "drivers"],
      message: /Too big/,
    },
  ]);

  test.each([-0.5, 2, 0.3812, 0.1 + 0.2])("the premium %d is accepted", (premium) => {
    const ds = freshDataset();
    setAt(ds, ["metros", 0, "premium"], premium);
    expect(safeParseDataset(ds).success).toBe(true);
  });
});

describe("references resolve", () => {
  rejects([
    {
      name: "a premium's level that does not exist",
      mutate: set(["premiums", 2, "levels", 1], "principal-plus"),
      path: ["premiums", 2, "levels", 1],
      message: /unknown level 'principal-plus'; valid: junior, mid, senior, staff/,
    },
    {
      name: "a premium's level given by alias",
      mutate: set(["premiums", 2, "levels", 0], "sr"),
      path: ["premiums", 2, "levels", 0],
      message: /unknown level 'sr'/,
    },
    {
      name: "a premium with no levels",
      mutate: set(["premiums", 0, "levels"], []),
      path: ["premiums", 0, "levels"],
      message: /Too small/,
    },
    {
      name: "a premium naming one level twice",
      mutate: set(["premiums", 2, "levels"], ["senior", "senior"]),
      path: ["premiums", 2, "levels", 1],
      message: /duplicate entry 'senior'/,
    },
    {
      name: "a lateral move's level that does not exist",
      mutate: set(["lateralMoves", 0, "levels", 0], "lead"),
      path: ["lateralMoves", 0, "levels", 0],
      message: /unknown level 'lead'/,
    },
    {
      name: "a headline's level that does not exist",
      mutate: set(["headlines", 0, "level"], "lead"),
      path: ["headlines", 0, "level"],
      message: /unknown level 'lead'/,
    },
    {
      name: "a progression step `to` that does not exist",
      mutate: set(["progression", 2, "to"], "tech-lead"),
      path: ["progression", 2, "to"],
      message: /unknown level or role 'tech-lead'/,
    },
    {
      name: "a progression step `from` that does not exist",
      mutate: set(["progression", 3, "from"], "lead"),
      path: ["progression", 3, "from"],
      message: /unknown level or role 'lead'/,
    },
    {
      name: "a step with from=null but a raise",
      mutate: set(["progression", 4, "from"], null),
      path: ["progression", 4, "raise"],
      message: /only the starting step/,
    },
    {
      name: "the starting step with a raise",
      mutate: set(["progression", 0, "raise"], [0.1, 0.2]),
      path: ["progression", 0, "raise"],
      message: /only the starting step/,
    },
    {
      name: "a later step without a raise",
      mutate: set(["progression", 3, "raise"], null),
      path: ["progression", 3, "raise"],
      message: /only the starting step/,
    },
    {
      name: "duplicate progression order",
      mutate: set(["progression", 4, "order"], 4),
      path: ["progression", 4, "order"],
      message: /duplicate progression order 4/,
    },
    {
      name: "duplicate lever rank",
      mutate: set(["levers", 4, "rank"], 1),
      path: ["levers", 4, "rank"],
      message: /duplicate lever rank 1/,
    },
  ]);

  test.each<[string, Path]>([
    ["a level", ["levels", 0, "source"]],
    ["a level's fact", ["levels", 3, "facts", 0, "source"]],
    ["a metro", ["metros", 2, "source"]],
    ["a metro's fact", ["metros", 0, "facts", 1, "source"]],
    ["a lever", ["levers", 2, "source"]],
    ["a premium", ["premiums", 1, "source"]],
    ["a role", ["roles", 1, "source"]],
    ["a progression step", ["progression", 2, "source"]],
    ["a lateral move", ["lateralMoves", 3, "source"]],
    ["a headline", ["headlines", 1, "source"]],
    ["a source's citedBy", ["sources", 1, "citedBy"]],
  ])("a source reference that does not resolve, in %s", (_, path) => {
    for (const bad of ["wikipedia", "senior"]) {
      const ds = freshDataset();
      setAt(ds, path, bad);
      expectInvalidDataset(
        ds,
        path,
        new RegExp(`unknown source '${bad}'; valid: guide, bls-oews, levels-fyi`),
      );
    }
  });

  test("a source reference may name any source, not only the guide", () => {
    const ds = freshDataset();
    setAt(ds, ["levels", 0, "facts", 0, "source"], "bls-oews");
    expect(safeParseDataset(ds).success).toBe(true);
  });
});

describe("ranges and effects", () => {
  rejects([
    {
      name: "a lever fraction with low > high",
      mutate: set(["levers", 0, "effect", "fraction"], [0.2, 0.1]),
      path: ["levers", 0, "effect", "fraction", 1],
      message: /low must be <= high/,
    },
    {
      name: "a fact amount with low > high",
      mutate: set(["levels", 0, "facts", 0, "amount"], [130000, 90000]),
      path: ["levels", 0, "facts", 0, "amount", 1],
      message: /low must be <= high/,
    },
    {
      name: "level years with low > high",
      mutate: set(["levels", 1, "years"], [5, 2]),
      path: ["levels", 1, "years", 1],
      message: /low must be <= high/,
    },
    {
      name: "step years with low > high",
      mutate: set(["progression", 1, "years"], [3, 2]),
      path: ["progression", 1, "years", 1],
      message: /low must be <= high/,
    },
    {
      name: "a step raise with low > high",
      mutate: set(["progression", 1, "raise"], [0.42, 0.28]),
      path: ["progression", 1, "raise", 1],
      message: /low must be <= high/,
    },
    {
      name: "a premium amount with low > high",
      mutate: set(["premiums", 0, "effect", "amount"], [15000, 8000]),
      path: ["premiums", 0, "effect", "amount", 1],
      message: /low must be <= high/,
    },
    {
      name: "a role comp with low > high",
      mutate: set(["roles", 1, "comp", "amount"], [400000, 250000]),
      path: ["roles", 1, "comp", "amount", 1],
      message: /low must be <= high/,
    },
    {
      name: "role horizon years with low > high",
      mutate: set(["roles", 2, "horizonYears"], [10, 5]),
      path: ["roles", 2, "horizonYears", 1],
      message: /low must be <= high/,
    },
    {
      name: "a lateral move amount with low > high",
      mutate: set(["lateralMoves", 3, "effect", "amount"], [30000, 15000]),
      path: ["lateralMoves", 3, "effect", "amount", 1],
      message: /low must be <= high/,
    },
    {
      name: "a range with three ends",
      mutate: set(["levels", 1, "years"], [2, 3, 5]),
      path: ["levels", 1, "years"],
      message: /Too big/,
    },
    {
      name: "a range with one end",
      mutate: set(["levels", 1, "years"], [2]),
      path: ["levels", 1, "years"],
      message: /Too small/,
    },
    {
      name: "a fraction-of-forfeit fraction > 1",
      mutate: set(["levers", 4, "effect", "fraction"], [0.5, 1.5]),
      path: ["levers", 4, "effect", "fraction", 1],
      message: /Too big/,
    },
    {
      name: "a percent fraction > 2",
      mutate: set(["levers", 0, "effect", "fraction"], [0.1, 2.5]),
      path: ["levers", 0, "effect", "fraction", 1],
      message: /Too big/,
    },
    {
      name: "a negative percent fraction",
      mutate: set(["premiums", 1, "effect", "fraction"], [-0.1, 0.2]),
      path: ["premiums", 1, "effect", "fraction", 0],
      message: /Too small/,
    },
    {
      name: "a step raise > 2",
      mutate: set(["progression", 3, "raise"], [0.4, 65]),
      path: ["progression", 3, "raise", 1],
      message: /Too big/,
    },
    {
      name: "a fact fraction < -1",
      mutate: set(["levels", 0, "facts", 2, "fraction"], [-1.5, 0]),
      path: ["levels", 0, "facts", 2, "fraction", 0],
      message: /Too small/,
    },
    {
      name: "an unknown effect kind",
      mutate: set(["levers", 0, "effect", "kind"], "multiplier"),
      path: ["levers", 0, "effect", "kind"],
      message: /discriminator/i,
    },
    {
      name: "an effect without a kind",
      mutate: (ds) => {
        delete objectAt(ds, ["levers", 2, "effect"]).kind;
      },
      path: ["levers", 2, "effect", "kind"],
      message: /discriminator/i,
    },
    {
      name: "an unknown basis",
      mutate: set(["levers", 2, "effect", "basis"], "salary"),
      path: ["levers", 2, "effect", "basis"],
      message: /expected one of/,
    },
    {
      name: "an empty qualitative summary",
      mutate: set(["levers", 3, "effect", "summary"], "   "),
      path: ["levers", 3, "effect", "summary"],
      message: /Too small/,
    },
    {
      name: "an unknown effectiveness",
      mutate: set(["levers", 3, "effectiveness"], "very-high"),
      path: ["levers", 3, "effectiveness"],
      message: /expected one of "high"\|"medium"\|"low"/,
    },
    {
      name: "an unknown fact kind",
      mutate: set(["levels", 0, "facts", 0, "kind"], "estimate"),
      path: ["levels", 0, "facts", 0, "kind"],
      message: /expected one of/,
    },
    {
      name: "an unknown track",
      mutate: set(["progression", 4, "track"], "executive"),
      path: ["progression", 4, "track"],
      message: /expected one of/,
    },
    {
      name: "an unknown source kind",
      mutate: set(["sources", 1, "kind"], "blog"),
      path: ["sources", 1, "kind"],
      message: /expected one of/,
    },
    {
      name: "an unknown headline unit",
      mutate: set(["headlines", 2, "unit"], "levels"),
      path: ["headlines", 2, "unit"],
      message: /expected one of/,
    },
    {
      name: "a headline percentile of 100",
      mutate: set(["headlines", 1, "percentile"], 100),
      path: ["headlines", 1, "percentile"],
      message: /< 100/,
    },
    {
      name: "an unknown note kind",
      mutate: set(["notes", 0, "kind"], "bug"),
      path: ["notes", 0, "kind"],
      message: /expected one of/,
    },
  ]);
});

describe("dataset scalars", () => {
  test.each(["2026.1", "v2026.1.0", "2026.01.0", "2026.1.0-beta", "1826.1.0", "26.1.0", 2026])(
    "the version %j is rejected",
    (version) => {
      const ds = freshDataset();
      setAt(ds, ["version"], version);
      expectInvalidDataset(ds, ["version"]);
    },
  );

  test.each(["2026.2.0", "2026.1.3", "2027.10.12", "1999.0.0"])(
    "the version %j is accepted",
    (version) => {
      const ds = freshDataset();
      setAt(ds, ["version"], version);
      expect(safeParseDataset(ds).success).toBe(true);
    },
  );

  test.each([
    "2026-13-01",
    "2026-02-30",
    "2026-02-29",
    "2026-1-1",
    "01/01/2026",
    "2026-01-01T00:00:00Z",
  ])("the effectiveDate %j is rejected", (date) => {
    const ds = freshDataset();
    setAt(ds, ["effectiveDate"], date);
    expectInvalidDataset(ds, ["effectiveDate"], /ISO date/);
  });

  test.each(["usd", "US", "USDT", "$"])("the currency %j is rejected", (currency) => {
    const ds = freshDataset();
    setAt(ds, ["currency"], currency);
    expectInvalidDataset(ds, ["currency"], /ISO 4217/);
  });

  test.each(["us", "USA", ""])("the country %j is rejected", (country) => {
    const ds = freshDataset();
    setAt(ds, ["country"], country);
    expectInvalidDataset(ds, ["country"], /ISO 3166/);
  });

  test.each([0, 2, "1"])("the schemaVersion %j is rejected", (schemaVersion) => {
    const ds = freshDataset();
    setAt(ds, ["schemaVersion"], schemaVersion);
    expectInvalidDataset(ds, ["schemaVersion"]);
  });

  test("a missing top-level key is rejected at that key", () => {
    const ds = freshDataset();
    delete objectAt(ds, []).notes;
    expectInvalidDataset(ds, ["notes"], /expected array/);
  });
});

describe("strings and arrays are bounded", () => {
  rejects([
    {
      name: "a title over 200 characters",
      mutate: set(["title"], A_LONG(201)),
      path: ["title"],
      message: /Too big/,
    },
    {
      name: "a level name over 200 characters",
      mutate: set(["levels", 0, "name"], A_LONG(201)),
      path: ["levels", 0, "name"],
      message: /Too big/,
    },
    {
      name: "an empty name",
      mutate: set(["metros", 1, "name"], ""),
      path: ["metros", 1, "name"],
      message: /Too small/,
    },
    {
      name: "a whitespace-only name",
      mutate: set(["metros", 1, "name"], "   "),
      path: ["metros", 1, "name"],
      message: /Too small/,
    },
    {
      name: "a description over 2000 characters",
      mutate: set(["description"], A_LONG(2001)),
      path: ["description"],
      message: /Too big/,
    },
    {
      name: "a fact text over 2000 characters",
      mutate: set(["levels", 0, "facts", 0, "text"], A_LONG(2001)),
      path: ["levels", 0, "facts", 0, "text"],
      message: /Too big/,
    },
    {
      name: "a note text over 2000 characters",
      mutate: set(["notes", 0, "text"], A_LONG(2001)),
      path: ["notes", 0, "text"],
      message: /Too big/,
    },
    {
      name: "51 levels",
      mutate: (ds) => {
        const levels = arrayAt(ds, ["levels"]);
        while (levels.length < 51) levels.push(structuredClone(levels[0]));
      },
      path: ["levels"],
      message: /Too big: expected array to have <=50 items/,
    },
    {
      name: "no levels",
      mutate: set(["levels"], []),
      path: ["levels"],
      message: /Too small/,
    },
    {
      name: "no sources",
      mutate: set(["sources"], []),
      path: ["sources"],
      message: /Too small/,
    },
    {
      name: "no metros",
      mutate: set(["metros"], []),
      path: ["metros"],
      message: /Too small/,
    },
    {
      name: "31 facts on a level",
      mutate: (ds) => {
        const facts = arrayAt(ds, ["levels", 0, "facts"]);
        const fact = getAt(ds, ["levels", 0, "facts", 0]);
        while (facts.length < 31) facts.push(structuredClone(fact));
      },
      path: ["levels", 0, "facts"],
      message: /Too big/,
    },
    {
      name: "101 notes",
      mutate: (ds) => {
        const notes = arrayAt(ds, ["notes"]);
        const note = getAt(ds, ["notes", 0]);
        while (notes.length < 101) notes.push(structuredClone(note));
      },
      path: ["notes"],
      message: /Too big/,
    },
    {
      name: "21 refs on a note",
      mutate: set(
        ["notes", 0, "refs"],
        Array.from({ length: 21 }, (_, i) => `levels.${i}`),
      ),
      path: ["notes", 0, "refs"],
      message: /Too big/,
    },
  ]);

  test("text of exactly 2000 characters and a name of exactly 200 are accepted", () => {
    const ds = freshDataset();
    setAt(ds, ["description"], A_LONG(2000));
    setAt(ds, ["title"], A_LONG(200));
    expect(safeParseDataset(ds).success).toBe(true);
  });
});
