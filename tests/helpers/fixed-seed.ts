/**
 * Setup file of the Stryker run (vitest.stryker.config.ts): one fixed fast-check seed, so
 * every mutant meets the same generated inputs as the initial run. With a fresh seed per
 * run a mutant could be killed or survive by luck, and a property that fails for a rare
 * input (adjustForMetro's trace replay does: see docs/reliability.md) would abort the
 * whole run in its initial test.
 */
import fc from "fast-check";

fc.configureGlobal({ seed: 20260101 });
