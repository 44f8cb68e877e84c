import type { Context } from "./context.js";

/** Prints a result's warnings (e.g. a stale dataset) to stderr, one line each. */
export function printWarnings(result: object, ctx: Context): void {
  const warnings = (result as { warnings?: unknown }).warnings;
  if (!Array.isArray(warnings)) return;
  for (const w of warnings) if (typeof w === "string") ctx.err(`paybands: warning: ${w}\n`);
}
