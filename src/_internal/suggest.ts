/** Optimal-string-alignment edit distance (Damerau–Levenshtein with adjacent swaps), capped. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] as number;
}

/**
 * The closest known name to a misspelt one ("seatle" → "seattle"), or undefined when
 * nothing is close: within 2 edits (1 for names of up to 4 letters), or a prefix.
 */
export function suggest(input: string, names: readonly string[]): string | undefined {
  if (input.length === 0) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const cap = input.length <= 4 ? 1 : 2;
  for (const name of names) {
    const d = name.startsWith(input) && input.length >= 3 ? 0.5 : editDistance(input, name, cap);
    if (d <= cap && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
