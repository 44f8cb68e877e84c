/** The CLI's logic in-process (fast): options, formats and errors of each command. */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { colorEnabled, style } from "../../src/cli/ansi.js";
import { renderBarChart } from "../../src/cli/bar-chart.js";
import { cli, fixtures } from "./helpers.js";

let f: ReturnType<typeof fixtures>;
beforeAll(() => {
  f = fixtures();
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
const ANSI = /\u001b\[/;

describe("estimate", () => {
  test("--policy, --method and aliases reach the estimate", () => {
    const national = JSON.parse(
      cli(["estimate", "--level", "sr", "--metro", "sf", "--policy", "national", "--json"]).stdout,
    );
    expect(national).toMatchObject({
      level: "senior",
      metro: "sf-bay-area",
      policy: "national",
      base: 205000,
    });
    const bench = JSON.parse(
      cli([
        "estimate",
        "--level",
        "senior",
        "--metro",
        "austin",
        "--policy",
        "benchmark=seattle",
        "--json",
      ]).stdout,
    );
    expect(bench.base).toBe(258300);
    const half = JSON.parse(
      cli([
        "estimate",
        "--level",
        "senior",
        "--metro",
        "sf",
        "--policy",
        "elasticity=0.5",
        "--json",
      ]).stdout,
    );
    // 205,000 × (1 + 0.38 × 0.5) = 243,950
    expect(half.base).toBe(243950);
    const linear = JSON.parse(
      cli(["estimate", "--level", "senior", "--percentile", "60", "--method", "linear", "--json"])
        .stdout,
    );
    // Linear between p50 205,000 and p75 255,000: 205,000 + 50,000 × 10/25 = 225,000.
    expect(linear.base).toBe(225000);
  });

  test("bad option values are usage errors naming the choices", () => {
    expect(cli(["estimate", "--level", "senior", "--policy", "bogus"])).toMatchObject({
      code: 2,
      stderr:
        'paybands: --policy must be one of local, national, benchmark, benchmark=<metro>, elasticity=<0..1>; got "bogus"\n',
    });
    expect(cli(["estimate", "--level", "senior", "--method", "cubic"]).stderr).toBe(
      'paybands: --method must be one of log-probit, pchip, linear; got "cubic"\n',
    );
    expect(cli(["estimate", "--level", "senior", "--percentile", "high"]).stderr).toBe(
      'paybands: --percentile must be a number; got "high"\n',
    );
    const premium = cli(["estimate", "--level", "senior", "--premium", "go-rust"]);
    expect(premium.code).toBe(2);
    expect(premium.stderr).toMatch(
      /^paybands: --premium: premium "go-rust" is given for mid, not senior/,
    );
    expect(cli(["estimate", "--level", "senior", "extra"]).stderr).toBe(
      'paybands: unexpected argument "extra" (usage: paybands estimate; see --help)\n',
    );
  });

  test("colour only when asked for: accent on the estimate's bar", () => {
    expect(cli(["estimate", "--level", "senior"]).stdout).not.toMatch(ANSI);
    expect(cli(["estimate", "--level", "senior"], { color: true }).stdout).toMatch(ANSI);
  });

  test("premiums draw the range after the estimate's bar", () => {
    const r = cli([
      "estimate",
      "--level",
      "senior",
      "--metro",
      "seattle",
      "--premium",
      "ai-services",
    ]);
    expect(r.stdout).toMatch(/estimate p50 +\$258,300 +█+.?░+◆ \(to \$288,300\)/);
    expect(r.stdout).toMatch(/ {2}base +\$273,300 – \$288,300/);
  });
});

describe("the terminal bar chart", () => {
  test("lengths are proportional to the amounts, in eighths of a cell", () => {
    const text = renderBarChart(
      [
        { label: "a", amount: 50 },
        { label: "b", amount: 100, highlight: true },
        { label: "c", amount: 12.5 },
      ],
      style(false),
      8,
    );
    expect(text.split("\n")).toEqual(["  a   $50  ████", "  b  $100  ████████◆", "  c   $13  █"]);
  });

  test("colorEnabled: a TTY without NO_COLOR; FORCE_COLOR; NO_COLOR wins", () => {
    expect(colorEnabled(true, {})).toBe(true);
    expect(colorEnabled(false, {})).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled(true, { TERM: "dumb" })).toBe(false);
    expect(colorEnabled(false, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled(false, { FORCE_COLOR: "0" })).toBe(false);
    expect(colorEnabled(true, { FORCE_COLOR: "1", NO_COLOR: "x" })).toBe(false);
  });
});

describe("offer", () => {
  test("flags override the file's level and metro; a bad flag is a usage error (2)", () => {
    const r = JSON.parse(
      cli(["offer", f.offer, "--level", "staff", "--metro", "sf", "--json"]).stdout,
    );
    expect(r.evaluation).toMatchObject({ level: "staff", metro: "sf-bay-area" });
    expect(cli(["offer", f.offer, "--metro", "paris"]).code).toBe(2);
    expect(cli(["offer", f.offer, "--lever", "charm"]).stderr).toMatch(
      /^paybands: --lever: Unknown lever "charm"\./,
    );
    expect(cli(["offer", f.offer, "--lever", "sign-on-bonus=lots"]).stderr).toBe(
      'paybands: --lever sign-on-bonus=<forfeit> needs an amount; got "lots"\n',
    );
  });

  test("levers with parameters: a forfeit, an extra grant, a level", () => {
    const r = JSON.parse(
      cli([
        "offer",
        f.offer,
        "--lever",
        "forfeit=100000",
        "--lever",
        "equity-refresh=40000",
        "--lever",
        "level-escalation=staff",
        "--json",
      ]).stdout,
    );
    expect(
      r.levers.contributions.map((c: { lever: string; range: number[] }) => [c.lever, c.range]),
    ).toEqual([
      ["sign-on-bonus", [50000, 100000]],
      ["equity-refresh", [0, 40000]],
      ["level-escalation", expect.any(Array)],
    ]);
  });

  test("a file value of the wrong kind is a file error (1) naming the field", () => {
    const r = cli(["offer", f.badOffer]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-offer\.json: equity\.grant: /);
    const noLevel = cli(["offer", f.malformed.replace("malformed", "offer"), "--csv"]);
    expect(noLevel.code).toBe(0);
    expect(parse(noLevel.stdout, { columns: true })).toHaveLength(4);
  });
});

describe("career, percentile, validate, diff", () => {
  test("career checks --years and --track", () => {
    expect(cli(["career", "--level", "junior", "--years", "0", "--track", "ic"]).stderr).toBe(
      'paybands: --years must be a whole number from 1 to 40; got "0"\n',
    );
    expect(cli(["career", "--level", "junior", "--years", "3", "--track", "ladder"]).stderr).toBe(
      'paybands: --track must be one of ic, manager; got "ladder"\n',
    );
    expect(cli(["career", "--level", "junior", "--years", "3"]).stderr).toBe(
      "paybands: missing --track; valid tracks: ic, manager\n",
    );
  });

  test("percentile needs exactly one of --amount and --p", () => {
    for (const argv of [
      ["percentile", "--level", "senior"],
      ["percentile", "--level", "senior", "--p", "5", "--amount", "1"],
    ]) {
      expect(cli(argv)).toMatchObject({
        code: 2,
        stderr:
          "paybands: give exactly one of --amount <$> (its percentile) or --p <p> (the amount at it)\n",
      });
    }
    const clamp = JSON.parse(
      cli(["percentile", "--level", "senior", "--p", "99", "--tail", "clamp", "--json"]).stdout,
    );
    expect(clamp.value).toBe(305000);
  });

  test("validate lists every problem of an invalid file, exit 1", () => {
    const r = cli(["validate", f.unordered]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(
      /levels\[2\]\.base\.anchors\[2\]\.amount: anchor amounts must strictly increase/,
    );
  });

  test("diff of a dataset with itself: no differences", () => {
    const r = cli(["diff", "backend-developer@2026.1.0", "backend-developer@2026.1.0"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "backend-developer@2026.1.0 → backend-developer@2026.1.0: 0 added, 0 removed, 0 changed\n\nNo differences.\n",
    );
    expect(cli(["diff", "nothing-here", f.v2])).toMatchObject({ code: 2 });
    expect(cli(["diff", f.v2])).toMatchObject({
      code: 2,
      stderr: "paybands: missing B (usage: paybands diff A B; see --help)\n",
    });
  });

  test("help <command> prints that command's help", () => {
    expect(cli(["help", "offer"]).stdout).toMatch(/^Usage: paybands offer FILE\.json/);
  });
});
