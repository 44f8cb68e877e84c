export { getLevel } from "./get-level.js";
export { getLever } from "./get-lever.js";
export { getMetro } from "./get-metro.js";
export { getPremium } from "./get-premium.js";
