/** diffDatasets when a number becomes a string: a change with no relative change (not NaN). */
import { describe, expect, test } from "vitest";
import { diffDatasets } from "../../../src/core/dataset/index.js";
import { type Dataset, getDataset } from "../../../src/index.js";

const ds = getDataset();

describe("diffDatasets: a number that becomes something else", () => {
  test("has no relative change", () => {
    const to = JSON.parse(JSON.stringify(ds)) as { metros: { id: string; premium: unknown }[] };
    (to.metros.find((m) => m.id === "seattle") as { premium: unknown }).premium = "0.26";
    const d = diffDatasets(ds, to as unknown as Dataset);
    expect(d.changed).toEqual([
      { path: "metros.seattle.premium", old: 0.26, new: "0.26", change: null },
    ]);
  });
});
