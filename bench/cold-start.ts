/** Cold start: a fresh Node process importing the built entries vs `node -e 0`. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

function medianMs(args: string[], n = 9): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)] as number;
}

export function coldStart(): string {
  if (!(existsSync("dist/core.js") && existsSync("dist/index.js")))
    return "cold start: skipped (run `npm run build` first to measure the built entries)";
  const bare = medianMs(["-e", "0"]);
  const core = medianMs(["--input-type=module", "-e", "await import('./dist/core.js')"]);
  const root = medianMs(["--input-type=module", "-e", "await import('./dist/index.js')"]);
  return `cold start (median of 9): node -e 0 ${bare.toFixed(1)} ms; + import paybands/core ${(core - bare).toFixed(1)} ms; + import paybands ${(root - bare).toFixed(1)} ms`;
}
