import { colorEnabled } from "./ansi.js";
import { run } from "./run.js";

// The executable: everything testable lives in run.ts; this file only wires process I/O.
process.exitCode = run(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
  { color: colorEnabled(process.stdout.isTTY === true, process.env) },
);
