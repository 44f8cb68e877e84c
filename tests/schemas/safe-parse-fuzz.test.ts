/**
 * Properties of safeParseDataset on hostile and arbitrary input: it never throws, it
 * never pollutes Object.prototype, and when it rejects a dataset the path it reports
 * is a real path into the input.
 */
import { fc, test } from "@fast-check/vitest";
import { afterEach, beforeEach, describe, expect } from "vitest";
import { isPaybandsError, type PaybandsError } from "../../src/errors/index.js";
import { parseDataset, safeParseDataset } from "../../src/schemas/index.js";
import { EVERY_KIND_OF_VALUE } from "../helpers/anything.js";
import {
  DATASET_JSON,
  freshDataset,
  getAt,
  type Json,
  type Path,
  setAt,
  thrownBy,
} from "./fixtures.js";

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Every path from the root to a primitive leaf (string, number, boolean, null). */
function leafPaths(node: unknown, prefix: Path = []): Path[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.keys(node).flatMap((key) => {
    const seg = Array.isArray(node) ? Number(key) : key;
    return leafPaths((node as Record<string, unknown>)[key], [...prefix, seg]);
  });
}

/** Every path from the root to a plain object (not an array). */
function objectPaths(node: unknown, prefix: Path = []): Path[] {
  if (typeof node !== "object" || node === null) return [];
  const here = Array.isArray(node) ? [] : [prefix];
  return [
    ...here,
    ...Object.keys(node).flatMap((key) => {
      const seg = Array.isArray(node) ? Number(key) : key;
      return objectPaths((node as Record<string, unknown>)[key], [...prefix, seg]);
    }),
  ];
}

/** True when every segment of `path` is an own key of the value it is applied to. */
function isRealPath(root: unknown, path: Path): boolean {
  let node = root;
  for (const seg of path) {
    if (typeof node !== "object" || node === null) return false;
    // A hole in a sparse array ([, 1]) is still a position a validator can point at.
    const inArray = Array.isArray(node) && typeof seg === "number" && seg >= 0 && seg < node.length;
    if (!inArray && !Object.hasOwn(node, seg)) return false;
    node = (node as Record<PropertyKey, unknown>)[seg];
  }
  return true;
}

/**
 * A real path, or a required key missing from a real object: replacing an effect's
 * `kind` with "amount" makes the schema ask for `effect.amount`, which the input lacks.
 */
function isRealOrMissingKey(root: unknown, path: Path): boolean {
  if (isRealPath(root, path)) return true;
  const parent = path.slice(0, -1);
  const key = path.at(-1);
  if (key === undefined || !isRealPath(root, parent)) return false;
  const node = getAt(root, parent);
  return (
    typeof node === "object" && node !== null && !Array.isArray(node) && !Object.hasOwn(node, key)
  );
}

const REAL = freshDataset();
const LEAVES = leafPaths(REAL);
const OBJECTS = objectPaths(REAL);
const STRINGS = [
  ...new Set(LEAVES.map((p) => getAt(REAL, p)).filter((v) => typeof v === "string")),
];

/** A rejection by safeParseDataset: a PaybandsError with code INVALID_DATASET. */
function rejection(input: unknown): PaybandsError {
  const result = safeParseDataset(input);
  if (result.success) throw new Error("expected the input to be rejected");
  expect(isPaybandsError(result.error, "INVALID_DATASET")).toBe(true);
  expect(result.error).toBeInstanceOf(Error);
  expect(result.error.issues.length).toBeGreaterThan(0);
  return result.error;
}

// fc.anything at its default depth, with every kind of value.
const ANYTHING = EVERY_KIND_OF_VALUE;

let objectKeys: PropertyKey[] = [];
let arrayKeys: PropertyKey[] = [];
function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  expect(Reflect.ownKeys(Object.prototype)).toEqual(objectKeys);
  expect(Reflect.ownKeys(Array.prototype)).toEqual(arrayKeys);
}

beforeEach(() => {
  objectKeys = Reflect.ownKeys(Object.prototype);
  arrayKeys = Reflect.ownKeys(Array.prototype);
});
afterEach(() => {
  expectNoPollution();
});

