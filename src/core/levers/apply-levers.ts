import type { Decimal } from "decimal.js";
import { datasetRef } from "../../_internal/dataset-ref.js";
import { Dec, describeValue } from "../../_internal/decimal.js";
import { type PayContext, resolvePayContext } from "../../_internal/level-pay.js";
import { traceForfeit } from "../../_internal/lever-forfeit.js";
import {
  EQUITY_ID,
  type ParsedLever,
  RELEVEL_ID,
  readLevers,
} from "../../_internal/lever-input.js";
import { LEVER_NOTES } from "../../_internal/lever-notes.js";
import { relevelComparison } from "../../_internal/lever-relevel.js";
import { resolveRoundOption, roundDecimal } from "../../_internal/money-rounding.js";
import { checkMethodAndTail } from "../../_internal/offer-context.js";
import { type ParsedOffer, readFields, readMoney, readOffer } from "../../_internal/offer-input.js";
import {
  checkMagnitude,
  type OfferTerms,
  offerTerms,
  offerYear,
  steadyState,
} from "../../_internal/offer-model.js";
import { readOptions } from "../../_internal/options.js";
import { stalenessWarnings } from "../../_internal/staleness.js";
import { show, Tracer } from "../../_internal/tracer.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { Level } from "../../schemas/level.js";
import type { Offer } from "../offer/types.js";
import type { MoneyRange } from "../range/types.js";
import type {
  ApplyLeversContext,
  EstimateLeversResult,
  EstimateTarget,
  LevelComparison,
  LeverContribution,
  LeverInput,
  LeversResult,
  LeverTarget,
  OfferLeversResult,
} from "./types.js";

const CONTEXT_KEYS = [
  "level",
  "metro",
  "policy",
  "floor",
  "method",
  "tail",
  "combine",
  "round",
  "now",
  "staleAfterMonths",
] as const;
const NEEDS_LEVEL = ["metro", "policy", "floor", "method", "tail"] as const;
const ENDS = ["low", "high"] as const;
type End = (typeof ENDS)[number];
type Basis = LeverContribution["basis"];
type Pair = Record<End, Decimal>;

interface Contribution {
  readonly parsed: ParsedLever;
  readonly basis: Basis;
  readonly ends: Pair;
  readonly note: string;
  readonly comparison?: {
    readonly toLevel: Level;
    readonly percentile: number;
    readonly base: Decimal;
    readonly totalComp: Decimal;
  };
}

const money = (d: Decimal | number): string => `$${show(d)}`;
const pct = (d: number): string => `${show(new Dec(d).times(100))}%`;

function roundRank(p: number): number {
  const r = new Dec(p).toDecimalPlaces(1, Dec.ROUND_HALF_EVEN).toNumber();
  return Math.min(Math.max(r, 0.1), 99.9);
}

/** The level to compare with: `toLevel`, or the next level up by rank (undefined at the top). */
function comparisonLevel(ctx: PayContext, parsed: ParsedLever): Level | undefined {
  const current = ctx.level;
  if (parsed.toLevel !== undefined) {
    if (parsed.toLevel.rank <= current.rank) {
      const above = ctx.dataset.levels.filter((l) => l.rank > current.rank).map((l) => l.id);
      throw new PaybandsError(
        "INVALID_INPUT",
        `toLevel must be above ${current.id}; got ${parsed.toLevel.id}${above.length > 0 ? `; levels above: ${above.join(", ")}` : ""}`,
        { path: ["levers", parsed.index, "toLevel"], validChoices: above },
      );
    }
    return parsed.toLevel;
  }
  return [...ctx.dataset.levels]
    .filter((l) => l.rank > current.rank)
    .sort((a, b) => a.rank - b.rank)[0];
}

