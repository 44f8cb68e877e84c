export { PAYBANDS_ERROR_CODES, type PaybandsErrorCode } from "./error-codes.js";
export { isPaybandsError } from "./is-paybands-error.js";
export {
  type PathSegment,
  PaybandsError,
  type PaybandsErrorOptions,
  type PaybandsIssue,
} from "./paybands-error.js";
