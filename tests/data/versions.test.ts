/**
 * Released dataset versions are frozen: each one's checksum is pinned here, computed
 * again from its file under data/ (independently of scripts/build-data.ts), and must
 * match the embedded copy, getDataset(id, version) and data/CHANGELOG.md. Releasing a
 * version adds a line to RELEASED; changing a released file fails this test.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { getDatasetEntry } from "../../src/data/get-dataset.js";
import { getDataset, listDatasets } from "../../src/index.js";

/** `id@version` → checksum, for every released version. Append only. */
const RELEASED: Readonly<Record<string, string>> = {
  "backend-developer@2026.1.0":
    "sha256:6cbacda770423f9d27a17fbfe8d600c6b15d426ad9901f5b1bf80179af804e24",
};

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** Canonical JSON, written here on its own: object keys sorted at every depth, no whitespace. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;
const split = (key: string) => {
  const at = key.lastIndexOf("@");
  return { id: key.slice(0, at), version: key.slice(at + 1) };
};

describe.each(Object.entries(RELEASED))("released %s", (key, checksum) => {
  const { id, version } = split(key);
  const file = `data/${id}/${version}.json`;

  test("its file is still there and still has the pinned checksum", () => {
    expect(existsSync(new URL(file, root)), `${file} must stay`).toBe(true);
    expect(sha256(canonical(JSON.parse(read(file))))).toBe(checksum);
  });

  test("getDataset(id, version) loads the frozen copy, equal to the file", () => {
    const ds = getDataset(id, version);
    expect([ds.id, ds.version]).toEqual([id, version]);
    expect(ds).toEqual(JSON.parse(read(file)));
    expect(Object.isFrozen(ds) && Object.isFrozen(ds.levels[0]?.base.anchors)).toBe(true);
    expect(sha256(canonical(ds))).toBe(checksum);
  });

  test("its generated module is the frozen copy, with the pinned checksum", () => {
    const module = `src/data/generated/${id}-${version.replaceAll(".", "-")}.ts`;
    expect(existsSync(new URL(module, root)), `${module} must stay`).toBe(true);
    expect(read(module)).toContain(`checksum: "${checksum}"`);
    expect(getDatasetEntry(id, version)).toMatchObject({ checksum, file });
  });

  test("listDatasets() reports it with the checksum", () => {
    expect(listDatasets()).toContainEqual(expect.objectContaining({ id, version, checksum }));
  });

  test("data/CHANGELOG.md records it with the checksum", () => {
    const changelog = read("data/CHANGELOG.md");
    const sections = changelog.split(/^## /m).slice(1);
    const section = sections.find((s) => s.startsWith(`${key}\n`));
    expect(section, `data/CHANGELOG.md needs a "## ${key}" section`).toBeDefined();
    expect(section).toContain(`Checksum: \`${checksum}\``);
    expect(section).toContain(`File: \`${file}\``);
  });
});

describe("every dataset version is released and recorded", () => {
  test("each embedded version has a pinned checksum (add it to RELEASED when releasing)", () => {
    const embedded = listDatasets().map((d) => `${d.id}@${d.version}`);
    expect(embedded.filter((k) => !(k in RELEASED))).toEqual([]);
  });

  test("each file under data/ is embedded", () => {
    const files = readdirSync(new URL("data/", root), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(new URL(`data/${d.name}/`, root))
          .filter((f) => f.endsWith(".json"))
          .map((f) => `${d.name}@${f.slice(0, -".json".length)}`),
      );
    expect(files.sort()).toEqual(
      listDatasets()
        .map((d) => `${d.id}@${d.version}`)
        .sort(),
    );
  });

  test("the changelog lists the versions newest first within each dataset", () => {
    const keys = [...read("data/CHANGELOG.md").matchAll(/^## (\S+@\S+)$/gm)].map((m) => m[1]);
    expect(new Set(keys)).toEqual(new Set(Object.keys(RELEASED)));
    const versionsOf = (id: string) =>
      keys
        .map((k) => split(k as string))
        .filter((k) => k.id === id)
        .map((k) => k.version);
    for (const { id } of listDatasets()) {
      const listed = versionsOf(id);
      const newestFirst = listDatasets()
        .filter((d) => d.id === id)
        .map((d) => d.version)
        .reverse();
      expect(listed).toEqual(newestFirst);
    }
  });
});
