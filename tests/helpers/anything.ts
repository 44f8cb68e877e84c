/**
 * fc.anything's options for "every kind of value it can make" (boxed, null-prototype,
 * sparse, typed arrays, Maps, Sets, BigInts, Dates), shared by the schema fuzz tests and
 * tests/fuzz.
 */
export const EVERY_KIND_OF_VALUE = {
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
} as const;
