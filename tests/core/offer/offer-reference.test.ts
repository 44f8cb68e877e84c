/**
 * evaluateOffer against an independent decimal.js reference written from
 * docs/model-offers.md (tests/reference/decimal-offer.ts), over random offers, levels,
 * metros and rounding rules: every year's parts and total, the first-year, steady-state
 * and four-year totals, and the compa-ratio.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluateOffer, getDataset, type Offer, type VestingSchedule } from "../../../src/index.js";
import { factorRef, type Mode, p50Of, type Rule } from "../../reference/decimal-estimate.js";
import { compaRatioRef, type OfferRefInput, offerRef } from "../../reference/decimal-offer.js";

const ds = getDataset();
const NAMED: Record<string, readonly number[]> = {
  even: [0.25, 0.25, 0.25, 0.25],
  cliff: [0.25, 0.25, 0.25, 0.25],
  "front-loaded": [0.4, 0.3, 0.2, 0.1],
  "back-loaded": [0.05, 0.15, 0.4, 0.4],
};

/** 1..6 fractions in hundredths that sum to exactly 1. */
const explicitSchedule = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
  .filter((xs) => xs.some((x) => x > 0))
  .map((xs) => {
    const total = xs.reduce((a, b) => a + b, 0);
    // Scale to hundredths summing to 100, the last taking what is left.
    const hundredths = xs.map((x) => Math.floor((x * 100) / total));
    hundredths[hundredths.length - 1] = 100 - hundredths.slice(0, -1).reduce((a, b) => a + b, 0);
    return hundredths.map((h) => h / 100);
  });

const money = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100),
  );

const offers = fc.record({
  base: money(600_000).filter((b) => b > 0),
  bonus: fc.option(
    fc.oneof(
      fc.integer({ min: 0, max: 50 }).map((x) => ({ percent: x / 100 })),
      money(100_000).map((amount) => ({ amount })),
    ),
    { nil: undefined },
  ),
  grant: fc.option(money(2_000_000), { nil: undefined }),
  vesting: fc.oneof(fc.constantFrom(...Object.keys(NAMED)), explicitSchedule),
  signOn: fc.option(money(200_000), { nil: undefined }),
  refresher: fc.option(money(300_000), { nil: undefined }),
});

describe("evaluateOffer = the decimal.js reference (docs/model-offers.md)", () => {
  test("years, parts, totals and compa-ratio over random offers, levels, metros and rules", () => {
    fc.assert(
      fc.property(
        offers,
        fc.constantFrom(...ds.levels.map((l) => l.id)),
        fc.constantFrom(...ds.metros),
        fc.constantFrom<Mode>("half-even", "half-up", "up", "down"),
        fc.constantFrom(1 as const, 100 as const, 1000 as const),
        (o, level, metro, mode, step) => {
          const rule: Rule = { step, mode };
          const vesting = o.vesting;
          const offer: Offer = {
            base: o.base,
            ...(o.bonus === undefined ? {} : { bonus: o.bonus }),
            ...(o.grant === undefined
              ? {}
              : { equity: { grant: o.grant, vesting: vesting as VestingSchedule } }),
            ...(o.signOn === undefined ? {} : { signOn: o.signOn }),
            ...(o.refresher === undefined ? {} : { refreshers: { annual: o.refresher } }),
          };
          const r = evaluateOffer(offer, { level, metro: metro.id, round: rule });
          // Without a grant the schedule is the default "even".
          const fractions =
            o.grant === undefined
              ? (NAMED.even as readonly number[])
              : typeof vesting === "string"
                ? (NAMED[vesting] as readonly number[])
                : vesting;
          const input: OfferRefInput = {
            base: o.base,
            ...(o.bonus === undefined ? {} : { bonus: o.bonus }),
            ...(o.grant === undefined ? {} : { grant: o.grant }),
            fractions,
            ...(o.signOn === undefined ? {} : { signOn: o.signOn }),
            ...(o.refresher === undefined ? {} : { refresher: o.refresher }),
          };
          const want = offerRef(input, rule);
          expect(
            r.years.map(({ base, bonus, equity, refreshers, signOn, total }) => ({
              base,
              bonus,
              equity,
              refreshers,
              signOn,
              total,
            })),
          ).toEqual(want.years);
          expect([r.firstYearTotal, r.steadyStateTotal, r.fourYearTotal]).toEqual([
            want.firstYearTotal,
            want.steadyStateTotal,
            want.fourYearTotal,
          ]);
          expect(r.compaRatio).toBe(
            compaRatioRef(o.base, p50Of(ds, level), factorRef(metro, { kind: "local" })),
          );
        },
      ),
      { numRuns: 400, seed: 20261201 },
    );
  });
});
