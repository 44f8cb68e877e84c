export { diffDatasets } from "./diff-datasets.js";
export type { DatasetChange, DatasetDiff, DatasetDiffEntry, DatasetValue } from "./types.js";
