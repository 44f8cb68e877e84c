import { EMBEDDED_DATASETS } from "./generated/index.js";

/** A summary of one embedded dataset version, as listed by {@link listDatasets}. */
export interface DatasetInfo {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly effectiveDate: string;
  readonly currency: string;
  /** `sha256:` digest of the dataset's canonical JSON. */
  readonly checksum: string;
  /** True for the newest version of its id (what `getDataset(id)` returns). */
  readonly latest: boolean;
}

/**
 * Every embedded dataset version, oldest first within each id.
 *
 * @example
 * ```ts
 * import { listDatasets } from "paybands";
 * listDatasets().map((d) => `${d.id}@${d.version}${d.latest ? " (latest)" : ""}`);
 * //=> ["backend-developer@2026.1.0 (latest)"]
 * ```
 */
export function listDatasets(): DatasetInfo[] {
  return EMBEDDED_DATASETS.map(({ dataset: ds, checksum }, i) => ({
    id: ds.id,
    version: ds.version,
    title: ds.title,
    effectiveDate: ds.effectiveDate,
    currency: ds.currency,
    checksum,
    latest: EMBEDDED_DATASETS[i + 1]?.dataset.id !== ds.id,
  }));
}
