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

/** The options argument of datasetAge(now?, options?) / datasetAge(dataset, now?, options?). */
const staleAfterMonthsOf = (args: readonly unknown[]): unknown => {
  const options = args.at(-1);
  return typeof options === "object" && options !== null
    ? (options as { staleAfterMonths?: unknown }).staleAfterMonths
    : undefined;
};

/** A band argument with an anchor amount so small that its logarithm is subnormal territory. */
const hasSubnormalAnchor = (band: unknown): boolean => {
  const anchors = (band as { anchors?: unknown } | null)?.anchors;
  return (
    Array.isArray(anchors) &&
    anchors.some((a: unknown) => {
      const amount = (a as { amount?: unknown } | null)?.amount;
      return typeof amount === "number" && amount > 0 && amount < 1e-300;
    })
  );
};

export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    name: "datasetAge",
    entry: "root",
    summary:
      "src/_internal/staleness.ts readLimit accepts staleAfterMonths -0 and returns it: " +
      "the result has limitMonths -0 (and stale: true). Expected 0, or INVALID_OPTION. " +
      "Same in paybands/core (datasetAge(dataset, now, { staleAfterMonths: -0 })).",
    input: () => [undefined, { staleAfterMonths: -0 }],
    matches: (args) => Object.is(staleAfterMonthsOf(args), -0),
  },
  {
    name: "percentileRanks",
    entry: "root",
    summary:
      "The batch rank path (src/_internal/batch.ts / percentile engine) returns NaN for " +
      "every amount when a band anchor is subnormal (5e-324): expected finite ranks or " +
      "INVALID_BAND. Same in paybands/core.",
    input: () => [
      {
        anchors: [
          { p: 10, amount: 5e-324 },
          { p: 90, amount: 90000 },
        ],
      },
      [10, 90],
      undefined,
    ],
    matches: (args) => hasSubnormalAnchor(args[0]),
  },
];

/** The known issue covering this call, if any. */
export function knownIssueFor(name: string, args: readonly unknown[]): KnownIssue | undefined {
  return KNOWN_ISSUES.find((k) => k.name === name && k.matches(args));
}
