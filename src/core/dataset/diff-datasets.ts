import { datasetRef } from "../../_internal/dataset-ref.js";
import { PaybandsError } from "../../errors/paybands-error.js";
import type { Dataset } from "../../schemas/dataset.js";
import type { DatasetChange, DatasetDiff, DatasetDiffEntry, DatasetValue } from "./types.js";

type JsonObject = { readonly [key: string]: DatasetValue };

interface Diff {
  added: DatasetDiffEntry[];
  removed: DatasetDiffEntry[];
  changed: DatasetChange[];
}

const isObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Every element is an object with a string `id`: an entity list, keyed by id. */
const isIdList = (xs: readonly DatasetValue[]): xs is readonly JsonObject[] =>
  xs.every((x) => isObject(x) && typeof x.id === "string");

/** Every element is a band anchor `{ p, amount }`: keyed by `p50`. */
const isAnchorList = (xs: readonly DatasetValue[]): xs is readonly JsonObject[] =>
  xs.every((x) => isObject(x) && typeof x.p === "number" && typeof x.amount === "number");

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

function sameValue(a: DatasetValue, b: DatasetValue): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function change(path: string, a: DatasetValue, b: DatasetValue, out: Diff): void {
  const relative = typeof a === "number" && typeof b === "number" && a !== 0 ? (b - a) / a : null;
  // (b - a) / a overflows for a near 0 (1e-300 to 1e300): no finite relative change.
  out.changed.push({
    path,
    old: a,
    new: b,
    change: relative !== null && Number.isFinite(relative) ? relative : null,
  });
}

/**
 * Rejects what no dataset file can hold — NaN, Infinity, -0 (JSON has none of them),
 * undefined, functions, class instances — so that the diff, which copies values into
 * its result, only ever returns JSON. Path: the argument name, then the field.
 */
function assertJson(value: unknown, path: (string | number)[]): void {
  const bad = (what: string): never => {
    throw new PaybandsError(
      "INVALID_INPUT",
      `diffDatasets(a, b): ${path.join(".")} is ${what}; a dataset holds only JSON values (finite numbers, strings, booleans, null, arrays, plain objects) — validate a file with parseDataset first`,
      { path },
    );
  };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Object.is(value, -0)) bad(String(value));
    return;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value !== "object") bad(`a ${typeof value}`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) bad("a sparse array");
      assertJson(value[i], [...path, i]);
    }
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) bad("not a plain object");
  for (const [k, v] of Object.entries(value as object)) assertJson(v, [...path, k]);
}

/** An anchor as its amount at `...p50`, with any other field (`censored`) below it. */
function anchorFields(anchor: JsonObject): [string, DatasetValue][] {
  return Object.entries(anchor).filter(([k]) => k !== "p" && k !== "amount");
}

function addAnchor(path: string, anchor: JsonObject, into: DatasetDiffEntry[]): void {
  into.push({ path, value: anchor.amount as DatasetValue });
  for (const [k, v] of anchorFields(anchor)) into.push({ path: join(path, k), value: v });
}

function diffKeyed(
  path: string,
  as: readonly JsonObject[],
  bs: readonly JsonObject[],
  key: (x: JsonObject) => string,
  out: Diff,
  anchors: boolean,
): void {
  const bByKey = new Map(bs.map((x) => [key(x), x]));
  const aKeys = new Set(as.map(key));
  for (const a of as) {
    const k = key(a);
    const b = bByKey.get(k);
    const here = join(path, k);
    if (b === undefined) {
      if (anchors) addAnchor(here, a, out.removed);
      else out.removed.push({ path: here, value: a });
    } else if (anchors) {
      if (!sameValue(a.amount as DatasetValue, b.amount as DatasetValue)) {
        change(here, a.amount as DatasetValue, b.amount as DatasetValue, out);
      }
      diffValue(
        here,
        Object.fromEntries(anchorFields(a)),
        Object.fromEntries(anchorFields(b)),
        out,
      );
    } else {
      diffValue(here, a, b, out);
    }
  }
  for (const b of bs) {
    const k = key(b);
    if (aKeys.has(k)) continue;
    if (anchors) addAnchor(join(path, k), b, out.added);
    else out.added.push({ path: join(path, k), value: b });
  }
}

