import type { Decimal } from "decimal.js";
import { getMetro } from "../core/lookup/get-metro.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Metro } from "../schemas/metro.js";
import { Dec, describeValue } from "./decimal.js";
import { atPath } from "./options.js";
import type { Tracer } from "./tracer.js";

const POLICIES = ["local", "national", "benchmark", "elasticity", "zones"] as const;
type PolicyKind = (typeof POLICIES)[number];

/** A validated pay policy: the factor over the baseline it pays in a metro, traced. */
export interface ResolvedPolicy {
  readonly kind: PolicyKind;
  /**
   * Names the policy when its factor in a metro depends on the dataset and the metro
   * alone (`local`, `national` and `benchmark` without a floor), so callers may keep the
   * factor per dataset and metro; undefined for policies with caller-given numbers.
   */
  readonly cacheKey: string | undefined;
  /** Records and returns the factor over the baseline this policy pays in `metro`. */
  factor(metro: Metro, tracer: Tracer, key: string): Decimal;
}

function plausibleFraction(
  value: unknown,
  name: string,
  path: (string | number)[],
  min: number,
  max: number,
): Decimal {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `${name} must be a number from ${min} to ${max}; got ${describeValue(value)}`,
      { path },
    );
  }
  return new Dec(value);
}

/** The highest-premium metro: the guide's benchmark ("at or above SF"). */
function defaultBenchmark(dataset: Dataset): Metro {
  return dataset.metros.reduce((best, m) => (m.premium > best.premium ? m : best));
}

/** Validates a GeoPolicy option (and an optional floor) against a dataset. */
export function resolvePolicy(dataset: Dataset, policy: unknown, floor: unknown): ResolvedPolicy {
  const spec: { kind?: unknown } =
    policy === undefined
      ? { kind: "local" }
      : typeof policy === "string"
        ? { kind: policy }
        : typeof policy === "object" && policy !== null && !Array.isArray(policy)
          ? (policy as { kind?: unknown })
          : { kind: policy };
  const kind = spec.kind;
  if (typeof kind !== "string" || !(POLICIES as readonly string[]).includes(kind)) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `policy must be one of ${POLICIES.map((p) => `"${p}"`).join(", ")} (or { kind, ... }); got ${describeValue(kind)}`,
      { path: ["policy"], validChoices: [...POLICIES] },
    );
  }
  const floorFactor =
    floor === undefined
      ? undefined
      : plausibleFraction(floor, "floor (lowest factor over the baseline)", ["floor"], 0.5, 3);

  let raw: (metro: Metro, tracer: Tracer, key: string) => Decimal;
  let cacheKey: string | undefined;
  const premiumOf = (m: Metro, tracer: Tracer, key: string) =>
    tracer.given(`${key}.premium`, `premium of ${m.id}`, m.premium, `metros.${m.id}.premium`);
  const one = new Dec(1);

  switch (kind as PolicyKind) {
    case "local":
      cacheKey = "local";
      raw = (m, t, key) =>
        t.add(key, `pay factor in ${m.id} (local)`, "1 + premium", one, premiumOf(m, t, key));
      break;
    case "national":
      cacheKey = "national";
      raw = (m, t, key) =>
        t.given(key, `pay factor in ${m.id} (national: baseline everywhere)`, 1, "policy");
      break;
    case "benchmark": {
      const key = (spec as { metro?: unknown }).metro;
      const bench =
        key === undefined
          ? defaultBenchmark(dataset)
          : resolveMetroOption(dataset, key, ["policy", "metro"]);
      cacheKey = `benchmark ${bench.id}`;
      raw = (m, t, k) =>
        t.add(
          k,
          `pay factor in ${m.id} (benchmark: ${bench.id} everywhere)`,
          "1 + benchmark premium",
          one,
          premiumOf(bench, t, k),
        );
      break;
    }
    case "elasticity": {
      const e = plausibleFraction(
        (spec as { elasticity?: unknown }).elasticity,
        "policy.elasticity",
        ["policy", "elasticity"],
        0,
        1,
      );
      raw = (m, t, key) => {
        const elasticity = t.given(`${key}.elasticity`, "elasticity", e, "policy.elasticity");
        const share = t.multiply(
          `${key}.share`,
          `premium share paid in ${m.id}`,
          "elasticity × premium",
          elasticity,
          premiumOf(m, t, key),
        );
        return t.add(
          key,
          `pay factor in ${m.id} (elasticity ${e.toString()})`,
          "1 + elasticity × premium",
          one,
          share,
        );
      };
      break;
    }
    case "zones":
      raw = zoneFactor(dataset, spec as { zones?: unknown; fallback?: unknown });
      break;
  }
  return {
    kind: kind as PolicyKind,
    cacheKey: floorFactor === undefined ? cacheKey : undefined,
    factor(metro, tracer, key) {
      const f = raw(metro, tracer, key);
      if (floorFactor === undefined) return f;
      const floorD = tracer.given(`${key}.floor`, "floor", floorFactor, "input");
      return tracer.max(
        `${key}.floored`,
        `pay factor in ${metro.id} after the floor`,
        "factor, floor",
        [f, floorD],
      );
    },
  };
}

