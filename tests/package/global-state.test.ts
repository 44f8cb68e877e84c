/**
 * paybands keeps no global state and touches none (DESIGN.md: "no global state"): the
 * embedded dataset is deeply frozen, and importing every entry and calling into each
 * leaves decimal.js's global Decimal, zod's global config, globalThis and the built-in
 * prototypes as they were. A library that called Decimal.set or z.config would change
 * the numbers or the error messages of every other user of those packages in the app.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import * as z from "zod";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every object and array reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path = "dataset", seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`, seen))];
}

/** decimal.js's global configuration (its defaults: precision 20, ROUND_HALF_UP = 4). */
function decimalConfig(): Record<string, unknown> {
  const d = Decimal as unknown as Record<string, unknown>;
  return Object.fromEntries(
    ["precision", "rounding", "toExpNeg", "toExpPos", "minE", "maxE", "modulo", "crypto"].map(
      (k) => [k, d[k]],
    ),
  );
}

/** zod 4's global config, as z.config() (no argument) returns it. */
function zodConfig(): Record<string, unknown> {
  return { ...z.config() };
}

function globalState() {
  return {
    decimal: decimalConfig(),
    zod: zodConfig(),
    globals: Reflect.ownKeys(globalThis).map(String).sort(),
    objectProto: Reflect.ownKeys(Object.prototype).map(String).sort(),
    arrayProto: Reflect.ownKeys(Array.prototype).map(String).sort(),
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

describe("global state", () => {
  test("decimal.js starts at its documented defaults (so the comparison below means something)", () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(4);
  });

  test("importing every entry and calling into each changes no global state", async () => {
    // zod fills in its own global config lazily: the English locale when the first
    // schema is constructed, the memoizer when the first container (object, array) is
    // (node_modules/zod/v4/classic/schemas.js). An app using zod has done that already;
    // do it here so that the snapshot tells zod's own defaults from a change of ours.
    z.object({ list: z.array(z.string()) });
    const before = globalState();
    expect(before.zod).toHaveProperty("localeError");
    const root = await import("../../src/index.js");
    const core = await import("../../src/core/index.js");
    const schemas = await import("../../src/schemas/index.js");
    const format = await import("../../src/format/index.js");
    const analysis = await import("../../src/analysis/index.js");
    const { run } = await import("../../src/cli/run.js");

    const ds = root.getDataset();
    const estimate = root.estimateCompensation({ level: "senior", metro: "seattle" });
    root.evaluateOffer({ base: 200000, equity: { grant: 400000 } }, { level: "senior" });
    root.applyLevers({ base: 200000 }, ["competing-offer"]);
    root.projectCareer({ level: "junior", years: 5, track: "ic" });
    root.interpolatePercentile(ds.levels[2]!.base, 60, { method: "pchip" });
    root.addMoney("0.1", "0.2", "none");
    core.adjustForMetro(ds, 100000, "austin", { from: "sf" });
    core.diffDatasets(ds, ds);
    schemas.parseDataset(JSON.parse(JSON.stringify(ds)));
    schemas.safeParseDataset({});
    schemas.createPaybands(JSON.parse(JSON.stringify(ds))).getLevel("senior");
    format.formatMoney(123456.5, { locale: "de-DE", currency: "EUR" });
    format.formatTrace(estimate.trace);
    analysis.toCSV(analysis.toRows(ds));
    analysis.bandChartSvg(ds);
    analysis.toVegaLite(ds);
    run(
      ["estimate", "--level", "senior", "--json"],
      () => {},
      () => {},
    );

    expect(globalState()).toEqual(before);
  });

  test("the embedded dataset is deeply frozen, every version", async () => {
    const { getDataset, listDatasets } = await import("../../src/index.js");
    const infos = listDatasets();
    expect(infos.length).toBeGreaterThan(0);
    for (const info of infos) {
      const ds = getDataset(info.id, info.version);
      expect(unfrozen(ds)).toEqual([]);
      // The walk reaches the leaves' containers: a band's anchors are frozen too.
      expect(Object.isFrozen(ds.levels[0]?.base.anchors[0])).toBe(true);
    }
  });

  test("no file in src/ calls Decimal.set( or z.config(", () => {
    const files = sourceFiles(join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) => {
      // Comments may explain the rule ("never Decimal.set"); only code is checked.
      const code = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      return /\bDecimal\s*\.\s*set\s*\(|\bz\s*\.\s*config\s*\(/.test(code)
        ? [relative(ROOT, file)]
        : [];
    });
    expect(offenders).toEqual([]);
  });
});
