import type { PaybandsErrorCode } from "./error-codes.js";

/** One segment of the path to the offending field: an object key or an array index. */
export type PathSegment = string | number;

/** A single validation problem, as reported by {@link PaybandsError.issues}. */
export interface PaybandsIssue {
  /** Where the problem is, from the root of the value that was checked. */
  readonly path: readonly PathSegment[];
  /** What is wrong, in words. */
  readonly message: string;
}

/** Options accepted by the {@link PaybandsError} constructor. */
export interface PaybandsErrorOptions {
  /** Path to the offending field (default: the root, `[]`). */
  readonly path?: readonly PathSegment[];
  /** The valid choices, when the input had to be one of a known set. */
  readonly validChoices?: readonly string[];
  /** Every problem found, when validation found more than one. */
  readonly issues?: readonly PaybandsIssue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

// A registry-wide symbol lets `isPaybandsError` recognise errors thrown by another copy
// of the package (two versions in one node_modules tree, or a bundled copy).
const BRAND: unique symbol = Symbol.for("paybands.error") as never;

/**
 * The one error class paybands throws. It carries a stable `code`, the `path` of the
 * offending field, and a message that names the valid choices.
 *
 * @example
 * ```ts
 * import { PaybandsError } from "paybands";
 * const err = new PaybandsError("UNKNOWN_METRO", "Unknown metro \"paris\".", {
 *   path: ["metro"],
 *   validChoices: ["austin", "seattle"],
 * });
 * [err.code, err.path, err.validChoices];
 * //=> ["UNKNOWN_METRO", ["metro"], ["austin", "seattle"]]
 * ```
 */
export class PaybandsError extends Error {
  override readonly name = "PaybandsError";
  /** Stable machine-readable code. */
  readonly code: PaybandsErrorCode;
  /** Path of the offending field from the root of the checked value (`[]` for the root). */
  readonly path: readonly PathSegment[];
  /** The valid choices, where the input had to be one of a known set (else empty). */
  readonly validChoices: readonly string[];
  /** Every problem found (at least one: the first is the one in `message`). */
  readonly issues: readonly PaybandsIssue[];
  readonly [BRAND] = true;

  constructor(code: PaybandsErrorCode, message: string, options: PaybandsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = Object.freeze([...(options.path ?? [])]);
    this.validChoices = Object.freeze([...(options.validChoices ?? [])]);
    this.issues = Object.freeze(
      options.issues && options.issues.length > 0
        ? options.issues.map((i) =>
            Object.freeze({ path: Object.freeze([...i.path]), message: i.message }),
          )
        : [Object.freeze({ path: this.path, message })],
    );
  }

  /** A plain object for logs and JSON APIs. */
  toJSON(): {
    name: "PaybandsError";
    code: PaybandsErrorCode;
    message: string;
    path: PathSegment[];
    validChoices: string[];
    issues: { path: PathSegment[]; message: string }[];
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      path: [...this.path],
      validChoices: [...this.validChoices],
      issues: this.issues.map((i) => ({ path: [...i.path], message: i.message })),
    };
  }
}

/** @internal Used by isPaybandsError; not part of the public API. */
export const PAYBANDS_ERROR_BRAND = BRAND;
