/**
 * The `warnings` field of the domain results: a sentence when the dataset is older than
 * the staleness limit (default 18 months after its effective date, 2026-01-01 for the
 * embedded dataset), with `now` injected so the tests do not depend on today's date.
 */
import { describe, expect, test } from "vitest";
import {
  adjustForMetro,
  applyLevers,
  datasetAge,
  estimateCompensation,
  evaluateOffer,
  projectCareer,
  type StalenessOptions,
} from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const STALE_AUGUST_2027 =
  "The dataset backend-developer@2026.1.0 is effective 2026-01-01, 19 months before 2027-08-01: older than the 18-month staleness limit. Check listDatasets() for a newer version, or pass staleAfterMonths to change the limit.";

type Run = (s: StalenessOptions) => { readonly warnings: readonly string[] };

const functions: [string, Run][] = [
  [
    "estimateCompensation",
    (s) => estimateCompensation({ level: "senior", metro: "seattle", ...s }),
  ],
  [
    "evaluateOffer",
    (s) => evaluateOffer({ base: 231000 }, { level: "senior", metro: "seattle", ...s }),
  ],
  ["applyLevers (offer)", (s) => applyLevers({ base: 200000 }, ["competing-offer"], s)],
  [
    "applyLevers (estimate)",
    (s) => applyLevers({ base: 205000, totalComp: 287000 }, ["ai-premium"], s),
  ],
  ["projectCareer", (s) => projectCareer({ level: "junior", years: 3, track: "ic", ...s })],
  ["adjustForMetro", (s) => adjustForMetro(205000, "seattle", s)],
];

describe.each(functions)("%s: warnings", (_name, run) => {
  test("none while the data is at most 18 months old", () => {
    expect(run({ now: "2026-11-28" }).warnings).toEqual([]);
    expect(run({ now: "2027-07-01" }).warnings).toEqual([]);
  });

  test("one sentence once it is older", () => {
    expect(run({ now: "2027-08-01" }).warnings).toEqual([STALE_AUGUST_2027]);
    expect(run({ now: new Date("2027-07-02T00:00:00Z") }).warnings).toHaveLength(1);
  });

  test("staleAfterMonths moves the limit", () => {
    expect(run({ now: "2027-08-01", staleAfterMonths: 24 }).warnings).toEqual([]);
    expect(run({ now: "2026-11-28", staleAfterMonths: 6 }).warnings).toEqual([
      "The dataset backend-developer@2026.1.0 is effective 2026-01-01, 10 months before 2026-11-28: older than the 6-month staleness limit. Check listDatasets() for a newer version, or pass staleAfterMonths to change the limit.",
    ]);
  });

  test("by default `now` is the current time (the same answer as datasetAge)", () => {
    expect(run({}).warnings).toHaveLength(datasetAge().stale ? 1 : 0);
  });

  test("the warning changes no figure", () => {
    const { warnings: fresh, ...a } = run({ now: "2026-11-28" });
    const { warnings: stale, ...b } = run({ now: "2027-08-01" });
    expect(fresh).toEqual([]);
    expect(stale).toHaveLength(1);
    expect(b).toEqual(a);
  });

  test("the warnings are frozen and serialise", () => {
    const r = run({ now: "2027-08-01" });
    expect(Object.isFrozen(r.warnings)).toBe(true);
    expect(JSON.parse(JSON.stringify(r)).warnings).toEqual([STALE_AUGUST_2027]);
  });

  test("a bad `now` or limit is an INVALID_OPTION naming the key", () => {
    expect(thrown(() => run({ now: "soon" }))).toMatchObject({
      code: "INVALID_OPTION",
      path: ["now"],
    });
    expect(thrown(() => run({ now: "2027-08-01", staleAfterMonths: -3 }))).toMatchObject({
      code: "INVALID_OPTION",
      path: ["staleAfterMonths"],
    });
  });
});