describe("arbitrary input", () => {
  test.prop([fc.anything(ANYTHING)], { numRuns: 500 })(
    "never throws and is rejected with a PaybandsError",
    (input) => {
      const error = rejection(input);
      expect(
        isPaybandsError(
          thrownBy(() => parseDataset(input)),
          "INVALID_DATASET",
        ),
      ).toBe(true);
      expect(error.code).toBe("INVALID_DATASET");
    },
  );

  test.prop(
    [
      fc.object({
        key: fc.constantFrom(...DANGEROUS_KEYS, "id", "levels"),
        values: [fc.anything(ANYTHING), fc.constant({ polluted: 1 })],
        maxDepth: 3,
        withNullPrototype: true,
      }),
    ],
    { numRuns: 500 },
  )("objects keyed by __proto__ / constructor / prototype never pollute", (input) => {
    const error = rejection(input);
    if (DANGEROUS_KEYS.some((key) => Object.hasOwn(input, key))) {
      expect(error.issues.some((i) => /Unrecognized key/.test(i.message))).toBe(true);
    }
    expectNoPollution();
  });
});

describe("JSON with prototype keys", () => {
  test.each([
    '{"__proto__": {"polluted": 1}}',
    '{"__proto__": {"polluted": 1}, "id": "x", "levels": []}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
    '{"prototype": {"polluted": 1}}',
    '{"levels": [{"__proto__": {"polluted": 1}}]}',
    '[{"__proto__": {"polluted": 1}}]',
  ])("%s is rejected and pollutes nothing", (text) => {
    const input = JSON.parse(text);
    rejection(input);
    expect(() => parseDataset(input)).toThrow();
    expectNoPollution();
  });

  test("the real dataset with __proto__ injected into a level is rejected as an unknown key", () => {
    const text = DATASET_JSON.replace(
      '"id": "mid",',
      '"__proto__": { "polluted": 1, "rank": 9 }, "constructor": { "prototype": { "polluted": 1 } }, "id": "mid",',
    );
    expect(text).not.toBe(DATASET_JSON);
    const input = JSON.parse(text);
    expect(Object.hasOwn(getAt(input, ["levels", 1]) as object, "__proto__")).toBe(true);
    const error = rejection(input);
    expect([
      ["levels", 1],
      ["levels", 1, "__proto__"],
    ]).toContainEqual(error.path);
    expect(error.issues[0]?.message).toContain('"__proto__"');
    expect(error.message).toContain('"constructor"');
    expectNoPollution();
  });

  test.prop([fc.constantFrom(...OBJECTS), fc.constantFrom(...DANGEROUS_KEYS)], { numRuns: 300 })(
    "a prototype key at any object of the real dataset is rejected at that object",
    (path, key) => {
      const input = freshDataset();
      const target = getAt(input, path) as object;
      Object.defineProperty(target, key, {
        value: { polluted: 1, prototype: { polluted: 1 } },
        enumerable: true,
        writable: true,
        configurable: true,
      });
      const error = rejection(input);
      expect([path, [...path, key]]).toContainEqual(error.path);
      expect(error.issues[0]?.message).toContain(`"${key}"`);
      expectNoPollution();
    },
  );
});

