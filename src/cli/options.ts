import type { GeoPolicy } from "../core/geo/types.js";
import { PERCENTILE_METHODS, TAIL_POLICIES } from "../core/percentile/percentile-methods.js";
import type { PercentileMethod, TailPolicy } from "../core/percentile/types.js";
import { getDataset } from "../data/get-dataset.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Values } from "./context.js";
import { loadDataset } from "./files.js";
import { UsageError } from "./usage-error.js";

/** The options every command has. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
} as const;

/** --json and --csv. */
export const FORMAT_OPTIONS = {
  json: { type: "boolean" },
  csv: { type: "boolean" },
} as const;

/** --dataset FILE.json | id@version. */
export const DATASET_OPTION = {
  dataset: { type: "string" },
} as const;

export type Format = "table" | "json" | "csv";

/** The output format asked for: a table unless --json or --csv (not both). */
export function outputFormat(values: Values): Format {
  if (values.json === true && values.csv === true) {
    throw new UsageError("--json and --csv cannot be used together; choose one");
  }
  return values.json === true ? "json" : values.csv === true ? "csv" : "table";
}

/** A string option's value, or undefined. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** A repeatable string option's values. */
export function listOption(values: Values, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
}

/** A required string option; `choices` are named when it is missing. */
export function requiredOption(values: Values, name: string, choices: readonly string[]): string {
  const v = stringOption(values, name);
  if (v === undefined || v === "") {
    throw new UsageError(`missing --${name}; valid ${name}s: ${choices.join(", ")}`);
  }
  return v;
}

/** A number option: a finite decimal number, optionally an integer within bounds. */
export function numberOption(
  values: Values,
  name: string,
  rule: { integer?: boolean; min?: number; max?: number } = {},
): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const clean = text.replaceAll(",", "").replaceAll("_", "").trim();
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
  const range =
    rule.min !== undefined && rule.max !== undefined
      ? ` from ${rule.min} to ${rule.max}`
      : rule.min !== undefined
        ? ` >= ${rule.min}`
        : "";
  const kind = rule.integer ? "a whole number" : "a number";
  if (
    !Number.isFinite(value) ||
    (rule.integer === true && !Number.isInteger(value)) ||
    (rule.min !== undefined && value < rule.min) ||
    (rule.max !== undefined && value > rule.max)
  ) {
    throw new UsageError(`--${name} must be ${kind}${range}; got "${text}"`);
  }
  return value;
}

/** One of a fixed set of choices. */
export function choiceOption<T extends string>(
  values: Values,
  name: string,
  choices: readonly T[],
): T | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")}; got "${v}"`);
  }
  return v as T;
}

/** The dataset of --dataset (a file or id@version), else the default embedded one. */
export function datasetOption(values: Values): Dataset {
  const spec = stringOption(values, "dataset");
  return spec === undefined ? getDataset() : loadDataset(spec);
}

/** `backend-developer@2026.1.0`. */
export function datasetName(ds: { readonly id: string; readonly version: string }): string {
  return `${ds.id}@${ds.version}`;
}

/** Prints a value as indented JSON. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * --policy: `local`, `national`, `benchmark`, `benchmark=<metro>` or `elasticity=<0..1>`.
 */
export function policyOption(values: Values): GeoPolicy | undefined {
  const text = stringOption(values, "policy");
  if (text === undefined) return undefined;
  const [kind, arg] = text.split("=", 2) as [string, string | undefined];
  if ((kind === "local" || kind === "national") && arg === undefined) return kind;
  if (kind === "benchmark")
    return arg === undefined ? "benchmark" : { kind: "benchmark", metro: arg };
  if (kind === "elasticity" && arg !== undefined) {
    const e = Number(arg);
    if (arg.trim() !== "" && Number.isFinite(e) && e >= 0 && e <= 1)
      return { kind: "elasticity", elasticity: e };
    throw new UsageError(`--policy elasticity=<e> needs a number from 0 to 1; got "${arg}"`);
  }
  throw new UsageError(
    `--policy must be one of local, national, benchmark, benchmark=<metro>, elasticity=<0..1>; got "${text}"`,
  );
}

/** --method and --tail of the percentile engine. */
export const ENGINE_OPTIONS = {
  method: { type: "string" },
  tail: { type: "string" },
} as const;

/** The percentile method and tail policy asked for, checked against the valid choices. */
export function engineOptions(values: Values): { method?: PercentileMethod; tail?: TailPolicy } {
  const method = choiceOption(values, "method", PERCENTILE_METHODS);
  const tail = choiceOption(values, "tail", TAIL_POLICIES);
  return { ...(method === undefined ? {} : { method }), ...(tail === undefined ? {} : { tail }) };
}
