import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { getDataset, isPaybandsError, listDatasets } from "../../src/index.js";
import { DatasetSchema } from "../../src/schemas/index.js";

const file = JSON.parse(
  readFileSync(new URL("../../data/backend-developer/2026.1.0.json", import.meta.url), "utf8"),
);

/** Canonical JSON written independently of scripts/build-data.ts: sorted keys, no whitespace. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

describe("getDataset", () => {
  test("defaults to the latest backend-developer dataset", () => {
    expect(getDataset()).toBe(getDataset("backend-developer"));
    expect(getDataset()).toBe(getDataset("backend-developer", "2026.1.0"));
    expect(getDataset().version).toBe("2026.1.0");
  });

  test("the embedded dataset equals the file in data/ and passes the schema", () => {
    expect(getDataset()).toEqual(file);
    expect(DatasetSchema.safeParse(getDataset()).success).toBe(true);
  });

  test("is deeply frozen", () => {
    const ds = getDataset();
    for (const value of [
      ds,
      ds.levels,
      ds.levels[2],
      ds.levels[2]?.base.anchors,
      ds.levels[2]?.base.anchors[0],
      ds.metros[0]?.aliases,
    ]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(() => {
      (ds.metros[0] as { premium: number }).premium = 9;
    }).toThrow(TypeError);
    expect(ds.metros[0]?.premium).toBe(0.38);
  });

  test("unknown ids and versions name the valid choices", () => {
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error("did not throw");
    };
    const unknownId = fail(() => getDataset("frontend-developer"));
    expect(isPaybandsError(unknownId, "UNKNOWN_DATASET")).toBe(true);
    expect((unknownId as Error).message).toMatch(/backend-developer/);
    const unknownVersion = fail(() => getDataset("backend-developer", "2025.1.0"));
    expect(isPaybandsError(unknownVersion, "UNKNOWN_DATASET")).toBe(true);
    expect(unknownVersion).toMatchObject({ path: ["version"], validChoices: ["2026.1.0"] });
  });
});

describe("listDatasets", () => {
  test("lists each version with its checksum over the canonical JSON", () => {
    const expected = `sha256:${createHash("sha256").update(canonical(file)).digest("hex")}`;
    expect(listDatasets()).toEqual([
      {
        id: "backend-developer",
        version: "2026.1.0",
        title: "Backend Developer Salary Guide 2026",
        effectiveDate: "2026-01-01",
        currency: "USD",
        checksum: expected,
        latest: true,
      },
    ]);
  });
});

describe("getDataset: fuzz regressions", () => {
  // Found by tests/fuzz: String(version) threw a TypeError for a null-prototype object.
  test("a version that is not a string is UNKNOWN_DATASET naming the valid versions", () => {
    let error: unknown;
    try {
      getDataset("backend-developer", Object.create(null));
    } catch (e) {
      error = e;
    }
    expect(isPaybandsError(error, "UNKNOWN_DATASET")).toBe(true);
    if (!isPaybandsError(error)) return;
    expect(error.path).toEqual(["version"]);
    expect(error.validChoices).toContain("2026.1.0");
    expect(error.message).toContain("of type object");
  });
});
