/**
 * White-box accuracy test of the private normal-distribution helpers behind log-probit
 * (they are not exported: the public functions are covered by the reference tests). The
 * expected values are SciPy's norm.ppf / norm.cdf / norm.sf, pinned in ./scipy-reference.ts.
 */
import { describe, expect, test } from "vitest";
import { normalCdfBoth } from "../../../src/_internal/normal-cdf.js";
import { normalQuantile } from "../../../src/_internal/normal-quantile.js";
import { SCIPY_REFERENCE } from "./scipy-reference.js";

describe("Φ⁻¹ (AS241) agrees with scipy.stats.norm.ppf to 2e-15 relative", () => {
  test.each(SCIPY_REFERENCE.normal.ppf.map((r) => [r.p, r.z] as const))("p = %s", (p, z) => {
    const actual = normalQuantile(p);
    if (z === 0) expect(actual).toBe(0);
    else expect(Math.abs(actual - z) / Math.abs(z)).toBeLessThanOrEqual(2e-15);
  });
  test("the upper tail from q = 1 - p keeps its digits", () => {
    // 1 - 1e-20 is 1 in doubles; with q given, the quantile is still right.
    expect(normalQuantile(1 - 1e-20, 1e-20)).toBeCloseTo(-normalQuantile(1e-20), 13);
  });
});

describe("Φ (Cody) agrees with scipy.stats.norm.cdf and norm.sf", () => {
  test.each(SCIPY_REFERENCE.normal.cdf.map((r) => [r.z, r.lower, r.upper] as const))(
    "z = %s",
    (z, lower, upper) => {
      const [l, u] = normalCdfBoth(z);
      // SciPy's own far-tail error grows like z² ulp (it evaluates erfc(z/√2)); allow for it.
      const tol = 2e-15 + 2e-16 * z * z;
      expect(Math.abs(l - lower)).toBeLessThanOrEqual(tol * lower);
      expect(Math.abs(u - upper)).toBeLessThanOrEqual(tol * upper);
    },
  );
  test("Φ(Φ⁻¹(p)) = p", () => {
    for (const p of [1e-300, 1e-12, 0.001, 0.2, 0.5, 0.8, 0.999]) {
      const [l] = normalCdfBoth(normalQuantile(p));
      expect(Math.abs(l - p) / p).toBeLessThanOrEqual(1e-13);
    }
  });
});
