/**
 * What a generated example module calls at run time: `__doc.check(i, actual, () => expected)`
 * for each `//=>` line and `__doc.finish()` at the end. The test that imports the module
 * reads the context afterwards (see run-example.ts).
 */
import { expect } from "vitest";

/** A `//=>` check whose value did not deep-equal the literal. */
export interface CheckFailure {
  readonly index: number;
  readonly actual: unknown;
  readonly expected: unknown;
  readonly message: string;
}

/** The record of one run of one example module. */
export interface DocContext {
  /** Checks that ran (by index); a check that never ran fails the example. */
  readonly ran: Set<number>;
  readonly failures: CheckFailure[];
  /** Set when the module ran to its end. */
  finished: boolean;
  /** Checks `actual` against the `//=>` literal (evaluated by `expectedLiteral`). */
  check(index: number, actual: unknown, expectedLiteral: () => unknown): void;
  finish(): void;
}

// Kept on globalThis so that the test and the generated modules share it even if the
// module runner instantiates this file more than once.
const REGISTRY = Symbol.for("paybands.docExamples.contexts");
type Registry = Map<string, DocContext>;

function registry(): Registry {
  const g = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  g[REGISTRY] ??= new Map();
  return g[REGISTRY];
}

/** Creates (replacing any previous one) the context of the example run under `key`. */
export function createDocContext(key: string): DocContext {
  const ctx: DocContext = {
    ran: new Set(),
    failures: [],
    finished: false,
    check(index, actual, expectedLiteral) {
      ctx.ran.add(index);
      let expected: unknown;
      try {
        expected = expectedLiteral();
      } catch (err) {
        ctx.failures.push({
          index,
          actual,
          expected: undefined,
          message: `the //=> literal could not be evaluated: ${err instanceof Error ? err.message : String(err)}`,
        });
        return;
      }
      try {
        expect(actual).toEqual(expected);
      } catch (err) {
        ctx.failures.push({
          index,
          actual,
          expected,
          message: err instanceof Error ? err.message : String(err),
        });
      }
    },
    finish() {
      ctx.finished = true;
    },
  };
  registry().set(key, ctx);
  return ctx;
}

/** The context of the example run under `key` (called by the generated module). */
export function docContext(key: string): DocContext {
  const ctx = registry().get(key);
  if (!ctx) throw new Error(`no doc-example context "${key}": run examples through runExample`);
  return ctx;
}

/** Forgets the context of `key`. */
export function dropDocContext(key: string): void {
  registry().delete(key);
}
