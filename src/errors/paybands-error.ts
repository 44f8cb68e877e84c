import type { PaybandsErrorCode } from "./error-codes.js";

/**
 * One segment of the path to the offending field: an object key or an array index.
 *
 * @example
 * ```ts
 * import type { PathSegment } from "paybands";
 * const path: PathSegment[] = ["levels", 0, "base", "anchors", 1, "amount"];
 * path.length;
 * //=> 6
 * ```
 *
 * @category Errors
 */
export type PathSegment = string | number;

/**
 * A single validation problem, as reported by {@link PaybandsError.issues}.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from "paybands/schemas";
 * const r = safeParseDataset({ id: "Not Kebab" });
 * r.success ? [] : r.error.issues[0].path;
 * //=> ["id"]
 * ```
 *
 * @category Errors
 */
export interface PaybandsIssue {
  /** Where the problem is, from the root of the value that was checked. */
  readonly path: readonly PathSegment[];
  /** What is wrong, in words. */
  readonly message: string;
}

/**
 * Options accepted by the {@link PaybandsError} constructor.
 *
 * @example
 * ```ts
 * import { PaybandsError, type PaybandsErrorOptions } from "paybands";
 * const options: PaybandsErrorOptions = { path: ["metro"], validChoices: ["austin", "seattle"] };
 * new PaybandsError("UNKNOWN_METRO", "Unknown metro.", options).validChoices;
 * //=> ["austin", "seattle"]
 * ```
 *
 * @category Errors
 */
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

/**
 * {@link PaybandsError}'s plain-object form, from `toJSON()` (what `JSON.stringify`
 * writes): the name, code, message, path, valid choices and issues.
 *
 * @example
 * ```ts
 * import { getMetro } from "paybands";
 * try {
 *   getMetro("paris");
 * } catch (err) {
 *   const { name, code, path } = err.toJSON();
 *   [name, code, path];
 *   //=> ["PaybandsError", "UNKNOWN_METRO", ["metro"]]
 * }
 * ```
 *
 * @category Errors
 */
export interface PaybandsErrorJSON {
  /** Always `"PaybandsError"`. */
  name: "PaybandsError";
  /** The error's stable code. */
  code: PaybandsErrorCode;
  /** The message, naming the valid choices where there are some. */
  message: string;
  /** Path of the offending field. */
  path: PathSegment[];
  /** The valid choices (empty when the input was not one of a known set). */
  validChoices: string[];
  /** Every problem found. */
  issues: PaybandsIssueJSON[];
}

/**
 * One issue in {@link PaybandsErrorJSON}: a mutable copy of a {@link PaybandsIssue}.
 *
 * @example
 * ```ts
 * import type { PaybandsIssueJSON } from "paybands";
 * const issue: PaybandsIssueJSON = { path: ["id"], message: "must be kebab-case" };
 * issue.path;
 * //=> ["id"]
 * ```
 *
 * @category Errors
 */
export interface PaybandsIssueJSON {
  /** Where the problem is. */
  path: PathSegment[];
  /** What is wrong, in words. */
  message: string;
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
 *
 * @category Errors
 */
export class PaybandsError extends Error {
  /** Always `"PaybandsError"` (also across copies of the package). */
  override readonly name = "PaybandsError";
  /** Stable machine-readable code. */
  readonly code: PaybandsErrorCode;
  /** Path of the offending field from the root of the checked value (`[]` for the root). */
  readonly path: readonly PathSegment[];
  /** The valid choices, where the input had to be one of a known set (else empty). */
  readonly validChoices: readonly string[];
  /** Every problem found (at least one: the first is the one in `message`). */
  readonly issues: readonly PaybandsIssue[];
  /** @internal Lets {@link isPaybandsError} recognise errors from other copies of the package. */
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
  toJSON(): PaybandsErrorJSON {
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
