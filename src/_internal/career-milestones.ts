import type { CareerMilestone, CareerScenario, CareerTrack } from "../core/career/types.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Role } from "../schemas/role.js";
import type { Schedule } from "./career-walk.js";

/**
 * Roles the manager track opens up without a progression step to them: manager-track
 * roles with a comp range that no step leads to (the guide's director and VP).
 */
export function milestoneRoles(dataset: Dataset): readonly Role[] {
  return dataset.roles.filter(
    (r) =>
      r.track === "manager" &&
      r.comp !== undefined &&
      !dataset.progression.some((s) => s.to === r.id),
  );
}

/** The year a scenario arrives at the manager role (its last manager-track move), if it does. */
export function managerArrival(schedule: Schedule): number | undefined {
  return schedule.moves.filter((m) => m.step.track === "manager").at(-1)?.year;
}

/**
 * Director / VP milestones for a manager-track projection (none on the IC track): the
 * source's range and horizon, and for each scenario the projection years
 * `[arrival + horizon low, arrival + horizon high]`, or `null` when the scenario does not
 * reach the manager role within the projection.
 */
export function careerMilestones(
  dataset: Dataset,
  track: CareerTrack,
  schedules: Readonly<Record<CareerScenario, Schedule>>,
): CareerMilestone[] {
  if (track !== "manager") return [];
  const window = (role: Role, s: CareerScenario): readonly [number, number] | null => {
    const arrival = managerArrival(schedules[s]);
    if (arrival === undefined || role.horizonYears === undefined) return null;
    return [arrival + role.horizonYears[0], arrival + role.horizonYears[1]];
  };
  return milestoneRoles(dataset).map((role) => {
    const comp = role.comp as NonNullable<Role["comp"]>;
    return {
      role: role.id,
      name: role.name,
      comp: [comp.amount[0], comp.amount[1]],
      basis: comp.basis,
      openEnded: comp.openEnded === true,
      horizonYears:
        role.horizonYears === undefined ? null : [role.horizonYears[0], role.horizonYears[1]],
      window: {
        low: window(role, "low"),
        expected: window(role, "expected"),
        high: window(role, "high"),
      },
      description: role.description ?? role.name,
    };
  });
}
