const cache = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact}`;
  let f = cache.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: compact ? 1 : 0,
        ...(compact ? { notation: "compact" as const } : {}),
      });
    } catch {
      f = new Intl.NumberFormat("en-US", { maximumFractionDigits: compact ? 1 : 0 });
    }
    cache.set(key, f);
  }
  return f;
}

/** `$205,000` (whole units, thousands separators). */
export function formatAmount(amount: number, currency: string): string {
  return formatter(currency, false).format(amount);
}

/** `$205K`, `$1.2M` — for axis ticks. */
export function formatCompact(amount: number, currency: string): string {
  return formatter(currency, true).format(amount);
}
