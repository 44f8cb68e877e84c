/**
 * Every command's output in every format, run in-process through run() (src/cli/run.ts).
 * tests/cli/binary.test.ts checks the same commands through the built binary, but a child
 * process runs dist/, so neither coverage nor Stryker sees src/cli from there; this file
 * checks the command code itself. Figures are worked out by hand from
 * data/backend-developer/2026.1.0.json (the comments say how).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { getDataset } from "../../src/index.js";
import { cli, fixtures } from "./helpers.js";

let f: ReturnType<typeof fixtures>;
beforeAll(() => {
  f = fixtures();
});

function csv(text: string): Record<string, string>[] {
  return parse(text, { columns: true }) as Record<string, string>[];
}

interface Rows {
  dataset: string;
  rows: Record<string, unknown>[];
}

function rowsOf(text: string): Rows {
  return JSON.parse(text) as Rows;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
const ANSI = /\u001b\[/;

describe("program", () => {
  test("--version names the embedded dataset", () => {
    const r = cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^paybands \S+ \(dataset backend-developer@2026\.1\.0\)\n$/);
  });

  test("no command prints the help and exits 2; --help exits 0", () => {
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/^paybands — software-engineering compensation bands/);
    expect(cli(["--help"])).toMatchObject({ code: 0, stdout: none.stdout });
    // "help" with an unknown topic falls back to the program's help.
    expect(cli(["help", "salaries"])).toMatchObject({ code: 0, stdout: none.stdout });
  });

  test("positionals: a missing one and an extra one are usage errors naming the usage", () => {
    expect(cli(["diff", "a.json"])).toMatchObject({
      code: 2,
      stderr: "paybands: missing B (usage: paybands diff A B; see --help)\n",
    });
    expect(cli(["validate"]).stderr).toBe(
      "paybands: missing FILE.json (usage: paybands validate FILE.json; see --help)\n",
    );
    expect(cli(["validate", "a.json", "b.json"]).stderr).toBe(
      'paybands: unexpected argument "b.json" (usage: paybands validate FILE.json; see --help)\n',
    );
  });

  test("--json and --csv together are refused", () => {
    expect(cli(["levels", "--json", "--csv"])).toMatchObject({
      code: 2,
      stderr: "paybands: --json and --csv cannot be used together; choose one\n",
    });
  });
});

describe("metros, levers, premiums, datasets", () => {
  test("metros: table, --json, --csv", () => {
    const table = cli(["metros"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^backend-developer@2026\.1\.0 — metro premiums .*\(remote-us\)/);
    expect(table.stdout).toMatch(
      /sf-bay-area +San Francisco Bay Area +\+38% +sf, bay-area, san-francisco, sfba/,
    );
    // The baseline has no premium: "0%", without a sign.
    expect(table.stdout).toMatch(/remote-us +Remote \(US national\) +0% +remote, us/);
    const json = rowsOf(cli(["metros", "--json"]).stdout);
    expect(json.dataset).toBe("backend-developer@2026.1.0");
    expect(json.rows.map((r) => r.metro)).toEqual([
      "sf-bay-area",
      "new-york",
      "seattle",
      "austin",
      "denver",
      "chicago",
      "remote-us",
    ]);
    expect(csv(cli(["metros", "--csv"]).stdout)[5]).toMatchObject({
      metro: "chicago",
      premium: "0.1",
    });
  });

  test("levers: ranked, each effect in words", () => {
    const table = cli(["levers"]).stdout;
    expect(table).toMatch(/1 +competing-offer +high +\+10%–20% of offer +competing, counter-offer/);
    expect(table).toMatch(/2 +ai-premium +high +\+10%–15% of offer/);
    expect(table).toMatch(/3 +level-escalation +high +\+\$30,000–\$60,000 total-comp/);
    // equity-refresh is qualitative: the guide gives no figure.
    expect(table).toMatch(/4 +equity-refresh +medium +\(no figure\)/);
    expect(table).toMatch(/5 +sign-on-bonus +medium +50%–100% of forfeited equity/);
    expect(rowsOf(cli(["levers", "--json"]).stdout).rows[4]).toMatchObject({
      lever: "sign-on-bonus",
      low: 0.5,
      high: 1,
    });
    expect(csv(cli(["levers", "--csv"]).stdout).map((r) => r.rank)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
  });

  test("premiums: levels and what each adds", () => {
    const table = cli(["premiums"]).stdout;
    expect(table).toMatch(/^backend-developer@2026\.1\.0 — skill premiums/);
    expect(table).toMatch(
      /containers-cloud +Containerization \/ cloud services experience +junior +\+\$8,000–\$15,000 base/,
    );
    expect(table).toMatch(/go-rust +Go \/ Rust +mid +\+10%–20% of base/);
    expect(table).toMatch(/ai-services +AI services experience +senior, staff/);
    expect(rowsOf(cli(["premiums", "--json"]).stdout).rows.map((r) => r.premium)).toEqual([
      "containers-cloud",
      "go-rust",
      "ai-services",
    ]);
    expect(csv(cli(["premiums", "--csv"]).stdout)[2]).toMatchObject({
      premium: "ai-services",
      low: "15000",
      high: "30000",
    });
  });

  test("datasets: the embedded one, latest, with its checksum shortened", () => {
    const table = cli(["datasets"]).stdout;
    expect(table).toMatch(
      /backend-developer@2026\.1\.0 +Backend Developer Salary Guide 2026 +2026-01-01 +USD +yes +\S{19}…/,
    );
    const json = JSON.parse(cli(["datasets", "--json"]).stdout) as Record<string, unknown>[];
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ id: "backend-developer", version: "2026.1.0", latest: true });
    expect(csv(cli(["datasets", "--csv"]).stdout)[0]).toMatchObject({
      id: "backend-developer",
      currency: "USD",
    });
  });
});

describe("percentile", () => {
  test("rank of an amount: text with the segment, --json, --csv", () => {
    // Seattle (+26%): p50 205,000 × 1.26 = 258,300, p75 255,000 × 1.26 = 321,300.
    // Log-probit: t = ln(300000/258300) / ln(321300/258300) = 0.6862, z = t × Φ⁻¹(0.75)
    // = 0.4628, Φ(z) = 0.6781 (Python's statistics.NormalDist).
    const text = cli(["percentile", "--level", "senior", "--metro", "sea", "--amount", "300000"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^senior in Seattle \(\+26%\) — backend-developer@2026\.1\.0/);
    expect(text.stdout).toContain("$300,000 is p67.8 of the base-salary band");
    expect(text.stdout).toContain("log-probit between p50 ($258,300) and p75 ($321,300)");
    // The bar chart puts the amount between p50 and p75.
    expect(text.stdout).toMatch(/p50 +\$258,300 .*\n +p67\.8 +\$300,000 .*\n +p75 +\$321,300/);
    const json = JSON.parse(
      cli(["percentile", "--level", "senior", "--metro", "seattle", "--amount", "300000", "--json"])
        .stdout,
    ) as Record<string, unknown>;
    expect(json).toMatchObject({ level: "senior", metro: "seattle", method: "log-probit" });
    expect(json.value).toBeCloseTo(67.814, 2);
    const row = csv(
      cli(["percentile", "--level", "senior", "--amount", "255000", "--csv"]).stdout,
    )[0];
    expect(row).toMatchObject({ amount: "255000", percentile: "75", extrapolated: "false" });
  });

  test("amount at a percentile: text, --json, --csv; beyond p90 extrapolates", () => {
    const text = cli(["percentile", "--level", "junior", "--p", "75"]).stdout;
    expect(text).toContain("p75 of the base-salary band is $128,000");
    const json = JSON.parse(
      cli(["percentile", "--level", "mid", "--metro", "austin", "--p", "50", "--json"]).stdout,
    ) as Record<string, unknown>;
    // 148,000 × 1.05 = 155,400.
    expect(json).toMatchObject({ metro: "austin", p: 50, value: 155400, extrapolated: false });
    const row = csv(
      cli(["percentile", "--level", "staff", "--p", "95", "--tail", "clamp", "--csv"]).stdout,
    )[0];
    // Clamped at the top anchor, staff p90 490,000.
    expect(row).toMatchObject({
      percentile: "95",
      amount: "490000",
      tail: "clamp",
      extrapolated: "true",
    });
    // Above every anchor, the estimate's bar goes last.
    const top = cli(["percentile", "--level", "staff", "--p", "95", "--tail", "clamp"]).stdout;
    expect(top).toMatch(/p90 +\$490,000 .*\n +p95 +\$490,000/);
  });
});

describe("offer", () => {
  test("years, totals, rank and levers as a table", () => {
    const r = cli(["offer", f.offer, "--lever", "competing-offer", "--lever", "sign-on=120000"]);
    expect(r.code).toBe(0);
    // Base 250,000; bonus 15% = 37,500; 400,000 vesting evenly = 100,000 a year; sign-on
    // 30,000 in year 1: 417,500, then 387,500.
    expect(r.stdout).toMatch(/1 +\$250,000 +\$37,500 +\$100,000 +\$0 +\$30,000 +\$417,500/);
    expect(r.stdout).toMatch(/4 +\$250,000 +\$37,500 +\$100,000 +\$0 +\$0 +\$387,500/);
    expect(r.stdout).toMatch(/First year +\$417,500/);
    expect(r.stdout).toMatch(/Four years +\$1,580,000/);
    // Seattle band p25 204,120 and p50 258,300: log-probit rank of 250,000 = 46.27;
    // compa-ratio 250,000 / 258,300 = 0.968.
    expect(r.stdout).toMatch(/Base +p46\.3 of the band, compa-ratio 0\.968 \(within/);
    expect(r.stdout).toMatch(/Vesting +even 25\/25\/25\/25/);
    expect(r.stdout).toMatch(/p25 +\$204,120 .*\n +offer p46\.3 +\$250,000 .*\n +p50 +\$258,300/);
    // Competing offer +10–20% of a 250,000 base; sign-on 50–100% of a 120,000 forfeit.
    expect(r.stdout).toMatch(/competing-offer +high +base +\$25,000 – \$50,000/);
    expect(r.stdout).toMatch(/sign-on-bonus +medium +sign-on +\$60,000 – \$120,000/);
    expect(r.stdout).toMatch(/Base +\$250,000 → \$275,000 – \$300,000/);
    expect(r.stdout).not.toMatch(ANSI);
  });

  test("--json and --csv", () => {
    const json = JSON.parse(cli(["offer", f.offer, "--json"]).stdout) as {
      file: string;
      evaluation: Record<string, unknown>;
      levers: unknown;
    };
    expect(json.file).toBe(f.offer);
    expect(json.evaluation).toMatchObject({ metro: "seattle", steadyStateTotal: 387500 });
    expect(json.levers).toBeNull();
    expect(csv(cli(["offer", f.offer, "--csv"]).stdout).map((y) => y.signOn)).toEqual([
      "30000",
      "0",
      "0",
      "0",
    ]);
  });

  test("a file without level or metro: --level is required, the metro defaults to the baseline", () => {
    const dir = mkdtempSync(join(tmpdir(), "paybands-offer-"));
    const bare = join(dir, "bare.json");
    writeFileSync(bare, JSON.stringify({ base: 205000 }));
    expect(cli(["offer", bare])).toMatchObject({
      code: 2,
      stderr: `paybands: no level for ${bare}: give --level (e.g. --level senior) or a "level" in the file\n`,
    });
    const json = JSON.parse(cli(["offer", bare, "--level", "senior", "--json"]).stdout) as {
      evaluation: Record<string, unknown>;
    };
    // 205,000 is the national senior p50 exactly.
    expect(json.evaluation).toMatchObject({ metro: "remote-us", baseRank: 50, compaRatio: 1 });
    const list = join(dir, "list.json");
    writeFileSync(list, "[1, 2]");
    expect(cli(["offer", list, "--level", "senior"])).toMatchObject({
      code: 1,
      stderr: `paybands: ${list}: (root): an offer must be a JSON object such as { "base": 250000 }\n`,
    });
  });

  test("bad lever values and a bad --policy are usage errors", () => {
    expect(cli(["offer", f.offer, "--lever", "sign-on-bonus=lots"])).toMatchObject({
      code: 2,
      stderr: 'paybands: --lever sign-on-bonus=<forfeit> needs an amount; got "lots"\n',
    });
    expect(cli(["offer", f.offer, "--lever", "equity-refresh="]).stderr).toBe(
      'paybands: --lever equity-refresh=<ask> needs an amount; got ""\n',
    );
    expect(cli(["offer", f.offer, "--policy", "elasticity=2"])).toMatchObject({
      code: 2,
      stderr: 'paybands: --policy elasticity=<e> needs a number from 0 to 1; got "2"\n',
    });
  });
});

describe("career", () => {
  test("table: promotions starred, TC in brackets, the ladder's end", () => {
    const r = cli(["career", "--level", "junior", "--years", "4", "--track", "ic"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^IC track from junior in Remote \(US national\) \(0%\), p50/);
    // High scenario: junior → mid after 2 years with the largest raise, 105,000 × 1.42.
    expect(r.stdout).toMatch(/ 2 +junior \$105,000 \(TC \$120,000\) .+\*mid \$149,100/);
    expect(r.stdout).toContain("* = promoted that year");
  });

  test("--json and --csv", () => {
    const json = JSON.parse(
      cli(["career", "--level", "senior", "--years", "3", "--track", "manager", "--json"]).stdout,
    ) as { track: string; path: unknown[] };
    expect(json.track).toBe("manager");
    expect(json.path).toHaveLength(4);
    // Years 0..2 × three scenarios.
    const rows = csv(
      cli(["career", "--level", "mid", "--years", "2", "--track", "ic", "--csv"]).stdout,
    );
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({ year: "0", level: "mid", base: "148000" });
  });

  test("--metro, --percentile and --raise reach the projection", () => {
    const json = JSON.parse(
      cli([
        "career",
        "--level",
        "senior",
        "--years",
        "1",
        "--track",
        "ic",
        "--metro",
        "austin",
        "--percentile",
        "75",
        "--raise",
        "0.1",
        "--json",
      ]).stdout,
    ) as { metro: string; percentile: number; path: { expected: { base: number } }[] };
    expect(json).toMatchObject({ metro: "austin", percentile: 75 });
    // Senior p75 255,000 × 1.05 = 267,750; a year later, 10% more: 294,525.
    expect(json.path.map((y) => y.expected.base)).toEqual([267750, 294525]);
  });

  test("the manager track lists the roles beyond the ladder", () => {
    const r = cli(["career", "--level", "senior", "--years", "10", "--track", "manager"]);
    // Senior → engineering manager after 3–5 years (expected 4) with a 10–20% raise
    // (expected 15%: 205,000 × 1.15 = 235,750); director and VP 5–10 years after that.
    expect(r.stdout).toMatch(/10 +engineering-manager \$225,500 +engineering-manager \$235,750/);
    expect(r.stdout).toContain(
      "Beyond the ladder:\n  Director of Engineering: $250,000–$400,000, years 9–14 (expected)\n  VP of Engineering: $350,000–$600,000+, years 9–14 (expected)\n",
    );
    // The IC ladder has none.
    const ic = cli(["career", "--level", "staff", "--years", "2", "--track", "ic"]);
    expect(ic.stdout).not.toContain("Beyond the ladder");
  });
});

describe("validate and diff", () => {
  test("validate: valid as text and JSON; invalid as JSON", () => {
    const ok = cli(["validate", f.v2]);
    expect(ok).toMatchObject({
      code: 0,
      stdout: `valid: ${f.v2} is dataset backend-developer@2026.2.0 (4 levels, 6 metros, 5 levers, 3 premiums)\n`,
    });
    expect(JSON.parse(cli(["validate", f.v2, "--json"]).stdout)).toEqual({
      file: f.v2,
      valid: true,
      dataset: { id: "backend-developer", version: "2026.2.0" },
      issues: [],
    });
    const bad = cli(["validate", f.unordered, "--json"]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      valid: false,
      dataset: null,
      issues: [{ path: ["levels", 2, "base", "anchors", 2, "amount"] }],
    });
    // One problem, in words, on stderr.
    expect(cli(["validate", f.unordered]).stderr).toMatch(/\ninvalid: .*: 1 problem\n$/);
  });

  test("validate: malformed JSON gives line and column; a directory is refused", () => {
    const r = cli(["validate", f.malformed]);
    expect(r.code).toBe(1);
    // The missing comma is before "signOn", on line 3, column 3.
    expect(r.stderr).toMatch(/: malformed JSON \(line 3 column 3\): /);
    expect(cli(["validate", f.dir])).toMatchObject({
      code: 2,
      stderr: `paybands: ${f.dir} is a directory, not a JSON file\n`,
    });
    expect(cli(["validate", join(f.dir, "nope.json")]).stderr).toBe(
      `paybands: no such file: ${join(f.dir, "nope.json")}\n`,
    );
  });

  test("diff: text with signs and relative change, --json, --csv", () => {
    const r = cli(["diff", "backend-developer@2026.1.0", f.v2]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "backend-developer@2026.1.0 → backend-developer@2026.2.0: 0 added, 1 removed, 2 changed",
    );
    // 210,000 / 205,000 − 1 = +2.44%.
    expect(r.stdout).toMatch(/~ +levels\.senior\.base\.p50 +205,000 +210,000 +\+2\.44%/);
    expect(r.stdout).toMatch(/- +metros\.denver +\{/);
    // The other way round: 205,000 / 210,000 − 1 = −2.38%, and denver is added.
    const back = cli(["diff", f.v2, "backend-developer@2026.1.0"]).stdout;
    expect(back).toMatch(/~ +levels\.senior\.base\.p50 +210,000 +205,000 +-2\.38%/);
    expect(back).toMatch(/\+ +metros\.denver/);
    const json = JSON.parse(cli(["diff", "backend-developer@2026.1.0", f.v2, "--json"]).stdout) as {
      changed: { path: string }[];
    };
    expect(json.changed.map((c) => c.path)).toContain("levels.senior.base.p50");
    expect(csv(cli(["diff", f.v2, f.v2, "--csv"]).stdout)).toEqual([]);
  });

  test("diff: a dataset with itself, an unknown spec, an invalid file", () => {
    expect(cli(["diff", f.v2, f.v2]).stdout).toMatch(/: 0 added, 0 removed, 0 changed\n\nNo diff/);
    expect(cli(["diff", "my-bands", f.v2])).toMatchObject({
      code: 2,
      stderr:
        "paybands: no such file or embedded dataset: my-bands (give a .json file or id@version, e.g. backend-developer@2026.1.0)\n",
    });
    const bad = cli(["diff", "backend-developer@2026.1.0", f.unordered]);
    expect(bad.code).toBe(1);
    // The first line names the bad field; the next lines list every issue.
    expect(bad.stderr).toMatch(
      /^paybands: .*unordered\.json: invalid dataset at levels\[2\]\.base\.anchors\[2\]\.amount: /,
    );
  });
});

describe("--dataset", () => {
  test("levels from a dataset file use its figures", () => {
    const json = rowsOf(cli(["levels", "--dataset", f.v2, "--json"]).stdout);
    expect(json.dataset).toBe("backend-developer@2026.2.0");
    expect(json.rows[2]).toMatchObject({ level: "senior", p50: 210000 });
  });

  test("an embedded id@version; an unknown version names the valid ones", () => {
    const ds = getDataset();
    expect(
      rowsOf(cli(["metros", "--dataset", `${ds.id}@${ds.version}`, "--json"]).stdout).dataset,
    ).toBe("backend-developer@2026.1.0");
    expect(cli(["levers", "--dataset", "backend-developer@2030.1.0"]).stderr).toBe(
      'paybands: Dataset "backend-developer" has no version "2030.1.0". Valid versions: 2026.1.0.\n',
    );
  });
});

describe("colour", () => {
  test("with color on, headings are styled; the text is otherwise the same", () => {
    const plain = cli(["validate", f.v2]).stdout;
    const coloured = cli(["validate", f.v2], { color: true }).stdout;
    expect(coloured).toMatch(ANSI);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });
});
