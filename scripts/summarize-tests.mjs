// Prints one plain summary line per vitest JSON report given: "unit: 1643 passed, 0 failed".
import { existsSync, readFileSync } from "node:fs";

let failed = 0;
for (const arg of process.argv.slice(2)) {
  const [name, file] = arg.split("=");
  if (!file || !existsSync(file)) {
    console.log(`${name}: report ${file} missing`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  failed += r.numFailedTests;
  console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
process.exitCode = failed > 0 ? 1 : 0;
