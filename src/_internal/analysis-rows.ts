import type {
  AnchorRow,
  LevelRow,
  LeverRow,
  MetroRow,
  PremiumRow,
  RowKind,
} from "../analysis/types.js";
import { getMetro } from "../core/lookup/get-metro.js";
import { multiplyMoney } from "../core/money/multiply-money.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Effect } from "../schemas/effect.js";
import type { Level } from "../schemas/level.js";
import type { Metro } from "../schemas/metro.js";

/**
 * `1 + premium` as an exact decimal string: premiums have at most four decimals, so the
 * sum is computed in basis points (1 + 0.07 in floats is not 1.07).
 */
export function metroFactor(premium: number): string {
  return String((10000 + Math.round(premium * 10000)) / 10000);
}

/** An amount in a metro: × (1 + premium), rounded half-even to the dollar. */
export function inMetro(amount: number, metro: Metro): number {
  return metro.premium === 0 ? amount : multiplyMoney(amount, metroFactor(metro.premium));
}

/** The metros asked for (ids or aliases), or the dataset's baseline. */
export function resolveMetros(dataset: Dataset, keys: readonly string[] | undefined): Metro[] {
  if (keys === undefined) return [getMetro(dataset, dataset.baselineMetro)];
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `metros must be a non-empty array of metro ids; valid: ${dataset.metros.map((m) => m.id).join(", ")}`,
      { path: ["metros"], validChoices: dataset.metros.map((m) => m.id) },
    );
  }
  const seen = new Set<string>();
  const metros: Metro[] = [];
  keys.forEach((key, i) => {
    let metro: Metro;
    try {
      metro = getMetro(dataset, key);
    } catch (e) {
      if (e instanceof PaybandsError) {
        throw new PaybandsError(e.code, e.message, {
          path: ["metros", i],
          validChoices: e.validChoices,
        });
      }
      throw e;
    }
    if (!seen.has(metro.id)) metros.push(metro);
    seen.add(metro.id);
  });
  return metros;
}

/** Every anchor percentile of the dataset's level bands, ascending. */
export function anchorPercentiles(dataset: Dataset): number[] {
  const ps = new Set<number>();
  for (const level of dataset.levels) for (const a of level.base.anchors) ps.add(a.p);
  return [...ps].sort((a, b) => a - b);
}

/** Levels in ladder order (rank ascending). */
export function levelsByRank(dataset: Dataset): Level[] {
  return [...dataset.levels].sort((a, b) => a.rank - b.rank);
}

function tcMultiplier(level: Level): number {
  const median = level.base.anchors.find((a) => a.p === 50);
  return median === undefined ? Number.NaN : level.estimatedTotalComp.amount / median.amount;
}

function levelRows(dataset: Dataset, metros: readonly Metro[]): LevelRow[] {
  const ps = anchorPercentiles(dataset);
  const rows: LevelRow[] = [];
  for (const metro of metros) {
    for (const level of levelsByRank(dataset)) {
      const anchors: Record<`p${number}`, number | null> = {};
      for (const p of ps) {
        const anchor = level.base.anchors.find((a) => a.p === p);
        anchors[`p${p}`] = anchor === undefined ? null : inMetro(anchor.amount, metro);
      }
      rows.push({
        dataset: dataset.id,
        version: dataset.version,
        level: level.id,
        name: level.name,
        rank: level.rank,
        yearsLow: level.years[0],
        yearsHigh: level.years[1],
        metro: metro.id,
        metroName: metro.name,
        premium: metro.premium,
        currency: dataset.currency,
        ...anchors,
        estimatedTotalComp: inMetro(level.estimatedTotalComp.amount, metro),
        tcMultiplier: tcMultiplier(level),
      });
    }
  }
  return rows;
}

function anchorRows(dataset: Dataset, metros: readonly Metro[]): AnchorRow[] {
  const rows: AnchorRow[] = [];
  for (const metro of metros) {
    for (const level of levelsByRank(dataset)) {
      for (const anchor of level.base.anchors) {
        rows.push({
          dataset: dataset.id,
          version: dataset.version,
          level: level.id,
          name: level.name,
          rank: level.rank,
          metro: metro.id,
          metroName: metro.name,
          premium: metro.premium,
          p: anchor.p,
          amount: inMetro(anchor.amount, metro),
          censored: anchor.censored === true,
        });
      }
    }
  }
  return rows;
}

function metroRows(dataset: Dataset): MetroRow[] {
  return dataset.metros.map((m) => ({
    dataset: dataset.id,
    version: dataset.version,
    metro: m.id,
    name: m.name,
    premium: m.premium,
    factor: Number(metroFactor(m.premium)),
    aliases: m.aliases.join(" "),
    baseline: m.id === dataset.baselineMetro,
    noStateIncomeTax: m.noStateIncomeTax ?? null,
  }));
}

/** An effect as `low`, `high`, `unit` and `basis` columns. */
export function effectColumns(effect: Effect): Pick<LeverRow, "low" | "high" | "unit" | "basis"> {
  switch (effect.kind) {
    case "amount":
      return {
        low: effect.amount[0],
        high: effect.amount[1],
        unit: "money",
        basis: effect.basis,
      };
    case "percent":
      return {
        low: effect.fraction[0],
        high: effect.fraction[1],
        unit: "fraction",
        basis: effect.basis,
      };
    case "fraction-of-forfeit":
      return {
        low: effect.fraction[0],
        high: effect.fraction[1],
        unit: "fraction",
        basis: "forfeit",
      };
    default:
      return { low: null, high: null, unit: null, basis: null };
  }
}

function leverRows(dataset: Dataset): LeverRow[] {
  return [...dataset.levers]
    .sort((a, b) => a.rank - b.rank)
    .map((l) => ({
      dataset: dataset.id,
      version: dataset.version,
      lever: l.id,
      name: l.name,
      rank: l.rank,
      effectiveness: l.effectiveness,
      effect: l.effect.kind,
      ...effectColumns(l.effect),
    }));
}

function premiumRows(dataset: Dataset): PremiumRow[] {
  return dataset.premiums.map((p) => ({
    dataset: dataset.id,
    version: dataset.version,
    premium: p.id,
    name: p.name,
    levels: p.levels.join(" "),
    effect: p.effect.kind,
    ...effectColumns(p.effect),
  }));
}

const DATASET_KINDS = ["levels", "anchors", "metros", "levers", "premiums"] as const;

/** The rows of a dataset of the kind asked for. */
export function datasetRows(
  dataset: Dataset,
  kind: RowKind | undefined,
  metroKeys: readonly string[] | undefined,
): object[] {
  switch (kind ?? "levels") {
    case "levels":
      return levelRows(dataset, resolveMetros(dataset, metroKeys));
    case "anchors":
      return anchorRows(dataset, resolveMetros(dataset, metroKeys));
    case "metros":
      return metroRows(dataset);
    case "levers":
      return leverRows(dataset);
    case "premiums":
      return premiumRows(dataset);
    default:
      throw new PaybandsError(
        "INVALID_OPTION",
        `kind must be one of ${DATASET_KINDS.map((k) => `"${k}"`).join(", ")} for a dataset; got ${typeof kind === "string" ? JSON.stringify(kind) : typeof kind}`,
        { path: ["kind"], validChoices: DATASET_KINDS },
      );
  }
}
