export { datasetAge } from "./dataset-age.js";
export type { DatasetAge, StalenessOptions } from "./types.js";
