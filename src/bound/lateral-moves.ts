import { lateralMoves as lateralMovesIn } from "../core/career/lateral-moves.js";
import type { LateralMoves } from "../core/career/types.js";
import type { LevelAlias, LevelId } from "../data/generated/index.js";
import { getDataset } from "../data/get-dataset.js";

/**
 * Lists the default dataset's lateral moves with their effect (a money range or the
 * guide's claim), condition, and whether each applies at `level` (id or alias; without
 * one, every move applies). (With another dataset: `lateralMoves(dataset, level)` from
 * "paybands/core".)
 *
 * @example
 * ```ts
 * import { lateralMoves } from "paybands";
 * const ml = lateralMoves("sr").moves.find((m) => m.id === "ml-engineer");
 * [ml?.effect, ml?.appliesAtLevel];
 * //=> [{ kind: "amount", range: [15000, 30000], basis: "unspecified" }, true]
 * ```
 *
 * @category Careers
 */
export function lateralMoves(level?: LevelId | LevelAlias | (string & {})): LateralMoves {
  return lateralMovesIn(getDataset(), level);
}
