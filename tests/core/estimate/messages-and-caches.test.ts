/**
 * What the mutation run of the merged code found untested in the estimate and row-batch
 * entry points: the words of their input errors, and that the per-level notes cache
 * serves frozen levels only (a level that can change must get fresh notes). Each result
 * is computed inside its test, where Stryker's mutant is active.
 */
import { describe, expect, test } from "vitest";
import * as core from "../../../src/core/index.js";
import { getDataset } from "../../../src/index.js";
import { createPaybands } from "../../../src/schemas/index.js";
import { thrown } from "../../helpers/thrown.js";

const PERCENTILES_DONT_ADD =
  "Total comp is base at the percentile × the level's TC/base multiplier, not the percentile of total comp: percentiles of components do not add up to the percentile of the total.";

describe("estimateCompensation's notes", () => {
  test("a fresh user level gets both notes, the TC note naming its own estimate ($250,000)", () => {
    const pb = createPaybands(getDataset(), {
      levels: { senior: { estimatedTotalComp: { amount: 250000 } } },
    });
    expect(pb.estimateCompensation({ level: "senior" }).notes).toEqual([
      PERCENTILES_DONT_ADD,
      "The TC/base multiplier comes from the guide's estimated total comp (~$250,000), an estimate rather than a measurement.",
    ]);
  });

  test("a level that can change is not cached: its notes follow its figure", () => {
    // A core caller may pass a dataset it has not frozen (a JSON copy of ours).
    const ds = JSON.parse(JSON.stringify(getDataset())) as ReturnType<typeof getDataset>;
    const senior = ds.levels.find((l) => l.id === "senior") as {
      estimatedTotalComp: { amount: number };
    };
    expect(core.estimateCompensation(ds, { level: "senior" }).notes[1]).toContain("~$287,000");
    senior.estimatedTotalComp.amount = 300000;
    expect(core.estimateCompensation(ds, { level: "senior" }).notes[1]).toContain("~$300,000");
  });
});

describe("input errors name the function and the row", () => {
  test("estimateCompensation: an unknown key names the input and the valid keys", () => {
    const e = thrown(() =>
      core.estimateCompensation(getDataset(), { level: "senior", metor: "sf" } as never),
    );
    expect(e.code).toBe("INVALID_OPTION");
    expect(e.path).toEqual(["metor"]);
    expect(e.message).toMatch(
      /^estimateCompensation input has an unknown key "metor"; valid keys: level, metro, /,
    );
  });

  test("estimateMany and evaluateOffers: a list that is not an array", () => {
    const many = thrown(() => core.estimateMany(getDataset(), { level: "senior" } as never));
    expect([many.code, many.path, many.message]).toEqual([
      "INVALID_INPUT",
      [],
      'estimateMany rows (estimate inputs such as { level: "senior" }) must be an array; got an object',
    ]);
    const offers = thrown(() => core.evaluateOffers(getDataset(), "rows" as never));
    expect([offers.code, offers.path, offers.message]).toEqual([
      "INVALID_INPUT",
      [],
      'evaluateOffers rows ({ offer, context } objects) must be an array; got "rows"',
    ]);
  });

  test.each([
    ["a number", 42, "42"],
    ["null", null, "null"],
    ["an array", [{ base: 1 }], "an array"],
  ])("evaluateOffers: a row that is %s is named with its index", (_, row, shown) => {
    const e = thrown(() =>
      core.evaluateOffers(getDataset(), [
        { offer: { base: 200000 }, context: { level: "senior" } },
        row as never,
      ]),
    );
    expect([e.code, e.path, e.message]).toEqual([
      "INVALID_INPUT",
      [1],
      `[1]: a row must be an object { offer, context }; got ${shown}`,
    ]);
  });
});
