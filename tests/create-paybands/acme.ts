/**
 * A small company dataset, written by hand as a user would: two levels, three metros,
 * one lever and a two-step progression. Every figure here is hand-checked in the tests.
 */
export function acmeDataset() {
  return {
    id: "acme-backend",
    version: "2026.1.0",
    schemaVersion: 1,
    title: "Acme backend bands 2026",
    description: "Acme's own pay bands for backend engineers.",
    effectiveDate: "2026-06-01",
    currency: "USD",
    country: "US",
    baselineMetro: "remote",
    sources: [{ id: "acme-hr", name: "Acme HR compensation review 2026", kind: "survey" }],
    levels: [
      {
        id: "engineer",
        name: "Engineer",
        aliases: ["e1"],
        rank: 1,
        years: [0, 4],
        base: {
          anchors: [
            { p: 25, amount: 100000 },
            { p: 50, amount: 120000 },
            { p: 75, amount: 140000 },
            { p: 90, amount: 160000 },
          ],
        },
        estimatedTotalComp: { amount: 150000, approximate: false },
        facts: [],
        source: "acme-hr",
      },
      {
        id: "senior-engineer",
        name: "Senior Engineer",
        aliases: ["e2", "senior"],
        rank: 2,
        years: [4, 10],
        base: {
          anchors: [
            { p: 25, amount: 140000 },
            { p: 50, amount: 170000 },
            { p: 75, amount: 200000 },
            { p: 90, amount: 230000 },
          ],
        },
        estimatedTotalComp: { amount: 238000, approximate: false },
        facts: [],
        source: "acme-hr",
      },
    ],
    metros: [
      { id: "remote", name: "Remote (US)", aliases: [], premium: 0, facts: [], source: "acme-hr" },
      { id: "nyc", name: "New York", aliases: ["ny"], premium: 0.2, facts: [], source: "acme-hr" },
      { id: "austin", name: "Austin", aliases: [], premium: -0.05, facts: [], source: "acme-hr" },
    ],
    levers: [
      {
        id: "competing-offer",
        name: "Competing offer",
        aliases: [],
        rank: 1,
        effectiveness: "high",
        effect: { kind: "percent", fraction: [0.05, 0.1], basis: "offer" },
        description: "Acme matches competing offers within 5-10%.",
        source: "acme-hr",
      },
    ],
    premiums: [],
    roles: [],
    progression: [
      {
        id: "start",
        order: 1,
        track: "ic",
        from: null,
        to: "engineer",
        years: [0, 0],
        raise: null,
        description: "Join as an engineer.",
        source: "acme-hr",
      },
      {
        id: "engineer-to-senior",
        order: 2,
        track: "ic",
        from: "engineer",
        to: "senior-engineer",
        years: [2, 4],
        raise: [0.2, 0.3],
        description: "Lead projects across a team.",
        source: "acme-hr",
      },
    ],
    lateralMoves: [],
    headlines: [],
    notes: [],
  };
}

export type AcmeDataset = ReturnType<typeof acmeDataset>;
