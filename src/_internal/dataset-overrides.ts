import type { DatasetOverrides } from "../create-paybands/types.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import { suggest } from "./suggest.js";

/** Keys that could reach an object's prototype if assigned: never merged, at any depth. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Top-level dataset fields an override replaces whole. */
export const SCALAR_KEYS = [
  "id",
  "version",
  "title",
  "description",
  "effectiveDate",
  "currency",
  "country",
  "baselineMetro",
] as const;

/** Lists of entries with ids: an override patches, adds or removes entries by id. */
export const COLLECTION_KEYS = [
  "sources",
  "levels",
  "metros",
  "levers",
  "premiums",
  "roles",
  "progression",
  "lateralMoves",
  "headlines",
  "notes",
] as const;

const SINGULAR: Record<(typeof COLLECTION_KEYS)[number], string> = {
  sources: "source",
  levels: "level",
  metros: "metro",
  levers: "lever",
  premiums: "premium",
  roles: "role",
  progression: "progression step",
  lateralMoves: "lateral move",
  headlines: "headline",
  notes: "note",
};

/** Deep enough for any dataset (entries nest about five levels); deeper is a cycle or abuse. */
const MAX_DEPTH = 32;

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function invalid(message: string, path: readonly PathSegment[], validChoices?: readonly string[]) {
  return new PaybandsError("INVALID_INPUT", message, {
    path: ["overrides", ...path],
    ...(validChoices === undefined ? {} : { validChoices }),
  });
}

/** Own keys of `value`, each checked against the forbidden keys. */
function safeKeys(value: Plain, path: readonly PathSegment[]): string[] {
  const keys = Object.keys(value);
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw invalid(
        `overrides may not contain the key "${key}" (it could change an object's prototype)`,
        [...path, key],
      );
    }
  }
  return keys;
}

/** Sets an own data property: never a prototype setter, whatever the key. */
function define(target: Plain, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A fresh copy of a JSON-like value (objects and arrays copied, the rest kept). */
function copy(value: unknown, path: readonly PathSegment[], depth: number): unknown {
  if (depth > MAX_DEPTH) throw invalid("overrides are nested too deeply", path);
  if (Array.isArray(value)) return value.map((v, i) => copy(v, [...path, i], depth + 1));
  if (!isPlainObject(value)) return value;
  const out: Plain = {};
  for (const key of safeKeys(value, path))
    define(out, key, copy(value[key], [...path, key], depth + 1));
  return out;
}

/**
 * JSON Merge Patch (RFC 7396) of `patch` onto `target`, returning new objects (neither
 * argument is changed): an object merges key by key, `null` removes a key, `undefined`
 * leaves it, anything else (arrays included) replaces it.
 */
function mergePatch(
  target: unknown,
  patch: unknown,
  path: readonly PathSegment[],
  depth: number,
): unknown {
  if (depth > MAX_DEPTH) throw invalid("overrides are nested too deeply", path);
  if (!isPlainObject(patch)) return copy(patch, path, depth);
  const out: Plain = {};
  if (isPlainObject(target)) {
    for (const key of Object.keys(target)) define(out, key, target[key]);
  }
  for (const key of safeKeys(patch, path)) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else define(out, key, mergePatch(out[key], value, [...path, key], depth + 1));
  }
  return out;
}

function patchCollection(
  list: readonly { readonly id: string }[],
  patches: unknown,
  key: (typeof COLLECTION_KEYS)[number],
): unknown[] {
  const what = SINGULAR[key];
  if (!isPlainObject(patches)) {
    throw invalid(
      `overrides.${key} must be an object keyed by ${what} id (e.g. { "${list[0]?.id ?? "id"}": { ... } })`,
      [key],
    );
  }
  const ids = list.map((x) => x.id);
  const out: unknown[] = [...list];
  const added: unknown[] = [];
  for (const id of safeKeys(patches, [key])) {
    const patch = patches[id];
    if (patch === undefined) continue;
    const index = out.findIndex((x) => (x as { id?: unknown } | undefined)?.id === id);
    if (index === -1) {
      const isNewEntry = isPlainObject(patch) && patch.id === id;
      if (!isNewEntry) {
        const near = suggest(id, ids);
        throw invalid(
          `there is no ${what} "${id}" to change${near ? ` (did you mean "${near}"?)` : ""}; to add one, give a complete ${what} with id: "${id}". Valid ${key}: ${ids.join(", ")}`,
          [key, id],
          ids,
        );
      }
      added.push(mergePatch(undefined, patch, [key, id], 2));
      continue;
    }
    if (patch === null) {
      out[index] = undefined;
      continue;
    }
    if (!isPlainObject(patch)) {
      throw invalid(
        `overrides.${key}.${id} must be an object of changes, or null to remove the ${what}`,
        [key, id],
      );
    }
    if (Object.hasOwn(patch, "id") && patch.id !== id) {
      throw invalid(
        `overrides.${key}.${id} cannot change the ${what}'s id; remove it (null) and add a new one instead`,
        [key, id, "id"],
      );
    }
    out[index] = mergePatch(out[index], patch, [key, id], 2);
  }
  return [...out.filter((x) => x !== undefined), ...added];
}

/**
 * The dataset with `overrides` merged in — a new, unvalidated plain object (the caller
 * validates it). Neither argument is changed. Throws INVALID_INPUT (path under
 * `["overrides"]`) for an override that cannot be applied.
 */
export function applyDatasetOverrides(dataset: Dataset, overrides: DatasetOverrides): Plain {
  try {
    if (!isPlainObject(overrides)) {
      throw invalid(
        "overrides must be an object such as { metros: { seattle: { premium: 0.3 } } }",
        [],
      );
    }
    const valid = [...SCALAR_KEYS, ...COLLECTION_KEYS];
    const out: Plain = {};
    for (const key of Object.keys(dataset)) define(out, key, (dataset as unknown as Plain)[key]);
    for (const key of safeKeys(overrides, [])) {
      const value = (overrides as Plain)[key];
      if (value === undefined) continue;
      if ((SCALAR_KEYS as readonly string[]).includes(key)) {
        define(out, key, copy(value, [key], 1));
      } else if ((COLLECTION_KEYS as readonly string[]).includes(key)) {
        const k = key as (typeof COLLECTION_KEYS)[number];
        define(out, k, patchCollection(dataset[k], value, k));
      } else {
        const near = suggest(key, valid);
        throw invalid(
          `overrides has an unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ""}; valid keys: ${valid.join(", ")}`,
          [key],
          valid,
        );
      }
    }
    return out;
  } catch (cause) {
    if (cause instanceof PaybandsError) throw cause;
    // A getter or Proxy trap that throws, or a cycle too deep for the stack.
    throw new PaybandsError("INVALID_INPUT", "overrides could not be read", {
      path: ["overrides"],
      cause,
    });
  }
}
