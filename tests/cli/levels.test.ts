import { describe, expect, test } from "vitest";
import { cli as runCli } from "./helpers.js";

const cli = (...argv: string[]) => runCli(argv);

describe("paybands levels", () => {
  test("prints the four levels with their bands as an aligned table", () => {
    const { code, stdout, stderr } = cli("levels");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "backend-developer@2026.1.0 — US base salary, remote-us (+0% vs US national median)",
    );
    // Figures from the guide's table, typed by hand.
    expect(stdout).toMatch(
      /junior +Junior \/ Entry-Level Backend Dev +0-2 +\$82,000 +\$105,000 +\$128,000 +\$152,000 +\$120,000/,
    );
    expect(stdout).toMatch(
      /mid +Mid-Level Backend Developer +2-5 +\$120,000 +\$148,000 +\$180,000 +\$215,000 +\$185,000/,
    );
    expect(stdout).toMatch(
      /senior +Senior Backend Developer +5-9 +\$162,000 +\$205,000 +\$255,000 +\$305,000 +\$287,000/,
    );
    expect(stdout).toMatch(
      /staff +Staff \/ Principal Backend Engineer +8-15 +\$240,000 +\$310,000 +\$400,000 +\$490,000 +\$496,000/,
    );
    // Aligned: every row of the table is as wide as the rule under the header, or narrower.
    const table = lines.slice(2).filter(Boolean);
    const ends = table.map((l) => l.length);
    expect(new Set(ends.slice(2)).size).toBe(1);
  });

  test("--metro multiplies by the metro premium, rounded half-even to the dollar", () => {
    const { code, stdout } = cli("levels", "--metro", "sf", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      dataset: "backend-developer@2026.1.0",
      metro: "sf-bay-area",
      premium: 0.38,
    });
    // By hand: 162,000 x 1.38 = 223,560; 205,000 x 1.38 = 282,900; 255,000 x 1.38 = 351,900;
    // 305,000 x 1.38 = 420,900; 287,000 x 1.38 = 396,060.
    expect(result.rows[2]).toEqual({
      level: "senior",
      name: "Senior Backend Developer",
      years: [5, 9],
      p25: 223560,
      p50: 282900,
      p75: 351900,
      p90: 420900,
      estimatedTotalComp: 396060,
    });
    // 82,000 x 1.38 = 113,160 (junior p25).
    expect(result.rows[0].p25).toBe(113160);
  });

  test("an alias and a mixed-case metro work in the table", () => {
    const { code, stdout } = cli("levels", "--metro", "Seattle");
    expect(code).toBe(0);
    // 205,000 x 1.26 = 258,300
    expect(stdout).toContain("seattle (+26% vs US national median)");
    expect(stdout).toContain("$258,300");
  });
});

describe("errors and help", () => {
  test("an unknown metro is a one-line usage error naming the valid choices, exit 2", () => {
    const { code, stdout, stderr } = cli("levels", "--metro", "paris");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'paybands: --metro: Unknown metro "paris". Valid metros: sf-bay-area, new-york, seattle, austin, denver, chicago, remote-us.\n',
    );
  });

  test("unknown options and commands exit 2", () => {
    expect(cli("levels", "--metr", "sf").code).toBe(2);
    const unknown = cli("salaries");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'paybands: unknown command "salaries"; valid commands: levels, metros, levers, premiums, estimate, percentile, offer, career, datasets, validate, diff\n',
    );
  });

  test("--help for the program and the command, with examples", () => {
    expect(cli("--help")).toMatchObject({ code: 0 });
    expect(cli("--help").stdout).toMatch(/Commands:\n +levels/);
    const levelsHelp = cli("levels", "--help");
    expect(levelsHelp.code).toBe(0);
    expect(levelsHelp.stdout).toMatch(/Examples:\n +paybands levels\n/);
  });

  test("no command prints the help and exits 2", () => {
    const { code, stdout } = cli();
    expect(code).toBe(2);
    expect(stdout).toMatch(/^paybands — /);
  });

  test("--version names the dataset", () => {
    expect(cli("--version").stdout).toMatch(/dataset backend-developer@2026\.1\.0/);
  });
});
