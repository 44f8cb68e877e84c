export { estimateCompensation } from "./estimate-compensation.js";
export type { AppliedPremium, CompensationEstimate, EstimateInput } from "./types.js";
