/**
 * diffDatasets at its edges: anchors that carry extra fields (censored) as they come and
 * go, relative change from and to zero, type changes, lists of scalars, and the error for
 * a non-dataset. The copies are plain JSON edited by hand and not re-validated: diff
 * compares what it is given.
 */
import { describe, expect, test } from "vitest";
import { diffDatasets } from "../../../src/core/dataset/index.js";
import { type Dataset, getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const a = getDataset();

interface Anchor {
  p: number;
  amount: number;
  censored?: boolean;
}
interface Editable {
  version: string;
  title: unknown;
  levels: { id: string; base: { anchors: (Anchor | string)[] } }[];
  metros: { id: string; premium: number; aliases: string[] }[];
}

const copy = (): Editable => JSON.parse(JSON.stringify(a)) as Editable;
const asDataset = (x: Editable): Dataset => x as unknown as Dataset;
const junior = (x: Editable) => x.levels[0] as Editable["levels"][number];
const metro = (x: Editable, id: string) =>
  x.metros.find((m) => m.id === id) as Editable["metros"][number];

describe("anchors with extra fields", () => {
  test("a censored anchor removed: its amount and its field, at the anchor's path", () => {
    const from = copy();
    (junior(from).base.anchors[3] as Anchor).censored = true;
    const to = copy();
    junior(to).base.anchors.pop();
    const d = diffDatasets(asDataset(from), asDataset(to));
    expect(d.removed).toEqual([
      { path: "levels.junior.base.p90", value: 152000 },
      { path: "levels.junior.base.p90.censored", value: true },
    ]);
    expect(d.added).toEqual([]);
    // The other way round, the same two entries are added.
    expect(diffDatasets(asDataset(to), asDataset(from)).added).toEqual(d.removed);
  });

  test("an anchor's amount and its censored flag changed together", () => {
    const from = copy();
    (junior(from).base.anchors[3] as Anchor).censored = false;
    const to = copy();
    Object.assign(junior(to).base.anchors[3] as Anchor, { amount: 160000, censored: true });
    const d = diffDatasets(asDataset(from), asDataset(to));
    // 160,000 ÷ 152,000 − 1 = 1/19.
    expect(d.changed).toEqual([
      { path: "levels.junior.base.p90", old: 152000, new: 160000, change: 8000 / 152000 },
      { path: "levels.junior.base.p90.censored", old: false, new: true, change: null },
    ]);
  });

  test("anchors that are not { p, amount } pairs compare as a whole list", () => {
    const to = copy();
    junior(to).base.anchors = ["p25", "p50"];
    const d = diffDatasets(a, asDataset(to));
    expect(d.changed.map((c) => c.path)).toEqual(["levels.junior.base.anchors"]);
    expect(d.changed[0]?.new).toEqual(["p25", "p50"]);
  });
});

describe("values", () => {
  test("relative change: none from zero, −100% to zero", () => {
    const to = copy();
    metro(to, "remote-us").premium = 0.01;
    metro(to, "austin").premium = 0;
    const d = diffDatasets(a, asDataset(to));
    expect(d.changed).toEqual([
      { path: "metros.austin.premium", old: 0.05, new: 0, change: -1 },
      { path: "metros.remote-us.premium", old: 0, new: 0.01, change: null },
    ]);
  });

  test("a list of scalars changes as a whole; a type change is one change", () => {
    const to = copy();
    metro(to, "chicago").aliases = ["chi", "chicagoland"];
    to.title = 2026;
    const d = diffDatasets(a, asDataset(to));
    expect(d.changed).toEqual([
      { path: "title", old: "Backend Developer Salary Guide 2026", new: 2026, change: null },
      { path: "metros.chicago.aliases", old: ["chi"], new: ["chi", "chicagoland"], change: null },
    ]);
    expect(d.added).toEqual([]);
  });
});

describe("bad arguments", () => {
  test.each<[string, unknown, unknown, "a" | "b"]>([
    ["b null", a, null, "b"],
    ["a an array", [], a, "a"],
    ["a without a string id", { id: 1, version: "2026.1.0" }, a, "a"],
    ["b without a version", a, { id: "backend-developer" }, "b"],
  ])("%s", (_name, x, y, which) => {
    expect(thrown(() => diffDatasets(x as Dataset, y as Dataset))).toMatchObject({
      code: "INVALID_INPUT",
      path: [which],
      message: `diffDatasets(a, b): ${which} must be a dataset (validate a file with parseDataset first)`,
    });
  });
});
