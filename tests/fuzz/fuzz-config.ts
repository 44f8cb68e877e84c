/**
 * The fuzz harness every file in tests/fuzz shares: how many runs and which seed, the
 * contract each call is held to, and the check that every exported function of an
 * entry has a fuzz case.
 *
 * The contract (DESIGN.md, "Errors"): a call either returns a well-formed result —
 * finite numbers, no `undefined`, no `NaN`, JSON-serialisable — or throws a
 * PaybandsError with a code and a message. It never throws another exception type,
 * never mutates its input and never adds keys to Object.prototype / Array.prototype.
 *
 * In CI the runs are few and the seed fixed, so `npm test` stays fast and a failure is
 * reproducible; `npm run test:fuzz` runs many more with a fresh seed (printed, so a
 * failure found at night replays by day: `FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest
 * run tests/fuzz`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPaybandsError } from "../../src/errors/index.js";

function envInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer; got "${text}"`);
  }
  return value;
}

/** Runs per property: 200 in CI (fast), 20000 from `npm run test:fuzz`. */
export const FUZZ_RUNS = envInteger("FUZZ_RUNS", 200);

/**
 * The seed: fixed in CI; `FUZZ_SEED=random` (what `npm run test:fuzz` passes) draws one,
 * and it is printed so that the run can be replayed.
 */
export const FUZZ_SEED =
  process.env.FUZZ_SEED === "random"
    ? Math.floor(Math.random() * 2 ** 31)
    : envInteger("FUZZ_SEED", 20261201);

if (process.env.FUZZ_SEED === "random" || process.env.FUZZ_RUNS !== undefined) {
  console.log(
    `fuzz: seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs per property ` +
      `(replay: FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${FUZZ_RUNS} npx vitest run tests/fuzz)`,
  );
}

/** fast-check parameters for every property. */
export const FUZZ_PARAMS: fc.Parameters<unknown> = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };

/** Vitest's timeout for one property: generous, since 20000 runs of a career projection take a while. */
export const FUZZ_TIMEOUT_MS = Math.max(30_000, FUZZ_RUNS * 20);

/** One way of calling a function: its argument tuples, and any extra check on its result. */
export interface FuzzCase {
  /** What the case feeds the function (shown in the test name). */
  readonly label: string;
  readonly args: fc.Arbitrary<readonly unknown[]>;
  /** Call with `new` (for the PaybandsError class). */
  readonly construct?: boolean;
  /**
   * Checks a returned value instead of the default well-formedness walk, for the few
   * functions that return something other than data (schemas, bound functions).
   */
  readonly checkResult?: (result: unknown) => void;
}

/** Every exported function of an entry, by name, with one or more fuzz cases. */
export type FuzzTable = Readonly<Record<string, readonly FuzzCase[]>>;

/** Why a value is not well-formed, or undefined when it is. */
export function malformation(
  value: unknown,
  path = "result",
  seen = new Set<object>(),
): string | undefined {
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) return `${path} is ${value}`;
      // -0 prints as "-0" in some places and turns into 0 through JSON: never a real amount.
      if (Object.is(value, -0)) return `${path} is -0`;
      return undefined;
    case "string":
    case "boolean":
      return undefined;
    case "undefined":
      return `${path} is undefined`;
    case "object": {
      if (value === null) return undefined;
      if (seen.has(value)) return `${path} is a cycle`;
      seen.add(value);
      if (value instanceof Float64Array) {
        const i = value.findIndex((x) => !Number.isFinite(x) || Object.is(x, -0));
        return i < 0 ? undefined : `${path}[${i}] is ${value[i]}`;
      }
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) return `${path}[${i}] is a hole`;
          const bad = malformation(value[i], `${path}[${i}]`, seen);
          if (bad !== undefined) return bad;
        }
        // Shared (not cyclic) sub-values are fine: only an ancestor may not recur.
        seen.delete(value);
        return undefined;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        return `${path} is a ${(value as object).constructor?.name ?? "non-plain object"}`;
      }
      for (const [key, child] of Object.entries(value)) {
        const bad = malformation(child, `${path}.${key}`, seen);
        if (bad !== undefined) return bad;
      }
      seen.delete(value);
      return undefined;
    }
    default:
      return `${path} is a ${typeof value}`;
  }
}

