import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/run.js";
import { getDataset } from "../../src/index.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "dist/cli.js");

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast, for the logic). */
export function cli(argv: string[], options: { color?: boolean } = {}): Result {
  let stdout = "";
  let stderr = "";
  const code = run(
    argv,
    (t) => {
      stdout += t;
    },
    (t) => {
      stderr += t;
    },
    options,
  );
  return { code, stdout, stderr };
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds dist/ with `npm run build` unless dist/cli.js is newer than every source file. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(BIN).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(
    newest(join(ROOT, "src")),
    statSync(join(ROOT, "tsup.config.ts")).mtimeMs,
  );
  if (built > sources) return;
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Runs the built binary as a child process: `node dist/cli.js ...argv`. */
export function bin(argv: string[], env: Record<string, string> = {}): Result {
  const clean = { ...process.env };
  delete clean.NO_COLOR;
  delete clean.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...clean, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Files the tests read: an offer, malformed JSON, an unordered band, a changed dataset. */
export function fixtures(): Record<
  "offer" | "malformed" | "unordered" | "v2" | "badOffer" | "dir",
  string
> {
  const dir = mkdtempSync(join(tmpdir(), "paybands-cli-"));
  const ds = () => JSON.parse(JSON.stringify(getDataset()));
  const offer = join(dir, "offer.json");
  writeFileSync(
    offer,
    JSON.stringify({
      level: "senior",
      metro: "seattle",
      base: 250000,
      bonus: { percent: 0.15 },
      equity: { grant: 400000, vesting: "even" },
      signOn: 30000,
    }),
  );
  const malformed = join(dir, "malformed.json");
  writeFileSync(malformed, '{ "base": 250000,\n  "bonus": { "percent": 0.15 }\n  "signOn": 1 }\n');
  const unordered = join(dir, "unordered.json");
  const u = ds();
  u.levels[2].base.anchors[2].amount = 200000; // senior p75 below p50
  writeFileSync(unordered, JSON.stringify(u, null, 2));
  const v2 = join(dir, "v2.json");
  const b = ds();
  b.version = "2026.2.0";
  b.levels[2].base.anchors[1].amount = 210000;
  b.metros = b.metros.filter((m: { id: string }) => m.id !== "denver");
  writeFileSync(v2, JSON.stringify(b, null, 2));
  const badOffer = join(dir, "bad-offer.json");
  writeFileSync(badOffer, JSON.stringify({ level: "senior", base: 200000, equity: { grant: -5 } }));
  return { offer, malformed, unordered, v2, badOffer, dir };
}
