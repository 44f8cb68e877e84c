/** Round tick steps: 1, 2, 2.5 and 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5];

/**
 * The domain of an axis over [lo, hi] — padded by `pad` of the range on each side, not
 * stretched to round numbers (a salary axis need not start at 0) — and about `count`
 * round ticks inside it.
 */
export function axisTicks(
  lo: number,
  hi: number,
  count = 6,
  pad = 0.05,
): { domain: [number, number]; ticks: number[] } {
  if (!(hi > lo)) {
    const spread = Math.max(1, Math.abs(lo) * 0.1);
    return axisTicks(lo - spread, hi + spread, count, pad);
  }
  const d0 = Math.max(0, lo - (hi - lo) * pad);
  const d1 = hi + (hi - lo) * pad;
  const raw = (d1 - d0) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  let best: { step: number; miss: number } | undefined;
  for (const k of [power / 10, power, power * 10]) {
    for (const s of STEPS) {
      const step = s * k;
      const n = Math.floor(d1 / step) - Math.ceil(d0 / step) + 1;
      const miss = Math.abs(n - count);
      if (best === undefined || miss < best.miss || (miss === best.miss && step < best.step)) {
        best = { step, miss };
      }
    }
  }
  const step = (best as { step: number }).step;
  const ticks: number[] = [];
  for (let i = Math.ceil(d0 / step); i * step <= d1 && ticks.length <= 100; i++) {
    ticks.push(Math.round(i * step * 1e6) / 1e6);
  }
  return { domain: [d0, d1], ticks };
}

/** A linear map from [d0, d1] to [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A coordinate with at most two decimals, as short text. */
export function coord(v: number): string {
  return String(Math.round(v * 100) / 100);
}
