export { PAYBANDS_ERROR_CODES, type PaybandsErrorCode } from "./error-codes.js";
export { isPaybandsError } from "./is-paybands-error.js";
export {
  PaybandsError,
  type PaybandsErrorOptions,
  type PaybandsIssue,
  type PathSegment,
} from "./paybands-error.js";
