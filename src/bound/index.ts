export { adjustForMetro } from "./adjust-for-metro.js";
export { type BoundEstimateInput, estimateCompensation } from "./estimate-compensation.js";
export { getLevel } from "./get-level.js";
export { getLever } from "./get-lever.js";
export { getMetro } from "./get-metro.js";
export { getPremium } from "./get-premium.js";
export { premiumFromIndex } from "./premium-from-index.js";
export { toMetroIndex } from "./to-metro-index.js";
