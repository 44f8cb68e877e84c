/**
 * Read-only all the way down. Validated datasets are deeply frozen at run time, so
 * their types say so too; functions that take them accept mutable values as well.
 */
export type DeepReadonly<T> = T extends (infer E)[]
  ? ReadonlyArray<DeepReadonly<E>>
  : T extends readonly [infer A, infer B]
    ? readonly [DeepReadonly<A>, DeepReadonly<B>]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
