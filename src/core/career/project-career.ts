import type { Decimal } from "decimal.js";
import { readAnnualRaise, readCareerYears } from "../../_internal/career-input.js";
import { careerMilestones } from "../../_internal/career-milestones.js";
import { CareerFigures } from "../../_internal/career-money.js";
import { careerNotes } from "../../_internal/career-notes.js";
import {
  CAREER_SCENARIOS,
  resolveTrack,
  type Schedule,
  scheduleMoves,
} from "../../_internal/career-walk.js";
import { datasetRef } from "../../_internal/dataset-ref.js";
import { Dec } from "../../_internal/decimal.js";
import { deepFreeze } from "../../_internal/deep-freeze.js";
import { nationalBaseAt, payFactor, resolvePayContext } from "../../_internal/level-pay.js";
import { resolveRoundOption } from "../../_internal/money-rounding.js";
import { readOptions } from "../../_internal/options.js";
import { stalenessWarnings } from "../../_internal/staleness.js";
import { Tracer } from "../../_internal/tracer.js";
import type { Dataset } from "../../schemas/dataset.js";
import type {
  CareerPoint,
  CareerProjection,
  CareerPromotion,
  CareerScenario,
  CareerYear,
  ProjectCareerInput,
} from "./types.js";

const INPUT_KEYS = [
  "level",
  "metro",
  "percentile",
  "years",
  "track",
  "policy",
  "floor",
  "annualRaise",
  "round",
  "now",
  "staleAfterMonths",
] as const;

/**
 * Projects pay year by year along the dataset's progression, in three scenarios.
 *
 * The person has just arrived at `level` (0 years in it at year 0). Year 0's base is the
 * level's US base at `percentile` × the metro's pay factor. Each year the walk takes the
 * next step from the level held on `track` — on `ic`: junior → mid → senior → staff,
 * then staff stays; on `manager`: the IC steps up to senior, then senior →
 * engineering-manager, which stays — after the step's years at that level, and the
 * promotion multiplies base by (1 + raise):
 * - `high`: after the step's fewest years, with its largest raise;
 * - `expected`: after the midpoint of its years rounded up (2–3 years → 3), midpoint raise;
 * - `low`: after its most years, with its smallest raise.
 *
 * The guide gives no raise between promotions; pass `annualRaise` to compound one every
 * year. Total comp is base × the TC/base multiplier of the level held (`null` at the
 * engineering-manager role, which has no estimate). The director ($250–400k) and VP
 * ($350–600k+) comp the guide says the manager role opens over 5–10 years are
 * `milestones` (range, horizon, projection years per scenario), not path values. Low ≤
 * expected ≤ high in every year, and no scenario's base ever decreases. Arithmetic is
 * exact and traced; each output amount is rounded once.
 *
 * @throws PaybandsError `UNKNOWN_LEVEL` (path `level`), `UNKNOWN_METRO` (`metro`),
 *   `UNKNOWN_TRACK` (`track`, naming "ic", "manager"), `INVALID_INPUT` (`years` not a
 *   whole number from 1 to 40; `annualRaise` outside 0–0.5), `INVALID_PERCENTILE`
 *   (`percentile`), `INVALID_OPTION` (unknown keys, `policy`, `floor`, `round`).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { projectCareer } from "paybands/core";
 * const r = projectCareer(getDataset(), { level: "junior", years: 3, track: "ic" });
 * r.path.map((row) => [row.year, row.low.base, row.expected.base, row.high.base]);
 * //=> [[0, 105000, 105000, 105000], [1, 105000, 105000, 105000], [2, 105000, 105000, 149100], [3, 134400, 141750, 149100]]
 * ```
 *
 * @category Careers
 */