/** A returned value must be plain, finite data that survives JSON unchanged. */
export function expectWellFormed(result: unknown): void {
  expect(malformation(result)).toBeUndefined();
  if (result instanceof Float64Array) return;
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

/** A thrown value must be a PaybandsError with a known code and a message. */
export function expectPaybandsError(error: unknown): void {
  if (!isPaybandsError(error)) {
    // Re-throw so that the report shows the real exception and its stack.
    throw error;
  }
  expect(typeof error.code).toBe("string");
  expect(error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(error.path)).toBe(true);
}

/** The own keys of the two prototypes an attacker would pollute. */
export function prototypeKeys(): PropertyKey[][] {
  return [Reflect.ownKeys(Object.prototype), Reflect.ownKeys(Array.prototype)];
}

/** Fails when a call added a key to Object.prototype or Array.prototype. */
export function expectNoPollution(before: PropertyKey[][]): void {
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/**
 * A snapshot of the arguments for the mutation check. Frozen arguments (the embedded
 * dataset) cannot be mutated and are skipped, which keeps the snapshot cheap.
 * fc.stringify, unlike JSON, keeps -0, NaN, holes, boxed values and null prototypes.
 */
function snapshot(args: readonly unknown[]): string[] {
  return args.map((a) =>
    typeof a === "object" && a !== null && Object.isFrozen(a) ? "<frozen>" : fc.stringify(a),
  );
}

type AnyFunction = (...args: readonly unknown[]) => unknown;
type AnyConstructor = new (...args: readonly unknown[]) => unknown;

/** Calls `fn` with `args` and holds the call to the contract; the outcome for the caller. */
export function checkCall(
  name: string,
  fn: unknown,
  fuzzCase: FuzzCase,
  args: readonly unknown[],
): "returned" | "threw" {
  const before = snapshot(args);
  const protoBefore = prototypeKeys();
  let result: unknown;
  let threw = false;
  try {
    result = fuzzCase.construct
      ? new (fn as AnyConstructor)(...args)
      : (fn as AnyFunction)(...args);
  } catch (error) {
    threw = true;
    expectPaybandsError(error);
  }
  if (!threw) (fuzzCase.checkResult ?? expectWellFormed)(result);
  const outcome = threw ? "threw" : "returned";
  expect(snapshot(args), `${name} mutated its input`).toEqual(before);
  expectNoPollution(protoBefore);
  return outcome;
}

/** The names of an entry's exported functions (classes included), sorted. */
export function exportedFunctions(entry: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(entry)
    .filter((k) => typeof entry[k] === "function")
    .sort();
}

/**
 * Declares the fuzz suite of one entry: a coverage test (every exported function has a
 * case, and no case names a function the entry does not export), then one property per
 * case.
 */
export function fuzzEntry(
  entryName: string,
  entry: Readonly<Record<string, unknown>>,
  table: FuzzTable,
): void {
  describe(`fuzz ${entryName}`, () => {
    it("has a fuzz case for every exported function", () => {
      const exported = exportedFunctions(entry);
      expect(exported.length).toBeGreaterThan(0);
      expect(Object.keys(table).sort()).toEqual(exported);
      for (const name of exported) expect(table[name]?.length ?? 0).toBeGreaterThan(0);
    });

    for (const [name, cases] of Object.entries(table)) {
      for (const fuzzCase of cases) {
        it(
          `${name}: ${fuzzCase.label}`,
          () => {
            const fn = entry[name];
            expect(typeof fn).toBe("function");
            fc.assert(
              fc.property(fuzzCase.args, (args) => {
                checkCall(name, fn, fuzzCase, args);
              }),
              FUZZ_PARAMS,
            );
          },
          FUZZ_TIMEOUT_MS,
        );
      }
    }
  });
}
