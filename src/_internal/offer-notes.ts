/** The notes an offer evaluation carries, in words (see docs/model-offers.md). */
export const OFFER_NOTES = {
  percentilesDontAdd:
    "Percentiles of components do not add up to the percentile of the total: a p50 base, a p50 bonus and p50 equity do not make a p50 total, because the components are not perfectly correlated and equity is far more spread out than base. baseRank and totalRank are computed separately and need not agree.",
  totalRank: (multiplier: string): string =>
    `totalRank is an approximation: the guide gives one estimated total comp per level, not a total-comp distribution, so the level's TC band is taken as its base band × the TC/base multiplier (${multiplier}), as if every percentile had the same mix of base, bonus and equity (real TC bands spread wider at the top, where equity dominates). The steady-state total is the figure ranked: it is the yearly figure comparable to an estimated total comp (no one-time sign-on, the grant at its yearly average).`,
  steadyState:
    "steadyStateTotal = base + target bonus + initial grant ÷ vesting years + annual refresher value: yearly pay once refreshers have fully ramped up, with the initial grant at its average yearly value and no sign-on. It is not any single year's pay.",
  assumptions:
    "Base and target bonus are the same every year (no raises; the bonus paid at target, including in year 1, although first-year bonuses are often prorated); equity is valued at the grant's value (no change in the stock price); the sign-on bonus is paid once, in year 1.",
  cliff:
    "One-year cliff: nothing vests before month 12, when the first 25% vests at once; then monthly. The yearly totals equal the even schedule's (25/25/25/25), but leaving before month 12 forfeits the whole grant.",
  frontLoaded:
    "Front-loaded 40/30/20/10: the guide names no front-loaded split; this is a common one. Pass explicit fractions for another.",
  refreshers:
    "Refreshers: a grant of the annual value at the start of every year from year 2, each vesting on the same schedule as the initial grant, so year y receives annual × (the schedule's first y − 1 fractions): refresher vesting ramps up and reaches the annual value once the schedule has run.",
  position: (position: "below" | "within" | "above", pLow: number, pHigh: number): string =>
    position === "within"
      ? `Base is within the band: between the metro's p${pLow} and p${pHigh} anchors.`
      : position === "below"
        ? `Base is below the band: under the metro's p${pLow} anchor, the lowest the guide gives.`
        : `Base is above the band: over the metro's p${pHigh} anchor, the highest the guide gives.`,
  rounding:
    "Money is rounded once: the four-year total is the exact sum, rounded; the years' totals are allocated from it, and each year's parts from its total, by largest remainder, so they add up exactly, each within one rounding step of its exact value.",
} as const;
