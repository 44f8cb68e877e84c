import { expect, test } from "vitest";
import * as core from "../../src/core/index.js";
import { getDataset, getLevel, getLever, getMetro, getPremium } from "../../src/index.js";

test("the root entry's lookups are the core lookups bound to the default dataset", () => {
  const ds = getDataset();
  expect(getLevel("sr")).toBe(core.getLevel(ds, "sr"));
  expect(getMetro("atx")).toBe(core.getMetro(ds, "atx"));
  expect(getLever("forfeit")).toBe(core.getLever(ds, "forfeit"));
  expect(getPremium("golang")).toBe(core.getPremium(ds, "golang"));
});
