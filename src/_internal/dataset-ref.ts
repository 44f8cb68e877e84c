import type { DatasetRef } from "../core/trace/types.js";
import type { Dataset } from "../schemas/dataset.js";

/** The `{ id, version }` every domain result carries. */
export function datasetRef(dataset: Dataset): DatasetRef {
  return Object.freeze({ id: dataset.id, version: dataset.version });
}
