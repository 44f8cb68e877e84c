import { type PathSegment, PaybandsError, type PaybandsIssue } from "../errors/paybands-error.js";
import type { PercentileBand } from "../schemas/band.js";
import { describeValue } from "./decimal.js";

// A plain-TypeScript twin of PercentileBandSchema (src/schemas/band.ts) for the core
// entry, which must not load zod. It accepts exactly the values the schema accepts (a
// fast-check test holds the two to that) and reports the same paths.

/** A validated anchor, copied out of the caller's object. */
export interface ValidAnchor {
  readonly p: number;
  readonly amount: number;
  readonly censored: boolean;
}

/** A validated band: every anchor, and how many leading anchors are uncensored. */
export interface ValidBand {
  readonly anchors: readonly ValidAnchor[];
  /** Anchors [0, uncensored) are uncensored; the rest are censored (top-coded). */
  readonly uncensored: number;
}

const MIN_ANCHORS = 2;
const MAX_ANCHORS = 99;
const MAX_AMOUNT = 1e9;
// A cent: below it an amount is not money, and the ratio of two anchors (1e9 / 5e-324)
// overflows the log-probit segment slopes to Infinity.
const MIN_AMOUNT = 0.01;
const ANCHOR_KEYS: ReadonlySet<string> = new Set(["p", "amount", "censored"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Renders a path the way users write it: `anchors[2].amount`. */
function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(root)";
}

function checkShape(band: unknown, issues: PaybandsIssue[]): void {
  if (!isObject(band)) {
    issues.push({
      path: [],
      message: `a band must be an object { anchors: [{ p, amount, censored? }, ...] }; got ${describeValue(band)}`,
    });
    return;
  }
  for (const key in band) {
    if (key !== "anchors") {
      issues.push({ path: [key], message: `unknown key "${key}": a band has only "anchors"` });
    }
  }
  const anchors = band.anchors;
  if (!Array.isArray(anchors)) {
    issues.push({
      path: ["anchors"],
      message: `anchors must be an array of ${MIN_ANCHORS} to ${MAX_ANCHORS} anchors; got ${describeValue(anchors)}`,
    });
    return;
  }
  if (anchors.length < MIN_ANCHORS || anchors.length > MAX_ANCHORS) {
    issues.push({
      path: ["anchors"],
      message: `a band needs ${MIN_ANCHORS} to ${MAX_ANCHORS} anchors; got ${anchors.length}`,
    });
  }
  for (let i = 0; i < anchors.length; i++) {
    const anchor: unknown = anchors[i];
    if (!isObject(anchor)) {
      issues.push({
        path: ["anchors", i],
        message: `an anchor must be an object { p, amount, censored? }; got ${describeValue(anchor)}`,
      });
      continue;
    }
    for (const key in anchor) {
      if (!ANCHOR_KEYS.has(key)) {
        issues.push({
          path: ["anchors", i, key],
          message: `unknown key "${key}": an anchor has only "p", "amount" and "censored"`,
        });
      }
    }
    const p = anchor.p;
    // Anchors live in [p1, p99] (DESIGN: surveys publish p10..p90; p1 and p99 are the
    // outer limit). Closer to 0 or 100 the probit of p/100 overflows to ±Infinity.
    if (!isNumber(p) || !(p >= 1) || !(p <= 99)) {
      issues.push({
        path: ["anchors", i, "p"],
        message: `an anchor's p must be a finite number from 1 to 99; got ${describeValue(p)}`,
      });
    }
    const amount = anchor.amount;
    if (!isNumber(amount) || !(amount >= MIN_AMOUNT) || !(amount <= MAX_AMOUNT)) {
      issues.push({
        path: ["anchors", i, "amount"],
        message: `amount must be a finite number >= ${MIN_AMOUNT} and <= ${MAX_AMOUNT}; got ${describeValue(amount)}`,
      });
    }
    const censored = anchor.censored;
    if (censored !== undefined && typeof censored !== "boolean") {
      issues.push({
        path: ["anchors", i, "censored"],
        message: `censored must be true, false or absent; got ${describeValue(censored)}`,
      });
    }
  }
}

function checkOrder(anchors: readonly ValidAnchor[], issues: PaybandsIssue[]): void {
  let seenCensored = false;
  anchors.forEach((anchor, i) => {
    if (anchor.censored) seenCensored = true;
    else if (seenCensored) {
      issues.push({
        path: ["anchors", i, "censored"],
        message: "an uncensored anchor cannot follow a censored one (only the top is top-coded)",
      });
    }
    const prev = anchors[i - 1];
    if (prev === undefined) return;
    if (anchor.p <= prev.p) {
      issues.push({
        path: ["anchors", i, "p"],
        message: `anchor percentiles must strictly increase: p${anchor.p} follows p${prev.p}`,
      });
    }
    const bothCensored = anchor.censored && prev.censored;
    const ordered = bothCensored ? anchor.amount === prev.amount : anchor.amount > prev.amount;
    if (!ordered) {
      issues.push({
        path: ["anchors", i, "amount"],
        message: bothCensored
          ? "censored anchors share one top-code amount"
          : `anchor amounts must strictly increase: ${anchor.amount} at p${anchor.p} is not above ${prev.amount} at p${prev.p}`,
      });
    }
  });
  if (anchors.filter((a) => !a.censored).length < 2) {
    issues.push({ path: ["anchors"], message: "a band needs at least two uncensored anchors" });
  }
}

/**
 * Validates a percentile band by exactly the rules of `PercentileBandSchema` and returns
 * a private copy. Throws `INVALID_BAND` with the path of the first problem and every
 * problem in `issues`.
 */
export function validateBand(band: unknown): ValidBand {
  const issues: PaybandsIssue[] = [];
  checkShape(band, issues);
  if (issues.length === 0) {
    const raw = (band as PercentileBand).anchors;
    const anchors = raw.map((a) => ({ p: a.p, amount: a.amount, censored: a.censored === true }));
    checkOrder(anchors, issues);
    if (issues.length === 0) {
      return { anchors, uncensored: anchors.filter((a) => !a.censored).length };
    }
  }
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue(s))` : "";
  throw new PaybandsError(
    "INVALID_BAND",
    `Invalid band at ${formatPath(first.path)}: ${first.message}${more}`,
    { path: first.path, issues },
  );
}
