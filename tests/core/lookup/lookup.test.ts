import { describe, expect, test } from "vitest";
import { getLevel, getLever, getMetro, getPremium } from "../../../src/core/index.js";
import { getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();

describe("lookups by id and alias", () => {
  test.each([
    ["senior", "senior"],
    ["Senior", "senior"],
    ["  SENIOR ", "senior"],
    ["principal", "staff"],
    ["entry", "junior"],
    ["engineer-ii", "mid"],
    ["engineer_ii", "mid"],
  ])("level %j → %s", (key, id) => {
    expect(getLevel(ds, key).id).toBe(id);
  });

  test.each([
    ["sf", "sf-bay-area"],
    ["SF Bay Area", "sf-bay-area"],
    ["bay-area", "sf-bay-area"],
    ["nyc", "new-york"],
    ["remote", "remote-us"],
  ])("metro %j → %s", (key, id) => {
    expect(getMetro(ds, key).id).toBe(id);
  });

  test("levers and premiums", () => {
    expect(getLever(ds, "re-leveling").id).toBe("level-escalation");
    expect(getPremium(ds, "Rust").id).toBe("go-rust");
  });
});

describe("unknown keys", () => {
  test("name the valid choices and suggest the near miss", () => {
    const e = thrown(() => getMetro(ds, "seatle"));
    expect(e.code).toBe("UNKNOWN_METRO");
    expect(e.path).toEqual(["metro"]);
    expect(e.validChoices).toEqual([
      "sf-bay-area",
      "new-york",
      "seattle",
      "austin",
      "denver",
      "chicago",
      "remote-us",
    ]);
    expect(e.message).toBe(
      'Unknown metro "seatle". Did you mean "seattle"? Valid metros: sf-bay-area, new-york, seattle, austin, denver, chicago, remote-us.',
    );
  });

  test("a near miss of an alias suggests the entry it belongs to", () => {
    expect(thrown(() => getLevel(ds, "princpal")).message).toMatch(/Did you mean "staff"\?/);
  });

  test("no suggestion when nothing is close", () => {
    const e = thrown(() => getLevel(ds, "intern"));
    expect(e.code).toBe("UNKNOWN_LEVEL");
    expect(e.message).not.toMatch(/Did you mean/);
    expect(e.message).toMatch(/junior, mid, senior, staff/);
  });

  test.each([undefined, null, 3, {}, ["senior"]])(
    "non-string key %j is rejected with the same code",
    (key) => {
      const e = thrown(() => getLevel(ds, key as unknown as string));
      expect(e.code).toBe("UNKNOWN_LEVEL");
      expect(e.validChoices).toEqual(["junior", "mid", "senior", "staff"]);
    },
  );

  test("the other kinds carry their own codes", () => {
    expect(thrown(() => getLever(ds, "threaten-to-quit")).code).toBe("UNKNOWN_LEVER");
    expect(thrown(() => getPremium(ds, "cobol")).code).toBe("UNKNOWN_PREMIUM");
  });
});
