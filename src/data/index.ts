export type { DatasetEntry } from "./dataset-entry.js";
export type {
  DatasetId,
  DatasetVersion,
  LateralMoveId,
  LevelAlias,
  LevelId,
  LeverAlias,
  LeverId,
  MetroAlias,
  MetroId,
  PremiumId,
  RoleId,
} from "./generated/index.js";
export { getDataset } from "./get-dataset.js";
export { type DatasetInfo, listDatasets } from "./list-datasets.js";
