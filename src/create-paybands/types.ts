import type * as bound from "../bound/index.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Headline } from "../schemas/headline.js";
import type { LateralMove } from "../schemas/lateral-move.js";
import type { Level } from "../schemas/level.js";
import type { Lever } from "../schemas/lever.js";
import type { Metro } from "../schemas/metro.js";
import type { Note } from "../schemas/note.js";
import type { Premium } from "../schemas/premium.js";
import type { ProgressionStep } from "../schemas/progression-step.js";
import type { Role } from "../schemas/role.js";
import type { Source } from "../schemas/source.js";

/**
 * A JSON Merge Patch (RFC 7396) of a `T`: every field optional; an object field is
 * itself a patch; `null` removes an optional field; an array replaces the whole array.
 *
 * @example
 * ```ts
 * import type { Metro, MergePatch } from "paybands/schemas";
 * const patch: MergePatch<Metro> = { premium: 0.3, description: null };
 * patch.premium;
 * //=> 0.3
 * ```
 *
 * @category Data
 */
export type MergePatch<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: MergePatch<T[K]> | (undefined extends T[K] ? null : never) }
    : T;

/**
 * Overrides of one list of a dataset, keyed by entry id: a patch changes the entry with
 * that id, `null` removes it, and a complete entry whose `id` is the key adds it (at
 * the end of the list).
 *
 * @example
 * ```ts
 * import type { EntryOverrides, Metro } from "paybands/schemas";
 * const metros: EntryOverrides<Metro> = { seattle: { premium: 0.3 }, chicago: null };
 * Object.keys(metros);
 * //=> ["seattle", "chicago"]
 * ```
 *
 * @category Data
 */
export interface EntryOverrides<T> {
  readonly [id: string]: MergePatch<T> | null;
}

/**
 * Partial changes to a dataset, for {@link createPaybands}: top-level fields replaced,
 * and entries of the lists patched, added or removed by id (see {@link EntryOverrides}).
 * The merged dataset is validated as strictly as a whole one. The keys `__proto__`,
 * `constructor` and `prototype` are rejected at any depth.
 *
 * The dataset keeps its `id` and `version` unless you set them: results name the
 * dataset they come from (`dataset: { id, version }`), so give changed numbers a name of
 * their own (`id: "acme-backend"`) before you show them to anyone.
 *
 * @example
 * ```ts
 * import type { DatasetOverrides } from "paybands/schemas";
 * const overrides: DatasetOverrides = {
 *   id: "acme-backend",
 *   metros: {
 *     seattle: { premium: 0.3 },
 *     boston: { id: "boston", name: "Boston", aliases: ["bos"], premium: 0.22, facts: [], source: "guide" },
 *   },
 * };
 * Object.keys(overrides.metros ?? {});
 * //=> ["seattle", "boston"]
 * ```
 *
 * @category Data
 */
export interface DatasetOverrides {
  /** A new dataset id. */
  readonly id?: string;
  /** A new version, `year.release.patch`. */
  readonly version?: string;
  /** A new title. */
  readonly title?: string;
  /** A new description. */
  readonly description?: string;
  /** A new effective date, `YYYY-MM-DD` (staleness is measured from it). */
  readonly effectiveDate?: string;
  /** A new currency code. */
  readonly currency?: string;
  /** A new country code. */
  readonly country?: string;
  /** Another baseline metro (its premium must be 0). */
  readonly baselineMetro?: string;
  /** Sources to change, add or remove. */
  readonly sources?: EntryOverrides<Source>;
  /** Levels to change, add or remove. */
  readonly levels?: EntryOverrides<Level>;
  /** Metros to change, add or remove. */
  readonly metros?: EntryOverrides<Metro>;
  /** Levers to change, add or remove. */
  readonly levers?: EntryOverrides<Lever>;
  /** Skill premiums to change, add or remove. */
  readonly premiums?: EntryOverrides<Premium>;
  /** Roles to change, add or remove. */
  readonly roles?: EntryOverrides<Role>;
  /** Progression steps to change, add or remove. */
  readonly progression?: EntryOverrides<ProgressionStep>;
  /** Lateral moves to change, add or remove. */
  readonly lateralMoves?: EntryOverrides<LateralMove>;
  /** Headlines to change, add or remove. */
  readonly headlines?: EntryOverrides<Headline>;
  /** Notes to change, add or remove. */
  readonly notes?: EntryOverrides<Note>;
}

/**
 * The functions of the `paybands` entry that read a dataset (`getLevel`,
 * `estimateCompensation`, `datasetAge`, ...), with the same signatures.
 *
 * @interface
 * @category Data
 */
export type BoundFunctions = { readonly [K in keyof typeof bound]: (typeof bound)[K] };

/**
 * What {@link createPaybands} returns: every function of the `paybands` entry that
 * reads a dataset, bound to yours, and the validated dataset itself.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { createPaybands, type Paybands } from "paybands/schemas";
 * const pb: Paybands = createPaybands(getDataset());
 * [pb.getLevel("sr").id, pb.dataset.version];
 * //=> ["senior", "2026.1.0"]
 * ```
 *
 * @category Data
 */
export interface Paybands extends BoundFunctions {
  /**
   * The validated dataset the functions read, deeply frozen.
   *
   * @category Data
   */
  readonly dataset: Dataset;
}
