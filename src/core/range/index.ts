export { addRanges } from "./add-ranges.js";
export { composeRanges } from "./compose-ranges.js";
export { makeRange } from "./make-range.js";
export { scaleRange } from "./scale-range.js";
export { sumRanges } from "./sum-ranges.js";
export type { MoneyRange, RangeStep } from "./types.js";
