import type { CareerScenario, CareerTrack } from "../core/career/types.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type { ProgressionStep } from "../schemas/progression-step.js";
import { Dec, describeValue } from "./decimal.js";

/** The tracks a projection can follow. */
export const CAREER_TRACKS: readonly CareerTrack[] = ["ic", "manager"];

/** The scenarios of a projection, in output order. */
export const CAREER_SCENARIOS: readonly CareerScenario[] = ["low", "expected", "high"];

/** Validates a track ("IC" and " manager " are accepted); UNKNOWN_TRACK otherwise. */
export function resolveTrack(value: unknown): CareerTrack {
  const wanted = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const found = CAREER_TRACKS.find((t) => t === wanted);
  if (found === undefined) {
    throw new PaybandsError(
      "UNKNOWN_TRACK",
      `track must be one of "ic", "manager"; got ${describeValue(value)}`,
      { path: ["track"], validChoices: [...CAREER_TRACKS] },
    );
  }
  return found;
}

/**
 * The step a walk takes from `at` on `track`: the track's own step from `at`, else, on
 * the manager track, the IC step from `at` (the manager track shares the IC ladder below
 * the level its own step starts from). Several candidates: the lowest `order` wins.
 */
export function nextStep(
  dataset: Dataset,
  at: string,
  track: CareerTrack,
): ProgressionStep | undefined {
  const from = (t: CareerTrack) =>
    dataset.progression
      .filter((s) => s.from === at && s.track === t)
      .reduce<ProgressionStep | undefined>(
        (best, s) => (best && best.order <= s.order ? best : s),
        undefined,
      );
  return from(track) ?? (track === "manager" ? from("ic") : undefined);
}

/**
 * Whole years a scenario spends at a step's `from` before the move: `high` the fewest
 * years, `low` the most, `expected` the midpoint rounded up (2–3 years → 3); fractional
 * years (a user's dataset) are rounded up too, and a move takes at least one year.
 */
export function stepYears(step: ProgressionStep, scenario: CareerScenario): number {
  const [lo, hi] = step.years;
  const y =
    scenario === "high"
      ? new Dec(lo)
      : scenario === "low"
        ? new Dec(hi)
        : new Dec(lo).plus(hi).dividedBy(2);
  return Math.max(1, y.ceil().toNumber());
}

/** A promotion of a scheduled walk. */
export interface ScheduledMove {
  readonly year: number;
  readonly step: ProgressionStep;
  readonly yearsInLevel: number;
}

/** A walk's promotions within the horizon and where it ends. */
export interface Schedule {
  readonly moves: readonly ScheduledMove[];
  /** Where the walk stands at the end of the horizon. */
  readonly end: string;
  /** `true` when the walk ran out of steps (rather than out of years). */
  readonly stuck: boolean;
}

/**
 * The promotions of one scenario from `start` (just arrived: 0 years in it) over
 * `years` years: each step's years are spent at its `from`, then the move happens at
 * the end of that year. Bounded: each move takes at least a year.
 */
export function scheduleMoves(
  dataset: Dataset,
  start: string,
  track: CareerTrack,
  scenario: CareerScenario,
  years: number,
): Schedule {
  const moves: ScheduledMove[] = [];
  let at = start;
  let year = 0;
  for (;;) {
    const step = nextStep(dataset, at, track);
    if (step === undefined) return { moves, end: at, stuck: true };
    const yearsInLevel = stepYears(step, scenario);
    if (year + yearsInLevel > years) return { moves, end: at, stuck: false };
    year += yearsInLevel;
    moves.push({ year, step, yearsInLevel });
    at = step.to;
  }
}
