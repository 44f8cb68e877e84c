// Plain-text formatting for explanations (no Intl, so results are the same everywhere).

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "$224,735", or "$224,734.53" for a non-whole amount (two decimals). */
export function formatMoneyText(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const a = Math.abs(amount);
  if (Number.isInteger(a)) return `${sign}$${a >= 1e21 ? a.toExponential(3) : group(a.toFixed(0))}`;
  const fixed = a.toFixed(2);
  const [whole, cents] = fixed.split(".");
  return `${sign}$${group(whole ?? "0")}.${cents ?? "00"}`;
}

/**
 * A percentile without its "p": whole numbers as they are, others with two decimals
 * (more when needed to stay off 0 and 100), trailing zeros dropped: "60", "33.3",
 * "63.49", "99.9999".
 */
export function formatPercentileNumber(p: number): string {
  if (Number.isInteger(p)) return String(p);
  for (let d = 2; d <= 20; d++) {
    const s = p.toFixed(d);
    const n = Number(s);
    if (n > 0 && n < 100) return s.replace(/\.?0+$/, "");
  }
  return p.toPrecision(3);
}

/** "p60", "p33.3". */
export function formatPercentileText(p: number): string {
  return `p${formatPercentileNumber(p)}`;
}
