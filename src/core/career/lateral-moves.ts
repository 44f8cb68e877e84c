import { datasetRef } from "../../_internal/dataset-ref.js";
import { deepFreeze } from "../../_internal/deep-freeze.js";
import { atPath } from "../../_internal/options.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { LateralMove } from "../../schemas/lateral-move.js";
import { getLevel } from "../lookup/get-level.js";
import type { LateralMoveEffect, LateralMoveOption, LateralMoves } from "./types.js";

function effectOf(move: LateralMove): LateralMoveEffect {
  const e = move.effect;
  switch (e.kind) {
    case "amount":
      return { kind: e.kind, range: [e.amount[0], e.amount[1]], basis: e.basis };
    case "percent":
      return { kind: e.kind, range: [e.fraction[0], e.fraction[1]], basis: e.basis };
    case "fraction-of-forfeit":
      return { kind: e.kind, range: [e.fraction[0], e.fraction[1]] };
    case "qualitative":
      return { kind: e.kind, summary: e.summary };
  }
}

/**
 * Lists the dataset's lateral moves out of the role (platform engineer, full-stack,
 * solutions architect, ML engineer, technical co-founder) with their effect — a money
 * range such as the ML engineer's $15–30k premium (US figures; the source's basis), or
 * the source's claim when it gives no figure — and its condition (`null` when the source
 * gives none). With a `level` (id or alias), `appliesAtLevel` says whether the move is
 * tied to other levels only (the platform premium is quoted at senior levels); without
 * one it is `true` for every move. Moves come in the dataset's order.
 *
 * @throws PaybandsError `UNKNOWN_LEVEL` (path `level`) naming the valid levels.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { lateralMoves } from "paybands/core";
 * const r = lateralMoves(getDataset(), "junior");
 * r.moves.map((m) => [m.id, m.effect.range ?? m.effect.kind, m.appliesAtLevel]);
 * //=> [
 * //   ["platform-infrastructure", [10000, 20000], false],
 * //   ["full-stack", "qualitative", true],
 * //   ["solutions-architect", "qualitative", false],
 * //   ["ml-engineer", [15000, 30000], true],
 * //   ["technical-co-founder", "qualitative", true],
 * // ]
 * ```
 *
 * @category Careers
 */
export function lateralMoves(dataset: Dataset, level?: string): LateralMoves {
  const found = level === undefined ? undefined : atPath(["level"], () => getLevel(dataset, level));
  const moves: LateralMoveOption[] = dataset.lateralMoves.map((m) => ({
    id: m.id,
    name: m.name,
    effect: effectOf(m),
    condition: m.condition ?? null,
    levels: [...m.levels],
    appliesAtLevel: found === undefined || m.levels.length === 0 || m.levels.includes(found.id),
    description: m.description,
  }));
  return deepFreeze({
    level: found === undefined ? null : found.id,
    moves,
    dataset: datasetRef(dataset),
  });
}
