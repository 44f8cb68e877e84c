/**
 * Cold start, two ways, each the median of 15 fresh Node processes:
 * - the import itself, timed inside the process (performance.now() around the dynamic
 *   import of the built entry): what importing paybands adds to a start;
 * - the whole process against `node -e 0`, which also counts process start-up and is
 *   noisier on a shared machine (start-up jitter of ±30 ms is common here).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const RUNS = 15;

function median(xs: number[]): number {
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
}

function processMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    times.push(performance.now() - t0);
  }
  return median(times);
}

function importMs(file: string): number {
  const code = `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", code])));
  }
  return median(times);
}

export function coldStart(): string {
  if (!(existsSync("dist/core.js") && existsSync("dist/index.js")))
    return "cold start: skipped (run `npm run build` first to measure the built entries)";
  const bare = processMs(["-e", "0"]);
  const lines = [`cold start (median of ${RUNS} fresh processes):`];
  for (const [name, file] of [
    ["paybands/core", "./dist/core.js"],
    ["paybands", "./dist/index.js"],
  ] as const) {
    const whole = processMs(["--input-type=module", "-e", `await import(${JSON.stringify(file)})`]);
    lines.push(
      `  import ${name}: ${importMs(file).toFixed(1)} ms inside the process; the process ${(whole - bare).toFixed(1)} ms over node -e 0 (${bare.toFixed(1)} ms)`,
    );
  }
  return lines.join("\n");
}
