import { resolveEntry } from "../_internal/resolve-entry.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type { DatasetEntry } from "./dataset-entry.js";
import {
  type DatasetId,
  type DatasetVersion,
  DEFAULT_DATASET_ID,
  EMBEDDED_DATASETS,
} from "./generated/index.js";

/** @internal The embedded entry for an id and version (default: the latest of the id). */
export function getDatasetEntry(id: string = DEFAULT_DATASET_ID, version?: string): DatasetEntry {
  // Every bound function asks for the default on every call: answer it without a search.
  if (id === DEFAULT_DATASET_ID && version === undefined) {
    latest ??= findEntry(id, version);
    return latest;
  }
  return findEntry(id, version);
}

let latest: DatasetEntry | undefined;

function findEntry(id: string, version: string | undefined): DatasetEntry {
  const ids = [...new Set(EMBEDDED_DATASETS.map((e) => e.dataset.id))].map((x) => ({
    id: x,
    aliases: [],
  }));
  const { id: wanted } = resolveEntry(ids, id, "dataset", "UNKNOWN_DATASET", ["id"]);
  const versions = EMBEDDED_DATASETS.filter((e) => e.dataset.id === wanted);
  if (version === undefined) return versions.at(-1) as DatasetEntry;
  const found = versions.find((e) => e.dataset.version === version);
  if (found) return found;
  const valid = versions.map((e) => e.dataset.version);
  throw new PaybandsError(
    "UNKNOWN_DATASET",
    `Dataset "${wanted}" has no version ${typeof version === "string" ? `"${version}"` : `of type ${typeof version}`}. Valid versions: ${valid.join(", ")}.`,
    { path: ["version"], validChoices: valid },
  );
}

/**
 * An embedded dataset, deeply frozen: by default the latest backend-developer
 * dataset; pass an id and a version to pin one (older versions stay loadable).
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * const ds = getDataset("backend-developer", "2026.1.0");
 * [ds.levels.length, ds.metros.length, Object.isFrozen(ds)];
 * //=> [4, 7, true]
 * ```
 *
 * @category Data
 */
export function getDataset(
  id: DatasetId | (string & {}) = DEFAULT_DATASET_ID,
  version?: DatasetVersion | (string & {}),
): Dataset {
  return getDatasetEntry(id, version).dataset;
}
