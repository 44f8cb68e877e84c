/**
 * Read-only all the way down. Validated datasets are deeply frozen at run time, so
 * their types say so too; functions that take them accept mutable values as well.
 * (A homomorphic mapped type keeps arrays as readonly arrays and tuples as tuples.)
 * Exported from `paybands/schemas` for composing types with the models.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from "paybands/schemas";
 * const band: DeepReadonly<{ anchors: { p: number; amount: number }[] }> = {
 *   anchors: [{ p: 50, amount: 205000 }],
 * };
 * band.anchors[0].amount;
 * //=> 205000
 * ```
 *
 * @category Schemas
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
