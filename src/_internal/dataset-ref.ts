import type { DatasetRef } from "../core/trace/types.js";
import type { Dataset } from "../schemas/dataset.js";

// One frozen ref per frozen dataset: it is on every result.
const refs = new WeakMap<Dataset, DatasetRef>();

/** The `{ id, version }` every domain result carries. */
export function datasetRef(dataset: Dataset): DatasetRef {
  let ref = refs.get(dataset);
  if (ref === undefined) {
    ref = Object.freeze({ id: dataset.id, version: dataset.version });
    if (Object.isFrozen(dataset)) refs.set(dataset, ref);
  }
  return ref;
}