/**
 * Applies the guide's negotiation levers to an offer or an estimate, as `[low, high]`
 * ranges: each lever's contribution, the outcome, the levers ranked by the guide's
 * effectiveness, and the trace.
 *
 * Semantics (docs/model-levers.md), exact decimals rounded once at the output:
 * - competing offer (+10–20%) and AI/LLM premium (+10–15%): a percent of **base**
 *   (a bonus given as a percent of base follows); several add
 *   (`base × (1 + f₁ + f₂)`) or, with `combine: "compound"`, compound in the order given;
 * - level escalation: +$30–60k **total comp**; with `context.level` also the next level's
 *   (or `toLevel`'s) base and TC at the same percentile in the metro, for comparison;
 * - equity grant: the guide gives no figure ("many companies will partially
 *   accommodate"): `[0, ask]` added to the initial grant, or `[0, 0]` without `ask`;
 * - sign-on bonus: 50–100% of `forfeit` (required), one-time, in year 1.
 *
 * An offer (any target without `totalComp`) reports base, first-year and steady-state
 * totals; an estimate `{ base, totalComp }` reports base, annual total comp and
 * first-year total comp (with the sign-on).
 *
 * @throws PaybandsError `UNKNOWN_LEVER` (path `["levers", i]`), `INVALID_INPUT` (missing
 *   `forfeit`, a parameter the lever does not take, a lever listed twice, `toLevel` not
 *   above the level, target shape), `INVALID_AMOUNT`, `INVALID_VESTING`, `UNKNOWN_LEVEL`,
 *   `UNKNOWN_METRO`, `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { applyLevers } from "paybands/core";
 * const r = applyLevers(getDataset(), { base: 200000 }, [
 *   "competing-offer",
 *   { lever: "sign-on-bonus", forfeit: 120000 },
 * ]);
 * [r.after.base, r.after.firstYearTotal, r.contributions.map((c) => c.range), r.ranked];
 * //=> [[220000, 240000], [280000, 360000], [[20000, 40000], [60000, 120000]], ["competing-offer", "sign-on-bonus"]]
 * ```
 *
 * @category Levers
 */
export function applyLevers(
  dataset: Dataset,
  target: EstimateTarget,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): EstimateLeversResult;
export function applyLevers(
  dataset: Dataset,
  target: Offer,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): OfferLeversResult;
export function applyLevers(
  dataset: Dataset,
  target: LeverTarget,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): LeversResult;
