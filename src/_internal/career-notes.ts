import type {
  CareerMilestone,
  CareerNote,
  CareerScenario,
  CareerTrack,
} from "../core/career/types.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Schedule } from "./career-walk.js";
import { Dec } from "./decimal.js";

// Made on first use: a formatter built while the module loads costs every importer of
// paybands ~10 ms of start-up (ICU's number data), career projections or not.
let dollarFormat: Intl.NumberFormat | undefined;
const dollars = (amount: number): string => {
  dollarFormat ??= new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
    maximumFractionDigits: 0,
  });
  return dollarFormat.format(amount);
};

const percent = (fraction: number): string => `${new Dec(fraction).times(100).toString()}%`;

/** What the notes of a projection depend on. */
export interface CareerNotesInput {
  readonly dataset: Dataset;
  readonly level: string;
  readonly metro: string;
  readonly policy: string;
  readonly percentile: number;
  readonly track: CareerTrack;
  readonly annualRaise: number;
  readonly schedules: Readonly<Record<CareerScenario, Schedule>>;
  /** Ids held on some path that have no total-comp estimate (roles). */
  readonly withoutTotalComp: readonly string[];
  readonly milestones: readonly CareerMilestone[];
}

function isLevel(dataset: Dataset, id: string): boolean {
  return dataset.levels.some((l) => l.id === id);
}

function stopNote(c: CareerNotesInput, end: string): CareerNote {
  const stays =
    c.annualRaise === 0
      ? "its base then stays the same"
      : `its base then changes only by the ${percent(c.annualRaise)} annual raise`;
  if (c.track === "manager" && isLevel(c.dataset, end)) {
    const branch = c.dataset.progression
      .filter((s) => s.track === "manager")
      .map((s) => `${s.from ?? "start"} → ${s.to}`);
    return {
      id: `stays-at-${end}`,
      text: `The progression has no manager-track step from ${end} (its manager step${branch.length === 1 ? " is" : "s are"} ${branch.join(", ") || "none"}) and the guide describes no move from ${end} into management, so a path that reaches ${end} stays there: ${stays}.`,
    };
  }
  const after =
    c.track === "manager" && c.milestones.length > 0
      ? " The comp the role opens up is listed under milestones, not on the path."
      : "";
  return {
    id: `stays-at-${end}`,
    text: `The progression has no ${c.track === "ic" ? "IC" : "manager-track"} step from ${end}: a path that reaches ${end} stays there and ${stays}.${after}`,
  };
}

function milestoneNote(c: CareerNotesInput): CareerNote {
  const arrivals = [
    ...new Set(c.dataset.progression.filter((s) => s.track === "manager").map((s) => s.to)),
  ];
  const ranges = c.milestones
    .map(
      (m) =>
        `${m.name} ${dollars(m.comp[0])}–${dollars(m.comp[1])}${m.openEnded ? "+" : ""}${
          m.horizonYears === null ? "" : ` over ${m.horizonYears[0]}–${m.horizonYears[1]} years`
        }`,
    )
    .join("; ");
  return {
    id: "manager-milestones",
    text: `The manager track opens access to comp the progression has no step for (${ranges}). These are milestones: the source's ranges (US figures, basis ${[...new Set(c.milestones.map((m) => m.basis))].join("/")}, not adjusted to the metro) and, per scenario, the projection years they fall in, counted from arrival at ${arrivals.join("/") || "the manager role"}. The path does not move to them: the guide gives no timing within the horizon, no raise and no level for them.`,
  };
}

/** The notes of a projection: its assumptions, where paths stop, and the milestones. */
export function careerNotes(c: CareerNotesInput): CareerNote[] {
  const notes: CareerNote[] = [
    {
      id: "start",
      text: `Assumes ${c.level} was reached just now (0 years in level at year 0); each step's years are counted from arriving at its level.`,
    },
    {
      id: "starting-base",
      text: `Year 0 base: the ${c.level} US base at p${c.percentile} × the pay factor in ${c.metro} (${c.policy} policy).`,
    },
    {
      id: "scenarios",
      text: "The guide gives each step a range of years and a range of raises. high: promoted after the step's fewest years with its largest raise; expected: after the midpoint of its years rounded up to a whole year (2–3 years → 3) with the midpoint raise; low: after its most years with its smallest raise. A promotion takes effect at the end of its year, and that year's row shows the new pay.",
    },
    {
      id: "raises",
      text:
        c.annualRaise === 0
          ? "A promotion multiplies base by (1 + raise). The guide gives no raise between promotions, so none is applied (pass annualRaise to add one)."
          : `A promotion multiplies base by (1 + raise). An annual raise of ${percent(c.annualRaise)} (the caller's: the guide gives none) compounds every year, promotion years included.`,
    },
    {
      id: "total-comp",
      text: `Total comp: base × the TC/base multiplier (estimated TC ÷ p50 base) of the level held that year.${
        c.withoutTotalComp.length === 0
          ? ""
          : ` It is null at ${c.withoutTotalComp.join(", ")}: the dataset gives no total-comp estimate for the role.`
      }`,
    },
  ];
  const ends = new Set(
    (["low", "expected", "high"] as const)
      .map((s) => c.schedules[s])
      .filter((s) => s.stuck)
      .map((s) => s.end),
  );
  for (const end of ends) notes.push(stopNote(c, end));
  if (c.milestones.length > 0) notes.push(milestoneNote(c));
  return notes;
}
