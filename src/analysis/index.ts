/**
 * `paybands/analysis`.
 *
 * @module
 */
export {};
