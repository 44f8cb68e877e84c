/**
 * `paybands/core`: the functions of `paybands`, unbound — the dataset (or a band) is
 * passed in — so a bundle holds the math alone. No zod at run time.
 *
 * @module paybands/core
 */
export * from "./career/index.js";
export * from "./dataset/index.js";
export * from "./estimate/index.js";
export * from "./geo/index.js";
export * from "./levers/index.js";
export * from "./lookup/index.js";
export * from "./money/index.js";
export * from "./offer/index.js";
export * from "./percentile/index.js";
export * from "./range/index.js";
export * from "./staleness/index.js";
export type { DatasetRef, TraceOp, TraceStep } from "./trace/types.js";
