import { lateralMoves } from "../core/career/lateral-moves.js";
import { projectCareer } from "../core/career/project-career.js";
import { estimateCompensation } from "../core/estimate/estimate-compensation.js";
import { estimateMany } from "../core/estimate/estimate-many.js";
import { adjustForMetro } from "../core/geo/adjust-for-metro.js";
import { premiumFromIndex } from "../core/geo/premium-from-index.js";
import { toMetroIndex } from "../core/geo/to-metro-index.js";
import { applyLevers } from "../core/levers/apply-levers.js";
import { signOnForForfeit } from "../core/levers/sign-on-for-forfeit.js";
import { getLevel } from "../core/lookup/get-level.js";
import { getLever } from "../core/lookup/get-lever.js";
import { getMetro } from "../core/lookup/get-metro.js";
import { getPremium } from "../core/lookup/get-premium.js";
import { evaluateOffer } from "../core/offer/evaluate-offer.js";
import { evaluateOffers } from "../core/offer/evaluate-offers.js";
import { datasetAge } from "../core/staleness/dataset-age.js";
import type { Dataset } from "../schemas/dataset.js";
import type { BoundFunctions } from "./types.js";

type Unbound = {
  readonly [K in keyof BoundFunctions]: (
    dataset: Dataset,
    ...args: Parameters<BoundFunctions[K]>
  ) => ReturnType<BoundFunctions[K]>;
};

/**
 * The core function behind each function of the `paybands` entry (src/bound/): the one
 * list of what a {@link Paybands} object holds. The type makes it complete — a function
 * added to src/bound/index.ts and missing here, or one here and not there, fails to
 * compile — so adding a function is one line in each place.
 */
const UNBOUND: Unbound = {
  adjustForMetro,
  applyLevers,
  datasetAge,
  estimateCompensation,
  estimateMany,
  evaluateOffer,
  evaluateOffers,
  getLevel,
  getLever,
  getMetro,
  getPremium,
  lateralMoves,
  premiumFromIndex,
  projectCareer,
  signOnForForfeit,
  toMetroIndex,
};

/** Every function of {@link UNBOUND}, bound to `dataset` (which the caller has validated). */
export function bindDataset(dataset: Dataset): BoundFunctions {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(UNBOUND) as [string, (...args: unknown[]) => unknown][]) {
    const boundFn = (...args: unknown[]) => f(dataset, ...args);
    Object.defineProperty(boundFn, "name", { value: name });
    out[name] = boundFn;
  }
  return out as unknown as BoundFunctions;
}