describe("single-field mutations of the real dataset", () => {
  const replacement = fc.oneof(
    fc.anything(ANYTHING),
    fc.constantFrom(...STRINGS),
    fc.string({ maxLength: 20 }),
    fc.integer({ min: -10, max: 1_100_000 }),
    fc.double(),
    fc.constantFrom(null, true, false, 0, 0.5, 1, 50, 100),
  );

  test("either parse or fail at a real path into the input", () => {
    const outcomes = { parsed: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...LEAVES), replacement, (path, value) => {
        const input = freshDataset();
        setAt(input, path, value);
        const result = safeParseDataset(input);
        if (result.success) {
          outcomes.parsed++;
          expect(Object.isFrozen(result.data)).toBe(true);
          expect(Object.isFrozen(result.data.levels[0]?.base.anchors)).toBe(true);
          return;
        }
        outcomes.rejected++;
        const { error } = result;
        expect(isPaybandsError(error, "INVALID_DATASET")).toBe(true);
        // A changed leaf never makes the whole dataset unreadable or adds a root key.
        expect(error.path.length).toBeGreaterThan(0);
        expect(error.path).toEqual(error.issues[0]?.path);
        for (const issue of error.issues) {
          expect(isRealOrMissingKey(input, issue.path), JSON.stringify(issue.path)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    // Both branches are exercised, so the property says something about each.
    expect(outcomes.parsed).toBeGreaterThan(20);
    expect(outcomes.rejected).toBeGreaterThan(20);
  });

  test("the leaf pool covers the whole dataset", () => {
    expect(LEAVES.length).toBeGreaterThan(300);
    expect(LEAVES).toContainEqual(["levels", 2, "base", "anchors", 3, "amount"]);
    expect(LEAVES).toContainEqual(["progression", 0, "from"]);
    expect(isRealPath(REAL, ["levels", 2, "base", "anchors", 3, "amount"])).toBe(true);
    expect(isRealPath(REAL, ["levels", 2, "base", "anchors", 4])).toBe(false);
    expect(isRealPath(REAL, ["levels", 2, "extra"])).toBe(false);
  });
});

describe("exotic objects", () => {
  const boom = new Error("boom");
  const throwing = <T extends object>(target: T, handler: ProxyHandler<T>) =>
    new Proxy(target, handler);

  const cases: [string, () => unknown][] = [
    [
      "a Proxy whose get trap throws",
      () =>
        throwing(
          {},
          {
            get() {
              throw boom;
            },
          },
        ),
    ],
    [
      "a Proxy of the real dataset whose get trap throws",
      () =>
        throwing(freshDataset(), {
          get() {
            throw boom;
          },
        }),
    ],
    [
      "a real dataset with a level behind a throwing Proxy",
      () => {
        const ds = freshDataset();
        setAt(
          ds,
          ["levels", 1],
          throwing(getAt(ds, ["levels", 1]) as object, {
            get() {
              throw boom;
            },
          }),
        );
        return ds;
      },
    ],
    [
      "a Proxy whose ownKeys trap throws",
      () => {
        const ds = freshDataset();
        setAt(
          ds,
          ["levels", 2, "base", "anchors", 0],
          throwing(getAt(ds, ["levels", 2, "base", "anchors", 0]) as object, {
            ownKeys() {
              throw boom;
            },
          }),
        );
        return ds;
      },
    ],
    [
      "a getter that throws",
      () => {
        const ds = freshDataset();
        Object.defineProperty(getAt(ds, ["metros", 0]), "premium", {
          enumerable: true,
          get() {
            throw boom;
          },
        });
        return ds;
      },
    ],
  ];

  test.each(cases)("%s: { success: false } with a PaybandsError, not an exception", (_, make) => {
    const input = make();
    let result: ReturnType<typeof safeParseDataset> | undefined;
    expect(() => {
      result = safeParseDataset(input);
    }).not.toThrow();
    expect(result?.success).toBe(false);
    if (result === undefined || result.success) return;
    expect(isPaybandsError(result.error, "INVALID_DATASET")).toBe(true);
    expect(result.error.cause).toBe(boom);
    expect(result.error.path).toEqual([]);
    const thrown = thrownBy(() => parseDataset(input));
    expect(isPaybandsError(thrown, "INVALID_DATASET")).toBe(true);
  });

  test("a revoked Proxy is rejected, not thrown", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = safeParseDataset(proxy);
    expect(result.success).toBe(false);
    expect(!result.success && isPaybandsError(result.error, "INVALID_DATASET")).toBe(true);
  });
});

describe("fuzz regressions", () => {
  // Found by tests/fuzz: zod kept an optional key given as undefined, so the validated
  // dataset held an undefined value (lost through JSON, "missing" to a reader).
  test("an optional field given as undefined is left out of the validated dataset", () => {
    const input = freshDataset();
    const lever = (input.levers as { [key: string]: Json }[])[0]!;
    Object.defineProperty(lever, "advice", { value: undefined, enumerable: true });
    const result = safeParseDataset(input);
    if (!result.success) throw result.error;
    expect(Object.hasOwn(result.data.levers[0]!, "advice")).toBe(false);
    expect(Object.isFrozen(result.data.levers[0])).toBe(true);
  });
});
