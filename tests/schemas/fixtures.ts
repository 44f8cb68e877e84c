import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { isPaybandsError, type PathSegment, type PaybandsError } from "../../src/errors/index.js";
import { parseDataset, safeParseDataset } from "../../src/schemas/index.js";

/** The embedded dataset's source file, read as text exactly as a user would read it. */
export const DATASET_JSON = readFileSync(
  new URL("../../data/backend-developer/2026.1.0.json", import.meta.url),
  "utf8",
);

/** A JSON-like value we can take apart and mutate freely in tests. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = readonly PathSegment[];

/** A fresh, mutable deep copy of the real dataset. */
export function freshDataset(): { [key: string]: Json } {
  return JSON.parse(DATASET_JSON);
}

/** Reads the value at `path`; throws if any step of the path does not exist. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const seg of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, seg)) {
      throw new Error(`test setup: no ${String(seg)} in path ${JSON.stringify(path)}`);
    }
    node = (node as Record<PathSegment, unknown>)[seg];
  }
  return node;
}

/** Replaces the value at `path` (whose parent must exist) in place. */
export function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path.at(-1);
  if (typeof parent !== "object" || parent === null || key === undefined) {
    throw new Error(`test setup: cannot set ${JSON.stringify(path)}`);
  }
  Object.defineProperty(parent, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The array at `path`, for pushing to or splicing. */
export function arrayAt(root: unknown, path: Path): unknown[] {
  const value = getAt(root, path);
  if (!Array.isArray(value)) throw new Error(`test setup: ${JSON.stringify(path)} is not an array`);
  return value;
}

/** The object at `path`, for adding or deleting keys. */
export function objectAt(root: unknown, path: Path): Record<string, unknown> {
  const value = getAt(root, path);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`test setup: ${JSON.stringify(path)} is not an object`);
  }
  return value as Record<string, unknown>;
}

/** Runs `f` and returns what it threw (fails the test if it did not throw). */
export function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw, but the call returned");
}

/**
 * Asserts that both entry points reject `input` with INVALID_DATASET at exactly `path`
 * (and, when given, a first message matching `message`). Returns the error.
 */
export function expectInvalidDataset(input: unknown, path: Path, message?: RegExp): PaybandsError {
  const result = safeParseDataset(input);
  if (result.success) throw new Error(`expected the dataset to be rejected at ${path.join(".")}`);
  const { error } = result;
  expect(isPaybandsError(error, "INVALID_DATASET")).toBe(true);
  expect(error.code).toBe("INVALID_DATASET");
  expect(error.path).toEqual(path);
  expect(error.issues[0]?.path).toEqual(path);
  if (message) expect(error.issues[0]?.message).toMatch(message);

  const thrown = thrownBy(() => parseDataset(input));
  expect(isPaybandsError(thrown, "INVALID_DATASET")).toBe(true);
  expect((thrown as PaybandsError).path).toEqual(path);
  return error;
}
