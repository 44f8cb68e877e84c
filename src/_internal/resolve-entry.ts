import type { PaybandsErrorCode } from "../errors/error-codes.js";
import { type PathSegment, PaybandsError } from "../errors/paybands-error.js";
import { suggest } from "./suggest.js";

interface Named {
  readonly id: string;
  readonly aliases: readonly string[];
}

/** Lookups accept "SF Bay Area", "sf_bay_area" and " SF-bay-area " as `sf-bay-area`. */
export function normalizeKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/**
 * Finds an entry by id or alias, case-insensitively. Unknown keys throw a
 * PaybandsError that lists the valid ids and, for a near miss, suggests one.
 */
export function resolveEntry<T extends Named>(
  list: readonly T[],
  key: unknown,
  kind: string,
  code: PaybandsErrorCode,
  path: readonly PathSegment[] = [kind],
): T {
  // The common case first, without allocating: the key is an entry's id as written.
  if (typeof key === "string") for (const entry of list) if (entry.id === key) return entry;
  const validChoices = list.map((x) => x.id);
  if (typeof key !== "string") {
    throw new PaybandsError(
      code,
      `${kind} must be a string id; valid ${kind}s: ${validChoices.join(", ")}`,
      { path, validChoices },
    );
  }
  const wanted = normalizeKey(key);
  for (const entry of list) if (entry.id === wanted) return entry;
  for (const entry of list) if (entry.aliases.includes(wanted)) return entry;
  const names = list.flatMap((x) => [x.id, ...x.aliases]);
  const near = suggest(wanted, names);
  const owner =
    near === undefined ? undefined : list.find((x) => x.id === near || x.aliases.includes(near));
  const hint = owner ? ` Did you mean "${owner.id}"?` : "";
  throw new PaybandsError(
    code,
    `Unknown ${kind} "${key}".${hint} Valid ${kind}s: ${validChoices.join(", ")}.`,
    { path, validChoices },
  );
}
