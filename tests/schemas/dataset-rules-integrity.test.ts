/**
 * Rules found missing or mis-reported by the first round of schema tests: an alias
 * that shadows a later entry's id is blamed on the alias; unknown keys are reported
 * at the key; fact ids are unique within their entry; the progression has no self
 * steps and one start per track; a source does not cite itself.
 */
import { describe, expect, test } from "vitest";
import { safeParseDataset } from "../../src/schemas/index.js";
import { arrayAt, expectInvalidDataset, freshDataset, objectAt, setAt } from "./fixtures.js";

describe("namespaces blame the alias, wherever the entries sit", () => {
  test("an alias on an earlier metro that is a later metro's id", () => {
    const ds = freshDataset();
    arrayAt(ds, ["metros", 0, "aliases"]).push("seattle");
    expectInvalidDataset(ds, ["metros", 0, "aliases", 4], /'seattle' is already used by 'seattle'/);
  });

  test("an alias on an earlier level that is a later level's id", () => {
    const ds = freshDataset();
    arrayAt(ds, ["levels", 0, "aliases"]).push("mid");
    expectInvalidDataset(ds, ["levels", 0, "aliases", 4], /'mid'/);
  });
});

test("an unknown key is reported at the key", () => {
  const ds = freshDataset();
  objectAt(ds, ["levels", 1]).extra = 1;
  expectInvalidDataset(ds, ["levels", 1, "extra"], /"extra"/);
});

test("fact ids are unique within a level", () => {
  const ds = freshDataset();
  setAt(ds, ["levels", 0, "facts", 1, "id"], "entry-tech-companies");
  expectInvalidDataset(ds, ["levels", 0, "facts", 1, "id"], /already used/);
});

test("the same fact id in two different levels is fine", () => {
  const ds = freshDataset();
  setAt(ds, ["levels", 1, "facts", 0, "id"], "entry-tech-companies");
  expect(safeParseDataset(ds).success).toBe(true);
});

describe("progression integrity", () => {
  test("a step from a level to itself", () => {
    const ds = freshDataset();
    setAt(ds, ["progression", 3, "to"], "senior");
    expectInvalidDataset(ds, ["progression", 3, "to"], /to itself/);
  });

  test("two starting steps on one track", () => {
    const ds = freshDataset();
    setAt(ds, ["progression", 2, "from"], null);
    setAt(ds, ["progression", 2, "raise"], null);
    expectInvalidDataset(ds, ["progression", 2, "from"], /two starting steps/);
  });
});

test("a source cannot cite itself", () => {
  const ds = freshDataset();
  setAt(ds, ["sources", 1, "citedBy"], "bls-oews");
  expectInvalidDataset(ds, ["sources", 1, "citedBy"], /cannot cite itself/);
});
