/** lateralMoves: the guide's five lateral moves, their effects and conditions, by level. */
import { describe, expect, test } from "vitest";
import { lateralMoves as boundLateralMoves } from "../../../src/bound/lateral-moves.js";
import { lateralMoves } from "../../../src/core/career/index.js";
import { getDataset } from "../../../src/index.js";
import { thrown } from "../../helpers/thrown.js";

const ds = getDataset();

describe("lateralMoves", () => {
  test("without a level: every move, in the guide's order, with its effect and condition", () => {
    const r = lateralMoves(ds);
    expect(r.level).toBeNull();
    expect(r.dataset).toEqual({ id: "backend-developer", version: "2026.1.0" });
    expect(r.moves.map((m) => [m.id, m.appliesAtLevel])).toEqual([
      ["platform-infrastructure", true],
      ["full-stack", true],
      ["solutions-architect", true],
      ["ml-engineer", true],
      ["technical-co-founder", true],
    ]);
    // The guide: "Comp premium of $10-20k at senior levels at companies investing in platform engineering."
    expect(r.moves[0]).toEqual({
      id: "platform-infrastructure",
      name: "Platform / Infrastructure Engineer",
      effect: { kind: "amount", range: [10000, 20000], basis: "unspecified" },
      condition: "At senior levels, at companies investing in platform engineering.",
      levels: ["senior"],
      appliesAtLevel: true,
      description:
        "Specialization toward the infrastructure layer (Kubernetes, Terraform, service mesh). High demand in 2026 as companies scale AI infrastructure.",
    });
    // "$15-30k comp premium at AI-native companies"
    expect(r.moves[3]?.effect).toEqual({
      kind: "amount",
      range: [15000, 30000],
      basis: "unspecified",
    });
    // Full-stack: no figure, no condition.
    expect(r.moves[1]?.effect).toEqual({
      kind: "qualitative",
      summary:
        "At startups full-stack engineers often earn slightly more than pure backend engineers; at large companies the difference is minimal.",
    });
    expect(r.moves[1]?.condition).toBeNull();
    expect(r.moves[2]?.effect.summary).toBe(
      "Similar base comp with more stability and less on-call stress.",
    );
  });

  test.each([
    ["junior", [false, true, false, true, true]],
    ["mid", [false, true, false, true, true]],
    ["senior", [true, true, true, true, true]],
    ["staff", [false, true, false, true, true]],
  ] as const)("at %s: moves tied to senior apply only there", (level, applies) => {
    const r = lateralMoves(ds, level);
    expect(r.level).toBe(level);
    expect(r.moves.map((m) => m.appliesAtLevel)).toEqual(applies);
  });

  test("aliases; the bound version equals the core one", () => {
    expect(lateralMoves(ds, "Principal").level).toBe("staff");
    expect(boundLateralMoves("sr")).toEqual(lateralMoves(ds, "senior"));
    expect(boundLateralMoves()).toEqual(lateralMoves(ds));
  });

  test("frozen, JSON-serialisable, never undefined", () => {
    const r = lateralMoves(ds, "mid");
    expect(Object.isFrozen(r) && Object.isFrozen(r.moves[0]?.effect)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    for (const m of r.moves) for (const v of Object.values(m)) expect(v).not.toBeUndefined();
  });

  test.each(["intern", "engineering-manager", ""])("unknown level %j → UNKNOWN_LEVEL", (level) => {
    const e = thrown(() => lateralMoves(ds, level));
    expect(e).toMatchObject({ code: "UNKNOWN_LEVEL", path: ["level"] });
    expect(e.validChoices).toEqual(["junior", "mid", "senior", "staff"]);
  });
});
