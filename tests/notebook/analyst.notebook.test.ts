/**
 * Executes examples/notebooks/analyst.ipynb on the tslab TypeScript kernel, as a user would run
 * it: against the packed package installed in a fresh folder (tslab runs CommonJS with node10
 * resolution, so this also checks `main`/`types`/`typesVersions`). Then reads the executed
 * notebook's JSON: no error output, the bands table, the 100,000 ranked offers, the summary by
 * metro and the SVG chart.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureBuilt, ROOT } from "../cli/helpers.js";

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  source: string[];
  outputs?: Output[];
}

const join2 = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join("") : (v ?? ""));

let work = "";
let cells: Cell[] = [];
let log = "";

function sh(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

function tslabKernelInstalled(): boolean {
  const r = spawnSync("jupyter", ["kernelspec", "list", "--json"], { encoding: "utf8" });
  if (r.status !== 0) {
    throw new Error(
      `jupyter is not installed (run scripts/ci-notebook.sh, or apt-get install jupyter-nbconvert jupyter-client python3-ipykernel jupyter-core):\n${r.stderr}`,
    );
  }
  return "tslab" in (JSON.parse(r.stdout).kernelspecs ?? {});
}

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), "paybands-notebook-"));
  const tarball = sh("npm", ["pack", "--silent", "--pack-destination", work], ROOT)
    .trim()
    .split("\n")
    .at(-1) as string;
  const app = join(work, "app");
  cpSync(join(ROOT, "examples/notebooks"), app, { recursive: true });
  writeFileSync(join(app, "package.json"), '{ "name": "paybands-notebook", "private": true }\n');
  const zod = JSON.parse(readFileSync(join(ROOT, "node_modules/zod/package.json"), "utf8")).version;
  sh(
    "npm",
    [
      "install",
      "--silent",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      join(work, tarball),
      `zod@${zod}`,
    ],
    app,
  );
  // `import * as tslab from "tslab"` in a cell: the repo's own tslab (a dev dependency).
  symlinkSync(join(ROOT, "node_modules/tslab"), join(app, "node_modules/tslab"), "dir");
  if (!tslabKernelInstalled()) {
    sh("npx", ["--no-install", "tslab", "install", "--python=/usr/bin/python3"], ROOT);
  }
  // The kernelspec runs `tslab` from PATH: the repo's node_modules/.bin.
  const env = {
    ...process.env,
    PATH: `${join(ROOT, "node_modules/.bin")}:${process.env.PATH ?? ""}`,
  };
  log = execFileSync(
    "jupyter",
    [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=600",
      "analyst.ipynb",
      "--output",
      "executed.ipynb",
    ],
    { cwd: app, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  cells = JSON.parse(readFileSync(join(app, "executed.ipynb"), "utf8")).cells as Cell[];
});

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

const code = () => cells.filter((c) => c.cell_type === "code");
const outputs = () => code().flatMap((c) => c.outputs ?? []);
const text = () =>
  outputs()
    .map(
      (o) =>
        join2(o.text) +
        Object.values(o.data ?? {})
          .map(join2)
          .join("\n"),
    )
    .join("\n");

describe("examples/notebooks/analyst.ipynb, executed", () => {
  test("every code cell ran, none has an error output", () => {
    expect(code().length).toBeGreaterThanOrEqual(7);
    const errors = outputs().filter((o) => o.output_type === "error");
    expect(errors, log).toEqual([]);
    for (const [i, c] of code().entries()) {
      expect(c.outputs?.length ?? 0, `code cell ${i} has no output`).toBeGreaterThan(0);
    }
  });

  test("the package loads and the bands table shows the guide's figures", () => {
    expect(text()).toContain("Backend Developer Salary Guide 2026: backend-developer@2026.1.0");
    const html = outputs()
      .map((o) => join2(o.data?.["text/html"]))
      .find((h) => h.includes("<table"));
    expect(html).toContain(
      "<td>Senior Backend Developer</td><td>5-9</td><td>$162,000</td><td>$205,000</td><td>$255,000</td><td>$305,000</td><td>$287,000</td>",
    );
    expect(text()).toMatch(/senior +p25 \$162,000 +p50 \$205,000 +p75 \$255,000 +p90 \$305,000/);
    // The CSV cell: 205,000 × 1.38 = 282,900 in SF.
    expect(text()).toContain("senior,sf-bay-area,223560,282900,351900,420900");
  });

  test("100,000 generated offers, ranked with the batch API, equal to the scalar ranks", () => {
    expect(text()).toContain("generated 100000 offers");
    expect(text()).toMatch(/ranked 100000 offers in 28 \(level, metro\) groups in \d+ ms/);
    expect(text()).toContain("batch = scalar on 1000 of 1000 sampled offers");
  });

  test("the summary by metro: counts that add up, medians near p50", () => {
    const csv = outputs()
      .map((o) => join2(o.text))
      .find((t) => t.startsWith("metro,name,count,medianPercentile,shareAboveP75"));
    expect(csv).toBeDefined();
    const rows = (csv as string)
      .trim()
      .split("\n")
      .slice(1, 8)
      .map((l) => l.split(","));
    expect(rows.map((r) => r[0])).toEqual([
      "sf-bay-area",
      "new-york",
      "seattle",
      "austin",
      "denver",
      "chicago",
      "remote-us",
    ]);
    expect(rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(100000);
    for (const r of rows) {
      expect(Math.abs(Number(r[3]) - 50)).toBeLessThan(2);
      expect(Number(r[4])).toBeGreaterThan(0.15);
      expect(Number(r[4])).toBeLessThan(0.3);
    }
    expect(text()).toContain("total: 100000 offers");
  });

  test("the chart is displayed as SVG, well-formed, with every level and the marked offer", () => {
    const svg = outputs()
      .map((o) => join2(o.data?.["image/svg+xml"]))
      .find((s) => s.includes("<svg"));
    expect(svg).toBeDefined();
    expect(XMLValidator.validate(svg as string)).toBe(true);
    for (const name of [
      "Junior / Entry-Level Backend Dev",
      "Mid-Level Backend Developer",
      "Senior Backend Developer",
      "Staff / Principal Backend Engineer",
    ]) {
      expect(svg).toContain(`>${name}</text>`);
    }
    expect(svg).toMatch(/>Median offer \$\d{3},\d{3}<\/text>/);
  });
});
