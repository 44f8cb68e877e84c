export { PAYBANDS_ERROR_CODES, type PaybandsErrorCode } from "./error-codes.js";
export { isPaybandsError } from "./is-paybands-error.js";
export {
  type PathSegment,
  PaybandsError,
  type PaybandsErrorJSON,
  type PaybandsErrorOptions,
  type PaybandsIssue,
  type PaybandsIssueJSON,
} from "./paybands-error.js";
