import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { describeValue } from "./decimal.js";

/**
 * Reads an options (or input) object: undefined means `{}`; anything but a plain
 * object, or an object with a key outside `allowed`, throws INVALID_OPTION naming the
 * valid keys. Catching misspelt options ("metor") beats silently ignoring them.
 */
export function readOptions<K extends string>(
  value: unknown,
  allowed: readonly K[],
  what: string,
  path: readonly PathSegment[] = [],
): Partial<Record<K, unknown>> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `${what} must be an object; got ${describeValue(value)}`,
      { path },
    );
  }
  for (const key of Object.keys(value)) {
    if (!(allowed as readonly string[]).includes(key)) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `${what} has an unknown key "${key}"; valid keys: ${allowed.join(", ")}`,
        { path: [...path, key], validChoices: [...allowed] },
      );
    }
  }
  return value as Partial<Record<K, unknown>>;
}

/** Re-throws a lookup error with the caller's path (e.g. `["from"]` instead of `["metro"]`). */
export function atPath<T>(path: readonly PathSegment[], f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PaybandsError) {
      throw new PaybandsError(e.code, e.message, {
        path,
        validChoices: e.validChoices,
        cause: e.cause,
      });
    }
    throw e;
  }
}
