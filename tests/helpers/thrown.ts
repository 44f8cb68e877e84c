import { isPaybandsError, type PaybandsError } from "../../src/errors/index.js";

/**
 * The PaybandsError that `f` throws. Fails the test when `f` returns normally, and
 * re-throws any other exception type (which is itself a bug: bad input must only ever
 * produce a PaybandsError).
 */
export function thrown(f: () => unknown): PaybandsError {
  try {
    f();
  } catch (e) {
    if (isPaybandsError(e)) return e;
    throw e;
  }
  throw new Error("expected a PaybandsError");
}