export function applyLevers(
  dataset: Dataset,
  target: LeverTarget,
  levers: readonly LeverInput[],
  context?: ApplyLeversContext,
): LeversResult {
  const isEstimate =
    typeof target === "object" &&
    target !== null &&
    !Array.isArray(target) &&
    Object.hasOwn(target, "totalComp");
  let offer: ParsedOffer | undefined;
  let estimate: { base: Decimal; totalComp: Decimal } | undefined;
  if (isEstimate) {
    const f = readFields(
      target,
      ["base", "totalComp"],
      "target (an estimate: { base, totalComp })",
      ["target"],
    );
    estimate = {
      base: readMoney(f.base, ["target", "base"]),
      totalComp: readMoney(f.totalComp, ["target", "totalComp"]),
    };
    if (estimate.totalComp.lessThan(estimate.base)) {
      throw new PaybandsError(
        "INVALID_INPUT",
        `target.totalComp (${show(estimate.totalComp)}) must be at least target.base (${show(estimate.base)})`,
        { path: ["target", "totalComp"] },
      );
    }
  } else {
    offer = readOffer(target, ["target"]);
  }
  const parsedLevers = readLevers(dataset, levers);
  const o = readOptions(context, CONTEXT_KEYS, "applyLevers context");
  checkMethodAndTail(o.method, o.tail);
  const combine: "add" | "compound" = (o.combine ?? "add") as "add" | "compound";
  if (combine !== "add" && combine !== "compound") {
    throw new PaybandsError(
      "INVALID_OPTION",
      `combine must be "add" or "compound"; got ${describeValue(combine)}`,
      { path: ["combine"], validChoices: ["add", "compound"] },
    );
  }
  const rule = resolveRoundOption(o.round, ["round"]);
  let ctx: PayContext | undefined;
  if (o.level !== undefined) {
    ctx = resolvePayContext(dataset, o);
  } else {
    for (const key of NEEDS_LEVEL) {
      if (o[key] !== undefined) {
        throw new PaybandsError(
          "INVALID_OPTION",
          `${key} is used with level (for level escalation's comparison with the next level); pass level too`,
          { path: ["level"], validChoices: dataset.levels.map((l) => l.id) },
        );
      }
    }
    const withToLevel = parsedLevers.find((p) => p.toLevel !== undefined);
    if (withToLevel !== undefined) {
      throw new PaybandsError(
        "INVALID_OPTION",
        "toLevel needs context.level: the level the target is at",
        { path: ["level"], validChoices: dataset.levels.map((l) => l.id) },
      );
    }
  }

  const t = new Tracer();

  // Before.
  let terms: OfferTerms | undefined;
  let base: Decimal;
  let firstYear: Decimal | undefined;
  let steady: Decimal | undefined;
  let totalComp: Decimal | undefined;
  if (offer !== undefined) {
    terms = offerTerms(offer, t, "target");
    base = terms.base;
    firstYear = offerYear(terms, 1, t).total;
    steady = steadyState(terms, t);
  } else {
    const e = estimate as { base: Decimal; totalComp: Decimal };
    base = t.given("target.base", "base", e.base, "input");
    totalComp = t.given("target.totalComp", "total comp (annual)", e.totalComp, "input");
  }

  // Contributions, in the order given.
  const running: Pair = { low: base, high: base };
  const contributions: Contribution[] = [];
  for (const parsed of parsedLevers) {
    const { lever } = parsed;
    const id = lever.id;
    const effect = lever.effect;
    const label = (end: End) => `${lever.name} (${end})`;
    let basis: Basis;
    let ends: Pair;
    let note: string;
    let comparison: Contribution["comparison"];
    if (effect.kind === "percent") {
      basis = "base";
      const pair: Partial<Pair> = {};
      for (const [i, end] of ENDS.entries()) {
        const f = t.given(
          `${id}.fraction.${end}`,
          `${lever.name}: fraction (${end})`,
          effect.fraction[i] as number,
          `levers.${id}.effect.fraction`,
        );
        const on = combine === "compound" ? running[end] : base;
        pair[end] = t.multiply(
          `${id}.${end}`,
          label(end),
          combine === "compound" ? "base so far × fraction" : "base × fraction",
          on,
          f,
        );
      }
      ends = pair as Pair;
      const basisNote =
        effect.basis === "offer" || effect.basis === "base"
          ? ""
          : ` (the dataset gives its basis as "${effect.basis}"; paybands applies percent levers to base)`;
      note = `Raises base by ${pct(effect.fraction[0])}–${pct(effect.fraction[1])} of ${combine === "compound" ? "base as raised by the levers listed before it" : `the ${money(base)} base`}${basisNote}. Source: "${lever.description}"`;
    } else if (effect.kind === "amount") {
      basis = effect.basis === "base" ? "base" : "total-comp";
      const pair: Partial<Pair> = {};
      for (const [i, end] of ENDS.entries()) {
        pair[end] = t.given(
          `${id}.${end}`,
          label(end),
          effect.amount[i] as number,
          `levers.${id}.effect.amount`,
        );
      }
      ends = pair as Pair;
      note = `Adds ${money(effect.amount[0])}–${money(effect.amount[1])} to ${basis === "base" ? "base" : "total comp (not base)"}. Source: "${lever.description}"`;
      if (id === RELEVEL_ID) {
        if (ctx === undefined) {
          note += ` ${LEVER_NOTES.relevelNoContext}`;
        } else {
          const other = comparisonLevel(ctx, parsed);
          if (other === undefined) {
            note += ` ${LEVER_NOTES.topLevel(ctx.level.id)}`;
          } else {
            const c = relevelComparison(ctx, other, base, t);
            if (!c.ok) {
              note += ` Level escalation: ${c.reason}.`;
            } else {
              comparison = {
                toLevel: other,
                percentile: roundRank(c.percentile),
                base: c.base,
                totalComp: c.totalComp,
              };
              note += ` For comparison, ${other.id} at the same percentile (p${show(comparison.percentile)}) in ${ctx.metro.id} pays ${money(roundDecimal(c.base, rule))} base and about ${money(roundDecimal(c.totalComp, rule))} total comp: a full move into the ${other.id} band; the guide's figure is what re-leveling typically adds to an offer.`;
            }
          }
        }
      }
    } else if (effect.kind === "fraction-of-forfeit") {
      basis = "sign-on";
      const forfeit = traceForfeit(
        parsed.forfeit as NonNullable<ParsedLever["forfeit"]>,
        t,
        `${id}.forfeit`,
      );
      const pair: Partial<Pair> = {};
      for (const [i, end] of ENDS.entries()) {
        const f = t.given(
          `${id}.fraction.${end}`,
          `${lever.name}: share of the forfeit covered (${end})`,
          effect.fraction[i] as number,
          `levers.${id}.effect.fraction`,
        );
        pair[end] = t.multiply(`${id}.${end}`, label(end), "forfeit × fraction", forfeit, f);
      }
      ends = pair as Pair;
      note = `A one-time sign-on bonus in year 1 covering ${pct(effect.fraction[0])}–${pct(effect.fraction[1])} of the ${money(forfeit)} forfeit. Source: "${lever.description}"`;
    } else {
      basis = id === EQUITY_ID ? "equity-grant" : "total-comp";
      const ask = parsed.ask;
      ends = {
        low: t.given(
          `${id}.low`,
          `${label("low")}: not accommodated`,
          0,
          `levers.${id}.effect (qualitative: no figure)`,
        ),
        high:
          ask === undefined
            ? t.given(`${id}.high`, `${label("high")}: no ask given`, 0, "input (no ask)")
            : t.given(`${id}.high`, `${label("high")}: the full ask`, ask, "input"),
      };
      const where =
        basis === "equity-grant"
          ? "the initial equity grant (vesting on the offer's schedule)"
          : "total comp";
      note =
        ask === undefined
          ? `The source gives no figure ("${effect.summary}"), so it contributes [0, 0]; pass { lever: "${id}", ask } to see the range for an ask, from nothing to the full ask, added to ${where}.`
          : `The source gives no figure ("${effect.summary}"): from nothing to the full ${money(ask)} ask, added to ${where}.`;
    }
    if (basis === "base" && combine === "compound") {
      for (const end of ENDS) {
        running[end] = t.add(
          `base.after.${end}.${id}`,
          `base after ${lever.name} (${end})`,
          "base so far + contribution",
          running[end],
          ends[end],
        );
      }
    }
    contributions.push({
      parsed,
      basis,
      ends,
      note,
      ...(comparison === undefined ? {} : { comparison }),
    });
  }

  // After: each total gains its contributions.
  const sumOf = (b: Basis, end: End, what: string): Decimal | undefined => {
    const xs = contributions.filter((c) => c.basis === b);
    if (xs.length === 0) return undefined;
    if (xs.length === 1) return (xs[0] as Contribution).ends[end];
    return t.sum(
      `delta.${b}.${end}`,
      `${what} (${end})`,
      xs.map((c) => c.parsed.lever.id).join(" + "),
      xs.map((c) => c.ends[end]),
    );
  };
  const total = (key: string, label: string, parts: (Decimal | undefined)[], end: End) => {
    const present = parts.filter((x): x is Decimal => x !== undefined);
    return present.length === 1
      ? (present[0] as Decimal)
      : t.sum(`${key}.${end}`, `${label} (${end})`, "before + increases", present);
  };
  let vesting: { first: Decimal | undefined; years: Decimal } | undefined;
  const grantVesting = (): { first: Decimal | undefined; years: Decimal } => {
    if (vesting !== undefined) return vesting;
    vesting =
      offer === undefined
        ? {
            first: undefined,
            years: t.given("grant.vesting.years", "vesting years", 4, "assumed: 4-year vesting"),
          }
        : {
            first: t.given(
              "grant.vesting.year1",
              "share of a grant vesting in its year 1",
              offer.vesting.fractions[0] as Decimal,
              offer.vesting.source,
            ),
            years: t.given(
              "grant.vesting.years",
              "vesting years",
              offer.vesting.fractions.length,
              offer.vesting.source,
            ),
          };
    return vesting;
  };
  const after: Record<string, Partial<Pair>> = {};
  const put = (name: string, end: End, d: Decimal) => {
    after[name] = { ...after[name], [end]: d };
  };
  for (const end of ENDS) {
    const dBase = sumOf("base", end, "base increase");
    const dTc = sumOf("total-comp", end, "total-comp increase");
    const dSign = sumOf("sign-on", end, "sign-on");
    const dGrant = sumOf("equity-grant", end, "initial-grant increase");
    put(
      "base",
      end,
      dBase === undefined
        ? base
        : t.add(`after.base.${end}`, `base after levers (${end})`, "base + increase", base, dBase),
    );
    let grantFirst: Decimal | undefined;
    let grantYearly: Decimal | undefined;
    if (dGrant !== undefined) {
      const v = grantVesting();
      grantYearly = t.divide(
        `delta.grant.yearly.${end}`,
        `initial-grant increase per year (${end})`,
        "grant increase ÷ vesting years",
        dGrant,
        v.years,
      );
      if (v.first !== undefined) {
        grantFirst = t.multiply(
          `delta.grant.year1.${end}`,
          `initial-grant increase vesting in year 1 (${end})`,
          "grant increase × year-1 fraction",
          dGrant,
          v.first,
        );
      }
    }
    if (terms !== undefined) {
      const dBonus =
        dBase !== undefined && terms.bonusPercent !== undefined
          ? t.multiply(
              `delta.bonus.${end}`,
              `bonus increase (${end})`,
              "base increase × bonus percent",
              dBase,
              terms.bonusPercent,
            )
          : undefined;
      put(
        "firstYearTotal",
        end,
        total(
          "after.firstYearTotal",
          "first-year total after levers",
          [firstYear, dBase, dBonus, grantFirst, dTc, dSign],
          end,
        ),
      );
      put(
        "steadyStateTotal",
        end,
        total(
          "after.steadyStateTotal",
          "steady-state total after levers",
          [steady, dBase, dBonus, grantYearly, dTc],
          end,
        ),
      );
    } else {
      const tc = total(
        "after.totalComp",
        "total comp after levers",
        [totalComp, dBase, grantYearly, dTc],
        end,
      );
      put("totalComp", end, tc);
      put(
        "firstYearTotalComp",
        end,
        total("after.firstYearTotalComp", "first-year total comp after levers", [tc, dSign], end),
      );
    }
  }
  for (const [name, pair] of Object.entries(after)) {
    checkMagnitude(pair.high as Decimal, `the ${name} after levers`);
  }

  // Rounding, once, at the output.
  const r = (key: string, label: string, d: Decimal) => t.round(key, label, d, rule);
  const range = (name: string, label: string): MoneyRange => {
    const pair = after[name] as Pair;
    const low = pair.low;
    const high = pair.high;
    return Object.freeze([
      r(`after.${name}.low.rounded`, `${label} (low)`, low),
      r(`after.${name}.high.rounded`, `${label} (high)`, high),
    ] as const);
  };
  const outContributions: LeverContribution[] = contributions.map((c) => {
    const { lever } = c.parsed;
    const out: LeverContribution = {
      lever: lever.id,
      name: lever.name,
      effectiveness: lever.effectiveness,
      rank: lever.rank,
      basis: c.basis,
      range: Object.freeze([
        r(`${lever.id}.low.rounded`, `${lever.name} (low)`, c.ends.low),
        r(`${lever.id}.high.rounded`, `${lever.name} (high)`, c.ends.high),
      ] as const),
      note: c.note,
      ...(c.comparison === undefined
        ? {}
        : {
            comparison: Object.freeze({
              fromLevel: (ctx as PayContext).level.id,
              toLevel: c.comparison.toLevel.id,
              percentile: c.comparison.percentile,
              base: r(
                "relevel.other.base.rounded",
                `${c.comparison.toLevel.id} base`,
                c.comparison.base,
              ),
              totalComp: r(
                "relevel.other.tc.rounded",
                `${c.comparison.toLevel.id} total comp`,
                c.comparison.totalComp,
              ),
            } satisfies LevelComparison),
          }),
    };
    return Object.freeze(out);
  });
  const ranked = [...parsedLevers]
    .sort((a, b) => a.lever.rank - b.lever.rank || a.index - b.index)
    .map((p) => p.lever.id);
  const hasPercent = parsedLevers.filter((p) => p.lever.effect.kind === "percent").length;
  const notes = [
    ...(hasPercent > 0 ? [LEVER_NOTES.percentToBase] : []),
    ...(hasPercent > 1
      ? [combine === "add" ? LEVER_NOTES.combineAdd : LEVER_NOTES.combineCompound]
      : []),
    ...(parsedLevers.length > 1 ? [LEVER_NOTES.stacking] : []),
    offer !== undefined ? LEVER_NOTES.offerTotals : LEVER_NOTES.estimateTotals,
    LEVER_NOTES.rounding,
  ];
  const warnings = stalenessWarnings(dataset, o);
  const common = {
    contributions: Object.freeze(outContributions),
    ranked: Object.freeze(ranked),
    combine,
    notes: Object.freeze(notes),
  };
  if (terms !== undefined) {
    const before = Object.freeze({
      base: r("before.base.rounded", "base", base),
      firstYearTotal: r("before.firstYearTotal.rounded", "first-year total", firstYear as Decimal),
      steadyStateTotal: r(
        "before.steadyStateTotal.rounded",
        "steady-state total",
        steady as Decimal,
      ),
    });
    return Object.freeze({
      kind: "offer" as const,
      before,
      after: Object.freeze({
        base: range("base", "base after levers"),
        firstYearTotal: range("firstYearTotal", "first-year total after levers"),
        steadyStateTotal: range("steadyStateTotal", "steady-state total after levers"),
      }),
      ...common,
      warnings,
      // Built on first read (see Tracer.done).
      get trace() {
        return t.done();
      },
      dataset: datasetRef(dataset),
    });
  }
  const before = Object.freeze({
    base: r("before.base.rounded", "base", base),
    totalComp: r("before.totalComp.rounded", "total comp", totalComp as Decimal),
  });
  return Object.freeze({
    kind: "estimate" as const,
    before,
    after: Object.freeze({
      base: range("base", "base after levers"),
      totalComp: range("totalComp", "total comp after levers"),
      firstYearTotalComp: range("firstYearTotalComp", "first-year total comp after levers"),
    }),
    ...common,
    warnings,
    // Built on first read (see Tracer.done).
    get trace() {
      return t.done();
    },
    dataset: datasetRef(dataset),
  });
}