function resolveMetroOption(dataset: Dataset, key: unknown, path: (string | number)[]): Metro {
  return atPath(path, () => getMetro(dataset, key as string));
}

function zoneFactor(dataset: Dataset, spec: { zones?: unknown; fallback?: unknown }) {
  const zones = spec.zones;
  if (!Array.isArray(zones) || zones.length === 0 || zones.length > 50) {
    throw new PaybandsError(
      "INVALID_OPTION",
      "policy.zones must be a non-empty array (at most 50) of { id, premium, metros }",
      {
        path: ["policy", "zones"],
      },
    );
  }
  const byMetro = new Map<string, { id: string; premium: Decimal }>();
  const byId = new Map<string, { id: string; premium: Decimal }>();
  zones.forEach((z: unknown, i) => {
    const zone = (typeof z === "object" && z !== null ? z : {}) as {
      id?: unknown;
      premium?: unknown;
      metros?: unknown;
    };
    if (typeof zone.id !== "string" || zone.id.length === 0 || byId.has(zone.id)) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `policy.zones[${i}].id must be a unique non-empty string`,
        {
          path: ["policy", "zones", i, "id"],
        },
      );
    }
    const entry = {
      id: zone.id,
      premium: plausibleFraction(
        zone.premium,
        `policy.zones[${i}].premium`,
        ["policy", "zones", i, "premium"],
        -0.5,
        2,
      ),
    };
    byId.set(zone.id, entry);
    if (!Array.isArray(zone.metros)) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `policy.zones[${i}].metros must be an array of metro ids`,
        {
          path: ["policy", "zones", i, "metros"],
        },
      );
    }
    zone.metros.forEach((mk: unknown, j: number) => {
      const m = resolveMetroOption(dataset, mk, ["policy", "zones", i, "metros", j]);
      if (byMetro.has(m.id)) {
        throw new PaybandsError("INVALID_OPTION", `metro "${m.id}" is in two zones`, {
          path: ["policy", "zones", i, "metros", j],
        });
      }
      byMetro.set(m.id, entry);
    });
  });
  const fallback = spec.fallback === undefined ? undefined : byId.get(spec.fallback as string);
  if (spec.fallback !== undefined && fallback === undefined) {
    throw new PaybandsError(
      "INVALID_OPTION",
      `policy.fallback must be one of the zone ids: ${[...byId.keys()].join(", ")}`,
      {
        path: ["policy", "fallback"],
        validChoices: [...byId.keys()],
      },
    );
  }
  return (m: Metro, t: Tracer, key: string) => {
    const zone = byMetro.get(m.id) ?? fallback;
    if (zone === undefined) {
      throw new PaybandsError(
        "INVALID_OPTION",
        `metro "${m.id}" is in no pay zone and policy.fallback is not set; zones: ${[...byId.keys()].join(", ")}`,
        { path: ["policy", "zones"], validChoices: [...byId.keys()] },
      );
    }
    const premium = t.given(
      `${key}.premium`,
      `premium of zone ${zone.id}`,
      zone.premium,
      "policy.zones",
    );
    return t.add(
      key,
      `pay factor in ${m.id} (zone ${zone.id})`,
      "1 + zone premium",
      new Dec(1),
      premium,
    );
  };
}
