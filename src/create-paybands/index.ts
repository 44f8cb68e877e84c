export { createPaybands } from "./create-paybands.js";
export type {
  BoundFunctions,
  DatasetOverrides,
  EntryOverrides,
  MergePatch,
  Paybands,
} from "./types.js";
