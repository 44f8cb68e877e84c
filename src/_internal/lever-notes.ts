/** The notes a levers result carries, in words (see docs/model-levers.md). */
export const LEVER_NOTES = {
  percentToBase:
    'Percent levers (competing offer +10–20%, AI/LLM premium +10–15%) are applied to base. The guide says a competing offer can "move the initial offer 10-20%" and to ask for "a 10-15% premium above the initial offer" without naming the components; paybands raises base, the part every offer has and the one pay bands govern (a bonus given as a percent of base follows it; other components are unchanged).',
  combineAdd:
    'Several percent levers add: base × (1 + f₁ + f₂). Pass combine: "compound" for base × (1 + f₁) × (1 + f₂), in the order given.',
  combineCompound:
    "Percent levers compound in the order given: each applies to base as raised by the levers before it.",
  stacking:
    "Levers are summed as if each works in full alongside the others; the guide ranks them by effectiveness but does not say they stack, so the high end of several levers together is optimistic.",
  rounding:
    "Every figure is rounded once from its exact value, so the rounded contributions may differ from after − before by up to one rounding step each.",
  estimateTotals:
    "For an estimate, totalComp is annual: it gains the base increase, re-leveling's total-comp increase and an initial-grant increase ÷ 4 (4-year vesting assumed); firstYearTotalComp adds a one-time sign-on.",
  offerTotals:
    "For an offer, firstYearTotal gains the base increase (and a percent bonus on it), re-leveling's total-comp increase, year 1's vesting of an initial-grant increase and a one-time sign-on; steadyStateTotal gains the same except the sign-on, with a grant increase at grant ÷ vesting years.",
  relevelNoContext:
    "Level escalation: pass context { level, metro } to compare with the next level's band at the same percentile.",
  topLevel: (level: string): string =>
    `Level escalation: ${level} is the dataset's top level, so there is no next level's band to compare with; the guide's +$30–60k still applies as a range.`,
} as const;
