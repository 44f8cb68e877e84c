/**
 * How the bench measures: scalar cases with tinybench (ops/s), whole-column cases by the
 * best of a few timed calls (rows/s). Every group's first case is its baseline, and each
 * row prints its ratio to that baseline — ratios in one run, not absolute figures, are
 * what compare across machines and noisy neighbours.
 */
import { Bench } from "tinybench";

export interface Row {
  group: string;
  name: string;
  opsPerSec: number;
  baseline: number;
}

export const rows: Row[] = [];

export async function scalarGroup(
  group: string,
  time: number,
  cases: Record<string, () => unknown>,
) {
  const bench = new Bench({ time, warmup: true });
  for (const [name, fn] of Object.entries(cases)) bench.add(name, fn);
  await bench.run();
  // An aborted or errored task has no throughput: it prints as n/a rather than a number.
  const rate = (i: number) =>
    (bench.tasks[i]?.result as { throughput?: { mean: number } } | undefined)?.throughput?.mean ??
    Number.NaN;
  const baseline = rate(0);
  bench.tasks.forEach((task, i) => {
    rows.push({ group, name: task.name, opsPerSec: rate(i), baseline });
  });
}

/** Rows per second of a whole-column function, best of `repeat` runs. */
function columnRate(fn: () => unknown, rowsPerCall: number, repeat: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return (rowsPerCall / best) * 1000;
}

/**
 * A group of column cases, `[fn, rows]` each; the first is the baseline. The cases are
 * timed in turns (baseline, case, baseline, case, …) so a burst from a neighbour on the
 * machine hits all of them alike.
 */
export function batchGroup(
  group: string,
  cases: Record<string, [() => unknown, number]>,
  repeat = 5,
) {
  const entries = Object.entries(cases);
  const best = entries.map(() => 0);
  for (let r = 0; r < repeat; r++) {
    entries.forEach(([, [fn, n]], i) => {
      best[i] = Math.max(best[i] as number, columnRate(fn, n, 1));
    });
  }
  const baseline = best[0] as number;
  entries.forEach(([name], i) => {
    rows.push({ group, name, opsPerSec: best[i] as number, baseline });
  });
}

const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a");

export function printRows(header: string): void {
  let group = "";
  console.log(header);
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      console.log(`\n${group}`);
    }
    console.log(
      `  ${r.name.padEnd(50)} ${fmt(r.opsPerSec).padStart(13)} ops/s  ${(r.opsPerSec / r.baseline).toFixed(3).padStart(7)}× baseline`,
    );
  }
}