export function projectCareer(dataset: Dataset, input: ProjectCareerInput): CareerProjection {
  const o = readOptions(input, INPUT_KEYS, "projectCareer input");
  const ctx = resolvePayContext(dataset, {
    level: o.level,
    metro: o.metro,
    policy: o.policy,
    floor: o.floor,
  });
  const track = resolveTrack(o.track);
  const years = readCareerYears(o.years);
  const annualRaise = readAnnualRaise(o.annualRaise);
  const rule = resolveRoundOption(o.round, ["round"]);

  const t = new Tracer();
  const national = nationalBaseAt(ctx, o.percentile ?? 50, t);
  const percentile = (o.percentile ?? 50) as number;
  const factor = payFactor(ctx, t);
  const start = t.multiply(
    "base.start",
    `${ctx.level.id} base in ${ctx.metro.id}, year 0`,
    "US base × pay factor",
    national,
    factor,
  );
  let annualFactor: Decimal | undefined;
  if (annualRaise > 0) {
    const a = t.given("raise.annual", "annual raise", annualRaise, "input");
    annualFactor = t.add(
      "raise.annual.factor",
      "annual raise factor",
      "1 + annual raise",
      new Dec(1),
      a,
    );
  }

  const figures = new CareerFigures(dataset, t);
  const schedules = {} as Record<CareerScenario, Schedule>;
  const points = {} as Record<CareerScenario, CareerPoint[]>;
  const promotions: CareerPromotion[] = [];
  const withoutTotalComp = new Set<string>();

  for (const s of CAREER_SCENARIOS) {
    const schedule = scheduleMoves(dataset, ctx.level.id, track, s, years);
    schedules[s] = schedule;
    const moveAt = new Map(schedule.moves.map((m) => [m.year, m]));
    const row: CareerPoint[] = [];
    let base = start;
    let at: string = ctx.level.id;
    for (let y = 0; y <= years; y++) {
      if (y > 0 && annualFactor !== undefined) {
        base = t.multiply(
          `path.${s}.${y}.base.annual`,
          `${s} base after the annual raise of year ${y}`,
          "base × (1 + annual raise)",
          base,
          annualFactor,
        );
      }
      const move = moveAt.get(y);
      if (move !== undefined) {
        const f = figures.promotionFactor(move.step, s);
        base = t.multiply(
          `path.${s}.${y}.base.promotion`,
          `${s} base on promotion ${move.step.from} → ${move.step.to} (year ${y})`,
          "base × (1 + raise)",
          base,
          f,
        );
        promotions.push({
          scenario: s,
          year: y,
          step: move.step.id,
          from: move.step.from ?? "start",
          to: move.step.to,
          yearsInLevel: move.yearsInLevel,
          raise: figures.raise(move.step, s).toNumber(),
        });
        at = move.step.to;
      }
      const rounded = t.round(`path.${s}.${y}.base`, `${s} base, year ${y}`, base, rule);
      const terms = figures.totalCompTerms(at);
      let totalComp: number | null = null;
      if (terms === null) {
        withoutTotalComp.add(at);
      } else {
        // base × (estimated TC ÷ p50 base), multiplied before dividing so that only the
        // one division can round (at 40 digits): 105,000 × 120,000 ÷ 105,000 is 120,000.
        const scaled = t.multiply(
          `path.${s}.${y}.totalComp.scaled`,
          `${s} base × estimated TC, year ${y} (${at})`,
          "base × estimated TC",
          base,
          terms.tc,
        );
        const tc = t.divide(
          `path.${s}.${y}.totalComp.exact`,
          `${s} total comp, year ${y} (${at})`,
          "base × estimated TC ÷ p50 base",
          scaled,
          terms.median,
        );
        totalComp = t.round(`path.${s}.${y}.totalComp`, `${s} total comp, year ${y}`, tc, rule);
      }
      row.push({ level: at, base: rounded, totalComp });
    }
    points[s] = row;
  }

  const path: CareerYear[] = [];
  for (let y = 0; y <= years; y++) {
    path.push({
      year: y,
      low: points.low[y] as CareerPoint,
      expected: points.expected[y] as CareerPoint,
      high: points.high[y] as CareerPoint,
    });
  }
  const milestones = careerMilestones(dataset, track, schedules);
  const notes = careerNotes({
    dataset,
    level: ctx.level.id,
    metro: ctx.metro.id,
    policy: ctx.policy.kind,
    percentile,
    track,
    annualRaise,
    schedules,
    withoutTotalComp: [...withoutTotalComp],
    milestones,
  });

  return deepFreeze({
    level: ctx.level.id,
    metro: ctx.metro.id,
    track,
    percentile,
    years,
    annualRaise,
    policy: ctx.policy.kind,
    path,
    promotions,
    milestones,
    notes,
    warnings: stalenessWarnings(dataset, o),
    // Built on first read (see Tracer.done).
    get trace() {
      return t.done();
    },
    dataset: datasetRef(dataset),
  });
}
