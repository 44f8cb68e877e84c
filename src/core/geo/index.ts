export { adjustForMetro } from "./adjust-for-metro.js";
export { premiumFromIndex } from "./premium-from-index.js";
export { toMetroIndex } from "./to-metro-index.js";
export type { AdjustForMetroOptions, GeoPolicy, MetroAdjustment, PayZone } from "./types.js";
