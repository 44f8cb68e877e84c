import { build } from "esbuild";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { bandChartSvg, toRows, toVegaLite } from "../../src/analysis/index.js";
import { getDataset } from "../../src/index.js";

const ds = getDataset();

/** Every text node of the SVG (titles, labels, legend), entities decoded. */
function texts(svg: string): string[] {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    preserveOrder: true,
    processEntities: true,
    htmlEntities: true,
  }).parse(svg);
  const out: string[] = [];
  const walk = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Record<string, unknown>[]) {
      for (const [k, v] of Object.entries(node)) {
        if (k === "#text") out.push(String(v));
        else if (k !== ":@") walk(v);
      }
    }
  };
  walk(doc);
  return out;
}

function root(svg: string): Record<string, string> {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(svg);
  return doc.svg as Record<string, string>;
}

describe("bandChartSvg", () => {
  test("well-formed, accessible, and shows every level", () => {
    const svg = bandChartSvg(ds);
    const t = texts(svg);
    for (const level of ds.levels) expect(t).toContain(level.name);
    const r = root(svg);
    expect(r.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(r.role).toBe("img");
    expect(r["aria-label"]).toBe(
      "Backend Developer Salary Guide 2026: base salary by level, p25–p90",
    );
    expect(r.title).toBe("Backend Developer Salary Guide 2026: base salary by level, p25–p90");
    // The description states every figure for a screen reader.
    expect(r.desc).toContain(
      "Senior Backend Developer: p25 $162,000, p50 $205,000, p75 $255,000, p90 $305,000",
    );
    expect(svg.match(/<g class="band"/g)).toHaveLength(4);
    expect(svg).not.toMatch(/<script|href=|NaN|undefined/);
  });

  test("one bar per level and metro when metros are asked for, each metro in the legend", () => {
    const metros = ["sf", "new-york", "seattle", "austin", "denver", "chicago", "remote"];
    const svg = bandChartSvg(ds, { metros });
    const t = texts(svg);
    for (const m of ds.metros) expect(t).toContain(m.name);
    for (const l of ds.levels) expect(t).toContain(l.name);
    expect(svg.match(/<g class="band"/g)).toHaveLength(28);
    for (const m of ds.metros) {
      for (const l of ds.levels) expect(svg).toContain(`data-level="${l.id}" data-metro="${m.id}"`);
    }
  });

  test("the estimate or offer is marked on its level, labelled with its amount", () => {
    const svg = bandChartSvg(ds, {
      metros: ["seattle"],
      mark: { level: "sr", amount: 250000, label: "Offer" },
    });
    expect(texts(svg)).toContain("Offer $250,000");
    expect(svg.match(/class="mark"/g)).toHaveLength(1);
    const two = bandChartSvg(ds, {
      metros: ["sf", "austin"],
      mark: [
        { level: "mid", amount: 150000 },
        { level: "senior", amount: 260000, metro: "austin" },
      ],
    });
    expect(two.match(/class="mark"/g)).toHaveLength(3);
    expect(() => bandChartSvg(ds, { mark: { level: "cto", amount: 1 } })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_LEVEL", path: ["mark", "level"] }),
    );
    expect(() => bandChartSvg(ds, { mark: { level: "mid", amount: -1 } })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
  });

  test('escapes text: a level name with <&"> stays text and the SVG stays well-formed', () => {
    const name = `Staff <Principal> & "Distinguished" 'L7'`;
    const rows = [
      { level: "l6", name: "Senior <L6>", p25: 150000, p50: 170000, p75: 190000, p90: 210000 },
      { level: "l7", name, p25: 200000, p50: 230000, p90: 290000 },
    ];
    const svg = bandChartSvg(rows, {
      title: "A & B <chart>",
      mark: { level: "l7", amount: 240000, label: '"Offer" <1>' },
    });
    expect(svg).not.toContain("<Principal>");
    expect(svg).toContain("Staff &lt;Principal&gt; &amp; &quot;Distinguished&quot; &#39;L7&#39;");
    const t = texts(svg);
    expect(t).toContain(name);
    expect(t).toContain("A & B <chart>");
    expect(t).toContain('"Offer" <1> $240,000');
    expect(root(svg)["aria-label"]).toBe("A & B <chart>");
    // A dataset whose level name holds the same characters.
    const mine = JSON.parse(JSON.stringify(ds));
    mine.levels[3].name = name;
    expect(texts(bandChartSvg(mine))).toContain(name);
  });

  test("property: any level names and amounts give well-formed XML with every name", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ minLength: 1 }),
            fc.integer({ min: 1, max: 5_000_000 }),
            fc.integer({ min: 0, max: 1_000_000 }),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (levels) => {
          const rows = levels.map(([name, p25, spread], i) => ({
            level: `l${i}`,
            name,
            p25,
            p50: p25 + spread / 2,
            p90: p25 + spread,
          }));
          const svg = bandChartSvg(rows);
          expect(XMLValidator.validate(svg)).toBe(true);
          expect(svg.match(/<g class="band"/g)).toHaveLength(rows.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("rows from toRows, filtered by metro; bad rows and sizes are errors", () => {
    const rows = toRows(ds, { metros: ["sf", "austin"] });
    const svg = bandChartSvg(rows, { metros: ["austin"], width: 600, height: 300 });
    expect(root(svg).height).toBe("300");
    expect(svg.match(/<g class="band"/g)).toHaveLength(4);
    expect(() => bandChartSvg([])).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => bandChartSvg([{ level: "x", p25: 2, p50: 1, p90: 3 }])).toThrow(/not ordered/);
    expect(() => bandChartSvg([{ level: "x", p25: 1, p90: 3 }])).toThrow(
      expect.objectContaining({ path: [0, "p50"] }),
    );
    expect(() => bandChartSvg(rows, { metros: ["paris"] })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_METRO" }),
    );
    expect(() => bandChartSvg(ds, { width: 10 })).toThrow(
      expect.objectContaining({ code: "INVALID_OPTION", path: ["width"] }),
    );
  });
});

describe("toVegaLite", () => {
  test("a plain Vega-Lite v5 spec of the same chart, data inline, JSON-serialisable", () => {
    const spec = toVegaLite(ds, {
      metros: ["sf", "austin"],
      mark: { level: "senior", amount: 250000, label: "Offer" },
    });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    const data = (
      spec.data as { values: { level: string; metro: string; p25: number; p90: number }[] }
    ).values;
    expect(data).toHaveLength(8);
    expect(data.find((d) => d.level === "senior" && d.metro === "austin")).toMatchObject({
      p25: 170100,
      p90: 320250,
    });
    const encoding = spec.encoding as Record<string, { field?: string; sort?: string[] }>;
    expect(encoding.y?.sort).toEqual(ds.levels.map((l) => l.name));
    expect(encoding.yOffset?.field).toBe("metroName");
    const layers = spec.layer as {
      mark: { type: string };
      data?: { values: { label: string }[] };
    }[];
    expect(layers.map((l) => l.mark.type)).toEqual(["bar", "bar", "tick", "text", "point", "text"]);
    expect(layers[4]?.data?.values.map((v) => v.label)).toEqual([
      "Offer $250,000",
      "Offer $250,000",
    ]);
    // One metro: no offset, no legend.
    const one = toVegaLite(ds);
    expect((one.encoding as Record<string, unknown>).yOffset).toBeUndefined();
  });
});

test("paybands/analysis bundles for a browser: no Node built-in, no zod", async () => {
  const result = await build({
    entryPoints: ["src/analysis/index.ts"],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    external: ["zod"],
    logLevel: "silent",
  });
  const imports = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.map((i) => i.path),
  );
  expect(imports).toEqual([]);
});

describe("band charts: fuzz regressions", () => {
  const ds = getDataset();
  const rows = toRows(ds, { kind: "levels", metros: ["seattle"] });
  const error = (f: () => unknown): { code?: string; path?: unknown } => {
    try {
      f();
    } catch (e) {
      return e as { code?: string; path?: unknown };
    }
    return {};
  };
  // Found by tests/fuzz: each of these threw a TypeError (text.replace is not a
  // function; object is not iterable; reading 'level' of undefined; a bigint in JSON).
  test.each([
    ["title", [ds, { title: new Float32Array(0) }], "INVALID_OPTION", ["title"]],
    ["subtitle", [ds, { subtitle: 5 }], "INVALID_OPTION", ["subtitle"]],
    ["currency", [rows, { currency: {} }], "INVALID_OPTION", ["currency"]],
    ["metros of rows", [rows, { metros: { seattle: 1 } }], "INVALID_OPTION", ["metros"]],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the input under test
    ["a hole in the rows", [[rows[0], , rows[1]]], "INVALID_INPUT", [1]],
    ["a bigint amount", [[{ ...rows[0], p25: 1n }]], "INVALID_INPUT", [0, "p25"]],
  ] as const)("%s is a PaybandsError", (_what, args, code, path) => {
    const [input, options] = args as unknown as [
      Parameters<typeof bandChartSvg>[0],
      Parameters<typeof bandChartSvg>[1],
    ];
    for (const f of [bandChartSvg, toVegaLite]) {
      const e = error(() => f(input, options));
      expect(e.code).toBe(code);
      expect(e.path).toEqual(path);
    }
  });

  // Found by tests/fuzz: null options threw "Cannot read properties of null".
  test.each([null, 5, { widht: 400 }])("options %j are INVALID_OPTION", (options) => {
    for (const f of [bandChartSvg, toVegaLite]) {
      expect(error(() => f(ds, options as never)).code).toBe("INVALID_OPTION");
    }
  });

  // Found by tests/fuzz: a mark at -0 passed the ">= 0" check and reached the spec as -0.
  test("a mark at -0 is drawn at 0", () => {
    const values = (
      toVegaLite(ds, { mark: { level: "mid", amount: -0 } }) as unknown as {
        layer: { data?: { values?: { amount?: number }[] } }[];
      }
    ).layer.flatMap((l) => l.data?.values ?? []);
    expect(values.some((v) => Object.is(v.amount, 0))).toBe(true);
    expect(values.some((v) => Object.is(v.amount, -0))).toBe(false);
  });
});
