import type { DatasetRef } from "../trace/types.js";

/**
 * A value of a dataset field, as JSON: a number, string, boolean, null, an array or an
 * object of them.
 *
 * @example
 * ```ts
 * import type { DatasetValue } from "paybands/core";
 * const values: DatasetValue[] = [205000, "sf", ["sf", "bay-area"], { p: 50, amount: 205000 }];
 * values.length;
 * //=> 4
 * ```
 *
 * @category Data
 */
export type DatasetValue =
  | string
  | number
  | boolean
  | null
  | readonly DatasetValue[]
  | { readonly [key: string]: DatasetValue };

/**
 * A field (or a whole entry: a level, a metro, an anchor) that one dataset has and the
 * other has not.
 *
 * @example
 * ```ts
 * import type { DatasetDiffEntry } from "paybands/core";
 * const entry: DatasetDiffEntry = { path: "levels.senior.base.p10", value: 130000 };
 * entry.path;
 * //=> "levels.senior.base.p10"
 * ```
 *
 * @category Data
 */
export interface DatasetDiffEntry {
  /** Where, keyed by ids: `metros.boston`, `levels.senior.base.p10`. */
  readonly path: string;
  /** The value added or removed. */
  readonly value: DatasetValue;
}

/**
 * A field whose value differs between two datasets.
 *
 * @example
 * ```ts
 * import type { DatasetChange } from "paybands/core";
 * const change: DatasetChange = { path: "metros.seattle.premium", old: 0.26, new: 0.28, change: 0.07692307692307698 };
 * change.new;
 * //=> 0.28
 * ```
 *
 * @category Data
 */
export interface DatasetChange {
  /** Where, keyed by ids: `levels.senior.base.p50`, `metros.seattle.premium`. */
  readonly path: string;
  /** The value in the first dataset. */
  readonly old: DatasetValue;
  /** The value in the second dataset. */
  readonly new: DatasetValue;
  /**
   * For two numbers, the relative change `(new − old) ÷ old` as a fraction (0.0244 for
   * +2.44%); `null` otherwise or when `old` is 0.
   */
  readonly change: number | null;
}

/**
 * The result of {@link diffDatasets}: what the second dataset added, removed and changed
 * relative to the first.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { diffDatasets } from "paybands/core";
 * const d = diffDatasets(getDataset(), getDataset());
 * [d.from, d.added, d.removed, d.changed];
 * //=> [{ id: "backend-developer", version: "2026.1.0" }, [], [], []]
 * ```
 *
 * @category Data
 */
export interface DatasetDiff {
  /** The first dataset's id and version. */
  readonly from: DatasetRef;
  /** The second dataset's id and version. */
  readonly to: DatasetRef;
  /** Fields and entries only the second dataset has. */
  readonly added: readonly DatasetDiffEntry[];
  /** Fields and entries only the first dataset has. */
  readonly removed: readonly DatasetDiffEntry[];
  /** Fields whose values differ. */
  readonly changed: readonly DatasetChange[];
}
