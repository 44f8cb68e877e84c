import { projectCareer as projectCareerIn } from "../core/career/project-career.js";
import type { CareerProjection, ProjectCareerInput } from "../core/career/types.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * Projects pay year by year along the default dataset's progression, in low / expected /
 * high scenarios, from a level just reached (0 years in it). Promotions come after the
 * step's years (fewest / midpoint rounded up / most) and multiply base by (1 + raise)
 * (largest / midpoint / smallest); on the manager track, director and VP comp are
 * milestones. (With another dataset: `projectCareer(dataset, input)` from
 * "paybands/core", which documents the model in full.)
 *
 * @example
 * ```ts
 * import { projectCareer } from "paybands";
 * const r = projectCareer({ level: "senior", years: 5, track: "manager" });
 * [r.path[5]?.high, r.milestones.map((m) => [m.role, m.window.expected])];
 * //=> [{ level: "engineering-manager", base: 246000, totalComp: null }, [["director", [9, 14]], ["vp", [9, 14]]]]
 * ```
 *
 * @category Careers
 */
export function projectCareer(input: ProjectCareerInput): CareerProjection {
  return projectCareerIn(getDataset(), input);
}
