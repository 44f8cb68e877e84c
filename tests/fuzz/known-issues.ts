/**
 * Expected failures of the fuzz suite: bugs the fuzzer found in files that other
 * engineers are rewriting right now (so they are reported, not fixed here). Each entry
 * names the function, gives one concrete failing input, and a narrow predicate for the
 * family of inputs that hit the same bug — nothing wider, so that the fuzz suite still
 * catches everything else in that function.
 *
 * This list is meant to be emptied. known-issues.test.ts fails as soon as an entry's
 * input stops failing, so a fix shows up as "remove this entry".
 */

/** One known bug: which function, an input that shows it, and the inputs it covers. */
export interface KnownIssue {
  /** The exported function's name (as in the entry's fuzz table). */
  readonly name: string;
  /** Where the bug lives, and what goes wrong. */
  readonly summary: string;
  /** The entry whose function `input` is replayed against: "root", "core", ... */
  readonly entry: "root" | "core" | "schemas" | "format" | "analysis";
  /** A concrete argument list that breaks the contract today. */
  readonly input: () => readonly unknown[];
  /** True for the arguments that hit this bug (and only those). */
  readonly matches: (args: readonly unknown[]) => boolean;
}

export const KNOWN_ISSUES: readonly KnownIssue[] = [];

/** The known issue covering this call, if any. */
export function knownIssueFor(name: string, args: readonly unknown[]): KnownIssue | undefined {
  return KNOWN_ISSUES.find((k) => k.name === name && k.matches(args));
}
