import { describe, expect, test } from "vitest";
import { diffDatasets } from "../../../src/core/dataset/index.js";
import {
  type Dataset,
  getDataset,
  isPaybandsError,
  type PaybandsError,
} from "../../../src/index.js";
import { parseDataset } from "../../../src/schemas/index.js";

const a = getDataset();
// biome-ignore lint/suspicious/noExplicitAny: a mutable copy to edit
const copy = (): any => JSON.parse(JSON.stringify(a));

describe("diffDatasets", () => {
  test("a dataset against itself (or a copy): no differences", () => {
    expect(diffDatasets(a, a)).toEqual({
      from: { id: a.id, version: a.version },
      to: { id: a.id, version: a.version },
      added: [],
      removed: [],
      changed: [],
    });
    expect(diffDatasets(a, parseDataset(copy())).changed).toEqual([]);
  });

  test("paths keyed by ids and anchors by percentile; numbers with their relative change", () => {
    const b = copy();
    b.levels[2].base.anchors[1].amount = 210000;
    b.metros.find((m: { id: string }) => m.id === "seattle").premium = 0.28;
    b.levers[0].effect.fraction = [0.1, 0.25];
    b.levels[0].base.anchors[3].censored = true;
    const d = diffDatasets(a, parseDataset(b));
    expect(d.changed).toEqual([
      {
        path: "levels.senior.base.p50",
        old: 205000,
        new: 210000,
        change: (210000 - 205000) / 205000,
      },
      { path: "metros.seattle.premium", old: 0.26, new: 0.28, change: (0.28 - 0.26) / 0.26 },
      {
        path: "levers.competing-offer.effect.fraction",
        old: [0.1, 0.2],
        new: [0.1, 0.25],
        change: null,
      },
    ]);
    expect(d.added).toEqual([{ path: "levels.junior.base.p90.censored", value: true }]);
  });

  test("reordering a list is not a change; added and removed entries and anchors", () => {
    const b = copy();
    b.metros.reverse();
    b.levels.reverse();
    b.metros = b.metros.filter((m: { id: string }) => m.id !== "chicago");
    b.metros.push({
      id: "boston",
      name: "Boston",
      aliases: ["bos"],
      premium: 0.15,
      facts: [],
      source: "guide",
    });
    b.levels
      .find((l: { id: string }) => l.id === "mid")
      .base.anchors.unshift({ p: 10, amount: 100000 });
    b.levels.find((l: { id: string }) => l.id === "staff").base.anchors.pop();
    b.notes = [];
    const d = diffDatasets(a, parseDataset(b));
    expect(d.changed).toEqual([]);
    expect(d.added.map((x) => x.path)).toEqual(["levels.mid.base.p10", "metros.boston"]);
    expect(d.added[0]?.value).toBe(100000);
    expect(d.removed.map((x) => x.path)).toEqual([
      "levels.staff.base.p90",
      "metros.chicago",
      ...a.notes.map((n) => `notes.${n.id}`),
    ]);
    expect(d.removed[0]?.value).toBe(490000);
  });

  test("an optional field added or removed; a version bump; diff is directional", () => {
    const b = copy();
    b.version = "2026.2.0";
    delete b.levels[1].description;
    b.metros[0].noStateIncomeTax = false;
    const d = diffDatasets(a, parseDataset(b) as Dataset);
    expect(d.to).toEqual({ id: "backend-developer", version: "2026.2.0" });
    expect(d.changed).toEqual([
      { path: "version", old: "2026.1.0", new: "2026.2.0", change: null },
    ]);
    expect(d.removed).toEqual([
      { path: "levels.mid.description", value: a.levels[1]?.description },
    ]);
    expect(d.added).toEqual([{ path: "metros.sf-bay-area.noStateIncomeTax", value: false }]);
    const back = diffDatasets(parseDataset(b), a);
    expect(back.added.map((x) => x.path)).toEqual(["levels.mid.description"]);
    expect(back.removed.map((x) => x.path)).toEqual(["metros.sf-bay-area.noStateIncomeTax"]);
  });

  test("not datasets: INVALID_INPUT naming the argument", () => {
    expect(() => diffDatasets(a, null as unknown as Dataset)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["b"] }),
    );
    expect(() => diffDatasets({} as Dataset, a)).toThrow(expect.objectContaining({ path: ["a"] }));
  });
});

describe("diffDatasets: fuzz regressions", () => {
  const plain = (): Record<string, unknown> => JSON.parse(JSON.stringify(getDataset()));
  const caught = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error("expected a throw");
  };

  // Found by tests/fuzz: a NaN in b was copied into the diff (change.new = NaN).
  test.each([Number.NaN, Number.POSITIVE_INFINITY, -0])(
    "a dataset holding %s is INVALID_INPUT at its path, not a diff with it",
    (bad) => {
      const b = plain();
      (b.levels as { base: { anchors: { amount: number }[] } }[])[2]!.base.anchors[1]!.amount = bad;
      const e = caught(() => diffDatasets(getDataset(), b as unknown as Dataset));
      expect(isPaybandsError(e, "INVALID_INPUT")).toBe(true);
      expect((e as PaybandsError).path).toEqual(["b", "levels", 2, "base", "anchors", 1, "amount"]);
    },
  );

  // Found by tests/fuzz: `k in b` saw Object.prototype's "constructor", so an added
  // "constructor" key was diffed against a function.
  test("a key named like an Object.prototype member is reported as added", () => {
    const b = plain();
    Object.defineProperty(b, "constructor", { value: "x", enumerable: true });
    const d = diffDatasets(getDataset(), b as unknown as Dataset);
    expect(d.added).toEqual([{ path: "constructor", value: "x" }]);
    expect(d.changed).toEqual([]);
  });

  test("a relative change that overflows is null, not Infinity", () => {
    const a = plain();
    const b = plain();
    a.schemaVersion = 1e-300;
    b.schemaVersion = 1e300;
    const d = diffDatasets(a as unknown as Dataset, b as unknown as Dataset);
    expect(d.changed).toEqual([{ path: "schemaVersion", old: 1e-300, new: 1e300, change: null }]);
  });
});
