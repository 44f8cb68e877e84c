export { estimateCompensation } from "./estimate-compensation.js";
export { estimateMany } from "./estimate-many.js";
export type { AppliedPremium, CompensationEstimate, EstimateInput } from "./types.js";
