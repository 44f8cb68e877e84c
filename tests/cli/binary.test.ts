/**
 * The built binary (`node dist/cli.js`, what `npx paybands` runs) as a child process:
 * every command in every output format, and each error path with its exit code and
 * message. dist/ is built first when it is older than the sources.
 */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { bin, ensureBuilt, fixtures } from "./helpers.js";

// Each run starts a Node process (~0.3 s): a test running a dozen needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

let f: ReturnType<typeof fixtures>;

beforeAll(() => {
  ensureBuilt();
  f = fixtures();
}, 180_000);

function csv(text: string): Record<string, string>[] {
  return parse(text, { columns: true }) as Record<string, string>[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
const ANSI = /\u001b\[/;

describe("every command, every format", () => {
  test("the binary starts with a shebang and prints its version", () => {
    const r = bin(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^paybands \d+\.\d+\.\d+ \(dataset backend-developer@2026\.1\.0\)\n$/);
  });

  test("levels: table, --json, --csv", () => {
    const table = bin(["levels"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /senior +Senior Backend Developer +5-9 +\$162,000 +\$205,000 +\$255,000 +\$305,000 +\$287,000/,
    );
    const json = JSON.parse(bin(["levels", "--metro", "sf", "--json"]).stdout);
    expect(json.rows[2]).toMatchObject({ level: "senior", p50: 282900 });
    const rows = csv(bin(["levels", "--metro", "austin", "--csv"]).stdout);
    expect(rows.map((r) => [r.level, r.metro, r.p50])).toEqual([
      ["junior", "austin", "110250"],
      ["mid", "austin", "155400"],
      ["senior", "austin", "215250"],
      ["staff", "austin", "325500"],
    ]);
  });

  test("metros, levers, premiums, datasets: table, --json, --csv", () => {
    const metros = bin(["metros"]);
    expect(metros.stdout).toMatch(/sf-bay-area +San Francisco Bay Area +\+38% +sf, bay-area/);
    expect(JSON.parse(bin(["metros", "--json"]).stdout).rows).toHaveLength(7);
    expect(csv(bin(["metros", "--csv"]).stdout)[2]).toMatchObject({
      metro: "seattle",
      premium: "0.26",
    });

    const levers = bin(["levers"]);
    expect(levers.stdout).toMatch(/1 +competing-offer +high +\+10%–20% of offer/);
    expect(levers.stdout).toMatch(/5 +sign-on-bonus +medium +50%–100% of forfeited equity/);
    expect(JSON.parse(bin(["levers", "--json"]).stdout).rows[2]).toMatchObject({
      lever: "level-escalation",
      low: 30000,
      high: 60000,
      unit: "money",
    });
    expect(csv(bin(["levers", "--csv"]).stdout).map((r) => r.lever)).toEqual([
      "competing-offer",
      "ai-premium",
      "level-escalation",
      "equity-refresh",
      "sign-on-bonus",
    ]);

    expect(bin(["premiums"]).stdout).toMatch(
      /ai-services +AI services experience +senior, staff +\+\$15,000–\$30,000 base/,
    );
    expect(JSON.parse(bin(["premiums", "--json"]).stdout).rows).toHaveLength(3);
    expect(csv(bin(["premiums", "--csv"]).stdout)[1]).toMatchObject({
      premium: "go-rust",
      low: "0.1",
      high: "0.2",
    });

    expect(bin(["datasets"]).stdout).toMatch(
      /backend-developer@2026\.1\.0 +Backend Developer Salary Guide 2026 +2026-01-01 +USD +yes/,
    );
    expect(JSON.parse(bin(["datasets", "--json"]).stdout)[0]).toMatchObject({
      id: "backend-developer",
      latest: true,
    });
    expect(csv(bin(["datasets", "--csv"]).stdout)[0]).toMatchObject({
      version: "2026.1.0",
      latest: "true",
    });
  });

  test("estimate: the table with the band chart, --json with the trace, --csv", () => {
    const r = bin(["estimate", "--level", "senior", "--metro", "seattle"]);
    expect(r.code).toBe(0);
    // By hand: 205,000 × 1.26 = 258,300; × 287/205 = 361,620.
    expect(r.stdout).toMatch(/Base +\$258,300/);
    expect(r.stdout).toMatch(/Total comp +\$361,620/);
    // The bar chart: the anchors and the estimate, marked, longest bar at p90.
    expect(r.stdout).toMatch(/p25 +\$204,120 +█+/);
    expect(r.stdout).toMatch(/estimate p50 +\$258,300 +█+.?◆/);
    expect(r.stdout).toMatch(/p90 +\$384,300 +█{40}\n/);
    expect(r.stdout).not.toMatch(ANSI);

    const json = JSON.parse(
      bin([
        "estimate",
        "--level",
        "mid",
        "--metro",
        "austin",
        "--percentile",
        "75",
        "--premium",
        "go-rust",
        "--json",
      ]).stdout,
    );
    // 180,000 × 1.05 = 189,000; Go/Rust +10–20% of base: 207,900–226,800.
    expect(json).toMatchObject({
      level: "mid",
      metro: "austin",
      percentile: 75,
      base: 189000,
      baseRange: [207900, 226800],
    });
    expect(json.trace.length).toBeGreaterThan(3);

    const rows = csv(bin(["estimate", "--level", "senior", "--metro", "sea", "--csv"]).stdout);
    expect(rows).toEqual([
      expect.objectContaining({
        level: "senior",
        metro: "seattle",
        base: "258300",
        totalComp: "361620",
        p90: "384300",
        premiums: "",
      }),
    ]);
  });

  test("percentile: rank (--amount) and amount (--p) in every format", () => {
    const rank = bin([
      "percentile",
      "--level",
      "senior",
      "--metro",
      "seattle",
      "--amount",
      "300,000",
    ]);
    expect(rank.code).toBe(0);
    expect(rank.stdout).toContain("$300,000 is p67.8 of the base-salary band");
    expect(rank.stdout).toContain("log-probit between p50 ($258,300) and p75 ($321,300)");
    const at = bin(["percentile", "--level", "senior", "--p", "50"]);
    expect(at.stdout).toContain("p50 of the base-salary band is $205,000");
    const json = JSON.parse(
      bin(["percentile", "--level", "staff", "--p", "97", "--tail", "pareto", "--json"]).stdout,
    );
    expect(json).toMatchObject({ level: "staff", p: 97, tail: "pareto", extrapolated: true });
    const rows = csv(
      bin(["percentile", "--level", "senior", "--amount", "205000", "--csv"]).stdout,
    );
    expect(rows[0]).toMatchObject({
      level: "senior",
      amount: "205000",
      percentile: "50",
      method: "log-probit",
    });
  });

  test("offer: the years, totals and rank; --lever; --json; --csv", () => {
    const r = bin([
      "offer",
      f.offer,
      "--lever",
      "competing-offer",
      "--lever",
      "sign-on-bonus=120000",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 +\$250,000 +\$37,500 +\$100,000 +\$0 +\$30,000 +\$417,500/);
    expect(r.stdout).toMatch(/Steady state +\$387,500 a year/);
    expect(r.stdout).toMatch(/Base +p46\.3 of the band, compa-ratio 0\.968/);
    expect(r.stdout).toMatch(/competing-offer +high +base +\$25,000 – \$50,000/);
    expect(r.stdout).toMatch(/sign-on-bonus +medium +sign-on +\$60,000 – \$120,000/);
    const json = JSON.parse(bin(["offer", f.offer, "--metro", "austin", "--json"]).stdout);
    expect(json.evaluation).toMatchObject({
      level: "senior",
      metro: "austin",
      firstYearTotal: 417500,
    });
    expect(json.levers).toBeNull();
    const rows = csv(bin(["offer", f.offer, "--csv"]).stdout);
    expect(rows.map((y) => [y.year, y.total])).toEqual([
      ["1", "417500"],
      ["2", "387500"],
      ["3", "387500"],
      ["4", "387500"],
    ]);
  });

  test("career: table, --json, --csv (one row per year × scenario)", () => {
    const r = bin(["career", "--level", "junior", "--years", "4", "--track", "ic"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      / 2 +junior \$105,000 \(TC \$120,000\) +junior \$105,000 \(TC \$120,000\) +\*mid \$149,100/,
    );
    const json = JSON.parse(
      bin(["career", "--level", "senior", "--years", "5", "--track", "manager", "--json"]).stdout,
    );
    expect(json.path).toHaveLength(6);
    const rows = csv(
      bin(["career", "--level", "junior", "--years", "4", "--track", "ic", "--csv"]).stdout,
    );
    expect(rows).toHaveLength(15);
    expect(rows.find((x) => x.year === "2" && x.scenario === "high")).toMatchObject({
      level: "mid",
      base: "149100",
      promoted: "true",
    });
  });

  test("validate: a valid file, and --json", () => {
    const ok = bin(["validate", f.v2]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      `valid: ${f.v2} is dataset backend-developer@2026.2.0 (4 levels, 7 metros`.replace(
        "7 metros",
        "6 metros",
      ),
    );
    expect(JSON.parse(bin(["validate", f.v2, "--json"]).stdout)).toMatchObject({
      valid: true,
      issues: [],
    });
  });

  test("diff: two datasets (id@version and a file) in every format", () => {
    const r = bin(["diff", "backend-developer@2026.1.0", f.v2]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "backend-developer@2026.1.0 → backend-developer@2026.2.0: 0 added, 1 removed, 2 changed",
    );
    expect(r.stdout).toMatch(/~ +levels\.senior\.base\.p50 +205,000 +210,000 +\+2\.44%/);
    expect(r.stdout).toMatch(/- +metros\.denver/);
    const json = JSON.parse(bin(["diff", "backend-developer@2026.1.0", f.v2, "--json"]).stdout);
    expect(json.removed.map((x: { path: string }) => x.path)).toEqual(["metros.denver"]);
    const rows = csv(bin(["diff", f.v2, "backend-developer@2026.1.0", "--csv"]).stdout);
    expect(rows).toContainEqual({
      type: "changed",
      path: "levels.senior.base.p50",
      old: "210000",
      new: "205000",
      change: "-0.023809523809523808",
    });
    expect(rows).toContainEqual(expect.objectContaining({ type: "added", path: "metros.denver" }));
  });

  test("--help on every command, with examples", () => {
    const commands = [
      "levels",
      "metros",
      "levers",
      "premiums",
      "estimate",
      "percentile",
      "offer",
      "career",
      "datasets",
      "validate",
      "diff",
    ];
    const main = bin(["--help"]);
    expect(main.code).toBe(0);
    for (const c of commands) {
      expect(main.stdout).toMatch(new RegExp(`\\n  ${c} +\\S`));
      const help = bin([c, "--help"]);
      expect(help.code, c).toBe(0);
      expect(help.stdout, c).toMatch(new RegExp(`^Usage: paybands ${c}`));
      expect(help.stdout, c).toMatch(/\nExamples:\n( +paybands .+\n)+/);
    }
  });
});

describe("errors: exit codes and messages", () => {
  test("an unknown metro: one line naming the valid metros, exit 2", () => {
    const r = bin(["estimate", "--level", "senior", "--metro", "paris"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'paybands: --metro: Unknown metro "paris". Valid metros: sf-bay-area, new-york, seattle, austin, denver, chicago, remote-us.\n',
    );
  });

  test("percentile 150: one line naming the valid range, exit 2", () => {
    for (const argv of [
      ["estimate", "--level", "senior", "--percentile", "150"],
      ["percentile", "--level", "senior", "--p", "150"],
    ]) {
      const r = bin(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^paybands: --(percentile|p): p must be a finite number strictly between 0 and 100 \(e\.g\. 25 for p25\); got 150\n$/,
      );
    }
  });

  test("an unknown option or command: one line naming the valid ones, exit 2", () => {
    const option = bin(["levels", "--metr", "sf"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      'paybands: unknown option "--metr" for levels; valid options: --metro <value>, --json, --csv, --dataset <value>, --help\n',
    );
    const command = bin(["salaries"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(
      /^paybands: unknown command "salaries"; valid commands: levels, metros, levers, premiums, estimate, percentile, offer, career, datasets, validate, diff\n$/,
    );
    const missing = bin(["estimate"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "paybands: missing --level; valid levels: junior, mid, senior, staff\n",
    );
  });

  test("malformed JSON: the file, line and column, exit 1", () => {
    for (const argv of [
      ["offer", f.malformed, "--level", "senior"],
      ["validate", f.malformed],
      ["diff", f.malformed, f.v2],
    ]) {
      const r = bin(argv);
      expect(r.code, argv.join(" ")).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(
          `^paybands: ${f.malformed.replaceAll(".", "\\.")}: malformed JSON \\(line 3 column 3\\): `,
        ),
      );
    }
  });

  test("a dataset with an unordered band: the path of the bad field, exit 1", () => {
    const r = bin(["validate", f.unordered]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${f.unordered}: levels[2].base.anchors[2].amount: anchor amounts must strictly increase: 200000 at p75 is not above 205000 at p50\ninvalid: ${f.unordered}: 1 problem\n`,
    );
    const json = JSON.parse(bin(["validate", f.unordered, "--json"]).stdout);
    expect(json).toMatchObject({
      valid: false,
      issues: [{ path: ["levels", 2, "base", "anchors", 2, "amount"] }],
    });
    for (const argv of [
      ["levels", "--dataset", f.unordered],
      ["diff", "backend-developer@2026.1.0", f.unordered],
    ]) {
      const used = bin(argv);
      expect(used.code).toBe(1);
      expect(used.stderr).toMatch(
        /invalid dataset at levels\[2\]\.base\.anchors\[2\]\.amount: anchor amounts must strictly increase/,
      );
    }
  });

  test("an invalid offer: the path of the bad field, exit 1; a missing file, exit 2", () => {
    const bad = bin(["offer", f.badOffer]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^paybands: .*bad-offer\.json: equity\.grant: /);
    const missing = bin(["offer", `${f.dir}/nope.json`, "--level", "senior"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`paybands: no such file: ${f.dir}/nope.json\n`);
  });

  test("an unknown embedded dataset version names the valid ones, exit 2", () => {
    const r = bin(["diff", "backend-developer@2025.1.0", f.v2]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'paybands: Dataset "backend-developer" has no version "2025.1.0". Valid versions: 2026.1.0.\n',
    );
  });
});

describe("colour", () => {
  test("none when stdout is not a terminal; FORCE_COLOR turns it on; NO_COLOR always wins", () => {
    const args = ["estimate", "--level", "senior"];
    expect(bin(args).stdout).not.toMatch(ANSI);
    expect(bin(args, { FORCE_COLOR: "1" }).stdout).toMatch(ANSI);
    expect(bin(args, { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toMatch(ANSI);
  });
});
