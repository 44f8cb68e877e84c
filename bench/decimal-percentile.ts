/**
 * The cost of exactness without a fast path: the percentile math done naively in
 * decimal.js at 40 digits, row by row (Φ⁻¹ stays a float: it is one by definition).
 */
import Decimal from "decimal.js";
import { normalQuantile } from "../src/_internal/normal-quantile.js";
import { type FloatBand, segment } from "./float-percentile.js";

const D = Decimal.clone({ precision: 40 });

export function decimalLogProbit(b: FloatBand, p: number): number {
  const z = new D(normalQuantile(p / 100));
  const i = segment(b.zs, z.toNumber());
  const z0 = new D(b.zs[i] as number);
  const z1 = new D(b.zs[i + 1] as number);
  const l0 = new D(b.amounts[i] as number).ln();
  const l1 = new D(b.amounts[i + 1] as number).ln();
  return l0
    .plus(z.minus(z0).dividedBy(z1.minus(z0)).times(l1.minus(l0)))
    .exp()
    .toDecimalPlaces(0, D.ROUND_HALF_EVEN)
    .toNumber();
}

export function decimalLinear(b: FloatBand, p: number): number {
  const i = segment(b.ps, p);
  const p0 = new D(b.ps[i] as number);
  const p1 = new D(b.ps[i + 1] as number);
  const a0 = new D(b.amounts[i] as number);
  const a1 = new D(b.amounts[i + 1] as number);
  return a0
    .plus(new D(p).minus(p0).dividedBy(p1.minus(p0)).times(a1.minus(a0)))
    .toDecimalPlaces(0, D.ROUND_HALF_EVEN)
    .toNumber();
}

export function decimalLinearRank(b: FloatBand, x: number): number {
  const i = segment(b.amounts, x);
  const p0 = new D(b.ps[i] as number);
  const a0 = new D(b.amounts[i] as number);
  const a1 = new D(b.amounts[i + 1] as number);
  return p0
    .plus(
      new D(x)
        .minus(a0)
        .dividedBy(a1.minus(a0))
        .times(new D(b.ps[i + 1] as number).minus(p0)),
    )
    .toNumber();
}

/**
 * A plain loop of a decimal function over a column. The same loop as floatColumn, kept
 * apart on purpose: sharing one call site with the slow decimal functions would make the
 * float baselines' loop megamorphic and slower, and they are the yardstick.
 */
export function decimalColumn(
  f: (b: FloatBand, x: number) => number,
  b: FloatBand,
  xs: Float64Array,
) {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f(b, xs[i] as number);
  return out;
}