function diffValue(path: string, a: DatasetValue, b: DatasetValue, out: Diff): void {
  if (isObject(a) && isObject(b)) {
    for (const [k, av] of Object.entries(a)) {
      const here = join(path, k);
      // Own keys only: "constructor" or "toString" in `a` is not in `b` by inheritance.
      if (!Object.hasOwn(b, k)) out.removed.push({ path: here, value: av });
      else if (k === "anchors" && Array.isArray(av) && Array.isArray(b[k])) {
        const bv = b[k] as readonly DatasetValue[];
        if (isAnchorList(av) && isAnchorList(bv)) {
          // A band's anchors sit at `base.p50`, not `base.anchors.1`.
          diffKeyed(path, av, bv, (x) => `p${x.p as number}`, out, true);
        } else diffValue(here, av, bv, out);
      } else diffValue(here, av, b[k] as DatasetValue, out);
    }
    for (const [k, bv] of Object.entries(b)) {
      if (!Object.hasOwn(a, k)) out.added.push({ path: join(path, k), value: bv });
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const both = [...a, ...b];
    if (both.length > 0 && isIdList(both)) {
      diffKeyed(path, a as JsonObject[], b as JsonObject[], (x) => x.id as string, out, false);
      return;
    }
  }
  // Scalars, lists of scalars (aliases, `[low, high]` ranges) and type changes compare whole.
  if (!sameValue(a, b)) change(path, a, b, out);
}

/**
 * What changed between two datasets (two versions of ours, or a user's bands against
 * ours): the fields and entries added, removed and changed in `b` relative to `a`. Paths
 * are keyed by ids, not array positions — `levels.senior.base.p50`,
 * `metros.seattle.premium`, `levers.competing-offer.effect.fraction` — so reordering a
 * list is not a change. A band's anchors sit at `p25`, `p50`, ... under the band. Lists
 * without ids (aliases, `[low, high]` ranges) compare as whole values. A number's change
 * is also given as a fraction of the old value.
 *
 * Both datasets should be valid (an embedded one, or the result of `parseDataset`).
 *
 * @throws PaybandsError `INVALID_INPUT` when either argument is not a dataset object.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { diffDatasets } from "paybands/core";
 * const a = getDataset();
 * const b = JSON.parse(JSON.stringify(a));
 * b.version = "2026.2.0";
 * b.levels[2].base.anchors[1].amount = 210000;
 * b.metros = b.metros.filter((m: { id: string }) => m.id !== "denver");
 * const d = diffDatasets(a, b);
 * [d.changed, d.removed.map((r) => r.path), d.added];
 * //=> [
 * //   [
 * //     { path: "version", old: "2026.1.0", new: "2026.2.0", change: null },
 * //     { path: "levels.senior.base.p50", old: 205000, new: 210000, change: 0.024390243902439025 },
 * //   ],
 * //   ["metros.denver"],
 * //   [],
 * // ]
 * ```
 *
 * @category Data
 */
export function diffDatasets(a: Dataset, b: Dataset): DatasetDiff {
  for (const [name, ds] of [
    ["a", a],
    ["b", b],
  ] as const) {
    if (!isObject(ds) || typeof ds.id !== "string" || typeof ds.version !== "string") {
      throw new PaybandsError(
        "INVALID_INPUT",
        `diffDatasets(a, b): ${name} must be a dataset (validate a file with parseDataset first)`,
        { path: [name] },
      );
    }
    assertJson(ds, [name]);
  }
  const out: Diff = { added: [], removed: [], changed: [] };
  diffValue("", a as unknown as DatasetValue, b as unknown as DatasetValue, out);
  return {
    from: datasetRef(a),
    to: datasetRef(b),
    added: out.added,
    removed: out.removed,
    changed: out.changed,
  };
}
