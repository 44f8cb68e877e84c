/**
 * Fuzzes the CLI in-process (run(argv, out, err)) with arbitrary argv: noise, and real
 * commands with real option names given arbitrary values. It must exit 0, 1 or 2, never
 * throw, and never print a stack trace.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { numericString, realId } from "./arbitraries.js";
import { expectNoPollution, FUZZ_PARAMS, FUZZ_TIMEOUT_MS, prototypeKeys } from "./fuzz-config.js";

const COMMANDS = [
  "levels",
  "metros",
  "levers",
  "premiums",
  "estimate",
  "percentile",
  "offer",
  "career",
  "datasets",
  "validate",
  "diff",
  "help",
  "--help",
  "-v",
];
const OPTIONS = [
  "--level",
  "--metro",
  "--percentile",
  "--premium",
  "--policy",
  "--amount",
  "--p",
  "--lever",
  "--years",
  "--track",
  "--raise",
  "--dataset",
  "--json",
  "--csv",
  "--help",
  "-h",
  "--",
  "--unknown",
];
const VALUES = [
  "senior",
  "seattle",
  "benchmark=nyc",
  "elasticity=0.5",
  "elasticity=2",
  "zones",
  "ic",
  "manager",
  "backend-developer@2026.1.0",
  "backend-developer@9.9.9",
  "/nonexistent.json",
  "/",
  ".",
  "package.json",
  "data/backend-developer/2026.1.0.json",
];
const token = fc.oneof(
  fc.constantFrom(...OPTIONS),
  fc.constantFrom(...VALUES),
  realId,
  numericString,
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...OPTIONS).chain((o) => fc.string({ maxLength: 8 }).map((v) => `${o}=${v}`)),
);
const argv = fc.oneof(
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }),
  fc
    .tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 8 }))
    .map(([c, rest]) => [c, ...rest]),
);

describe("fuzz paybands CLI", () => {
  it(
    "exits 0, 1 or 2 on any argv, without throwing or printing a stack",
    () => {
      fc.assert(
        fc.property(argv, (args) => {
          const before = prototypeKeys();
          let output = "";
          const code = run(
            args,
            (t) => {
              output += t;
            },
            (t) => {
              output += t;
            },
          );
          expect([0, 1, 2]).toContain(code);
          expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
          expect(output).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
          expectNoPollution(before);
        }),
        FUZZ_PARAMS,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
