import { describe, expect, test } from "vitest";
import { diffDatasets } from "../../../src/core/dataset/index.js";
import { type Dataset, getDataset } from "../../../src/index.js";
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
