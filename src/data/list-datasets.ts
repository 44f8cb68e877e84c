import { EMBEDDED_DATASETS } from "./generated/index.js";

/**
 * A summary of one embedded dataset version, as listed by {@link listDatasets}.
 *
 * @example
 * ```ts
 * import { listDatasets } from "paybands";
 * const info = listDatasets()[0];
 * [info.id, info.version, info.effectiveDate, info.latest];
 * //=> ["backend-developer", "2026.1.0", "2026-01-01", true]
 * ```
 *
 * @category Data
 */
export interface DatasetInfo {
  /** The dataset id (what {@link getDataset} takes first). */
  readonly id: string;
  /** The version, `year.release.patch`. */
  readonly version: string;
  /** The dataset's title. */
  readonly title: string;
  /** The date the figures describe, `YYYY-MM-DD`. */
  readonly effectiveDate: string;
  /** ISO 4217 code of the money figures. */
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
 *
 * @category Data
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
