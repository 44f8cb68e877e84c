/**
 * `paybands/format`.
 *
 * @module
 */
export {};
