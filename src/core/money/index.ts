export { addMoney } from "./add-money.js";
export { multiplyMoney } from "./multiply-money.js";
export { roundMoney } from "./round-money.js";
export { ROUND_STEPS, ROUNDING_MODES } from "./rounding-modes.js";
export { subtractMoney } from "./subtract-money.js";
export { sumMoney } from "./sum-money.js";
export type { MoneyInput, RoundingMode, RoundOption, RoundStep } from "./types.js";
