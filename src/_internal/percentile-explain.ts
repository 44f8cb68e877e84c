import type { PercentileMethod, PercentileSegment } from "../core/percentile/types.js";
import type { RoundRule } from "./money-rounding.js";
import type { Prepared, Source } from "./percentile-engine.js";
import { formatMoneyText as money, formatPercentileText as pt } from "./percentile-format.js";

// One-line explanations of values and ranks, for people.

function at(point: { p: number; amount: number }): string {
  return `${pt(point.p)} (${money(point.amount)})`;
}

function how(source: Source, method: PercentileMethod): string {
  switch (source.kind) {
    case "anchor":
      return `the ${pt(source.anchor.p)} anchor`;
    case "between":
      return `${method} between ${at(source.from)} and ${at(source.to)}`;
    case "topcoded":
      return `between the censored anchors ${pt(source.from.p)} and ${pt(source.to.p)}, known only to be at least the top-code ${money(source.from.amount)}`;
    case "tail": {
      const [a, b] = source.via;
      const end = source.side === "above" ? "top" : "bottom";
      if (source.rule === "clamp") return `clamped to the ${end} anchor ${at(source.anchor)}`;
      if (source.rule === "pareto") {
        return `Pareto tail above ${at(source.anchor)}, alpha ${(source.alpha ?? 0).toFixed(3)} fitted to ${pt(a.p)} and ${pt(b.p)}`;
      }
      const start = `${method} tail ${source.side} ${at(source.anchor)}`;
      if (method === "log-probit") {
        return `${start}, continuing the ${pt(a.p)}–${pt(b.p)} segment (a log-normal tail)`;
      }
      if (method === "linear") {
        return `${start}, continuing the straight line through ${pt(a.p)} and ${pt(b.p)}`;
      }
      return `${start}, a straight line with the curve's end slope`;
    }
  }
}

function censoring(prep: Prepared): string {
  const c = prep.censored[0];
  return c ? `the band is top-coded at ${money(c.amount)} from ${pt(c.p)}` : "";
}

function roundingNote(rule: RoundRule): string {
  if (rule === "none" || (rule.step === 1 && rule.mode === "half-even")) return "";
  return ` (rounded ${rule.mode} to ${money(rule.step)})`;
}

/** "p60 = $222,514: log-probit between p50 ($205,000) and p75 ($255,000)". */
export function explainValue(
  prep: Prepared,
  p: number,
  value: number,
  source: Source,
  bound: boolean,
  rule: RoundRule,
): string {
  const head = `${pt(p)} ${bound ? "≥" : "="} ${money(value)}${roundingNote(rule)}`;
  const tailNote = bound ? `; a lower bound, as ${censoring(prep)}` : "";
  return `${head}: ${how(source, prep.method)}${tailNote}`;
}

/** "$231,000 is p64.39: log-probit between p50 ($205,000) and p75 ($255,000)". */
export function explainRank(
  prep: Prepared,
  amount: number,
  rank: number,
  source: Source,
  bound: boolean,
): string {
  const head = `${money(amount)} is ${bound ? "at most " : ""}${pt(rank)}`;
  const tailNote = bound ? `; an upper bound, as ${censoring(prep)}` : "";
  return `${head}: ${how(source, prep.method)}${tailNote}`;
}

/** The public segment of a source: the two anchors around it, or the tail and its end anchor. */
export function segmentOf(source: Source): PercentileSegment {
  if (source.kind === "tail") {
    return { tail: source.side, anchor: { p: source.anchor.p, amount: source.anchor.amount } };
  }
  return {
    from: { p: source.from.p, amount: source.from.amount },
    to: { p: source.to.p, amount: source.to.amount },
  };
}
