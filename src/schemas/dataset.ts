import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema } from "./common.js";
import { type Headline, HeadlineSchema } from "./headline.js";
import { type LateralMove, LateralMoveSchema } from "./lateral-move.js";
import { type Level, LevelSchema } from "./level.js";
import { type Lever, LeverSchema } from "./lever.js";
import { type Metro, MetroSchema } from "./metro.js";
import { type Note, NoteSchema } from "./note.js";
import { type Premium, PremiumSchema } from "./premium.js";
import { type ProgressionStep, ProgressionStepSchema } from "./progression-step.js";
import { type Role, RoleSchema } from "./role.js";
import { type Source, SourceSchema } from "./source.js";

/**
 * The dataset format version this release of paybands reads. A shape change bumps it
 * (and the dataset's major version); see docs/data.md.
 *
 * @example
 * ```ts
 * import { DATASET_SCHEMA_VERSION } from "paybands/schemas";
 * DATASET_SCHEMA_VERSION;
 * //=> 1
 * ```
 *
 * @category Schemas
 */
export const DATASET_SCHEMA_VERSION = 1;

/**
 * A dataset version: `year.release.patch`, e.g. `2026.1.0`.
 *
 * @example
 * ```ts
 * import { DatasetVersionSchema } from "paybands/schemas";
 * [DatasetVersionSchema.safeParse("2026.1.0").success, DatasetVersionSchema.safeParse("1.0").success];
 * //=> [true, false]
 * ```
 *
 * @category Schemas
 */
export const DatasetVersionSchema = z
  .string()
  .regex(/^(19|20)\d{2}\.(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/, {
    error: "version must be year.release.patch, e.g. 2026.1.0",
  });

const IsoDateSchema = z.iso.date({ error: "must be an ISO date (YYYY-MM-DD)" });

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

/** Ids must be unique and no alias may shadow another entry's id or alias. */
function checkNamespace(
  ctx: Ctx,
  what: string,
  entries: { path: Path; id: string; aliases: readonly string[] }[],
): void {
  const owner = new Map<string, string>();
  const claim = (name: string, id: string, path: Path) => {
    const previous = owner.get(name);
    if (previous !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `${what} id or alias '${name}' is already used by '${previous}'`,
        path,
      });
    } else owner.set(name, id);
  };
  // Ids first, then aliases: a clash between an alias and an id is the alias's fault,
  // wherever the two entries sit in the list.
  for (const entry of entries) claim(entry.id, entry.id, [...entry.path, "id"]);
  for (const entry of entries) {
    entry.aliases.forEach((alias, i) => {
      claim(alias, entry.id, [...entry.path, "aliases", i]);
    });
  }
}

function checkRef(ctx: Ctx, valid: ReadonlySet<string>, what: string, value: string, path: Path) {
  if (!valid.has(value)) {
    ctx.addIssue({
      code: "custom",
      message: `unknown ${what} '${value}'; valid: ${[...valid].join(", ")}`,
      path,
    });
  }
}

function checkUnique(ctx: Ctx, what: string, values: { value: number; path: Path }[]) {
  const seen = new Set<number>();
  for (const { value, path } of values) {
    if (seen.has(value)) {
      ctx.addIssue({ code: "custom", message: `duplicate ${what} ${value}`, path });
    }
    seen.add(value);
  }
}

/**
 * A whole dataset: levels, metros, levers, premiums, the progression and the
 * provenance of every figure. The same rules apply to the embedded dataset and to a
 * user's own: unknown keys are rejected, ids are unique kebab-case, aliases never
 * shadow another entry, every reference (a step's levels, a premium's levels, every
 * `source`) resolves, and the baseline metro has a +0% premium.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import { DatasetSchema } from "paybands/schemas";
 * DatasetSchema.safeParse(getDataset()).success;
 * //=> true
 * ```
 *
 * @category Schemas
 */
export const DatasetSchema = z
  .strictObject({
    /** Kebab-case id of the dataset, e.g. `backend-developer`. */
    id: IdSchema,
    /** `year.release.patch`, e.g. `2026.1.0`; see docs/data.md for the versioning rule. */
    version: DatasetVersionSchema,
    /** The dataset format version; must be {@link DATASET_SCHEMA_VERSION}. */
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    /** Human-readable title. */
    title: NameSchema,
    /** What the dataset covers. */
    description: TextSchema,
    /** The date the figures describe, `YYYY-MM-DD`; staleness is measured from it (`datasetAge`). */
    effectiveDate: IsoDateSchema,
    /** ISO 4217 code of every money figure, e.g. `USD`. */
    currency: z.string().regex(/^[A-Z]{3}$/, { error: "must be an ISO 4217 code such as USD" }),
    /** ISO 3166 code of the country the figures describe, e.g. `US`. */
    country: z.string().regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166 code such as US" }),
    /** The metro whose premium is +0%: the reference all premiums are relative to. */
    baselineMetro: IdSchema,
    sources: z.array(SourceSchema).min(1).max(50),
    levels: z.array(LevelSchema).min(1).max(50),
    metros: z.array(MetroSchema).min(1).max(500),
    levers: z.array(LeverSchema).max(50),
    premiums: z.array(PremiumSchema).max(50),
    roles: z.array(RoleSchema).max(50),
    progression: z.array(ProgressionStepSchema).max(100),
    lateralMoves: z.array(LateralMoveSchema).max(50),
    headlines: z.array(HeadlineSchema).max(50),
    notes: z.array(NoteSchema).max(100),
  })
  .superRefine((ds, ctx) => {
    const ids = <T extends { id: string }>(list: readonly T[]) => new Set(list.map((x) => x.id));
    const sourceIds = ids(ds.sources);
    const levelIds = ids(ds.levels);
    const stepTargets = new Set([...levelIds, ...ids(ds.roles)]);

    checkNamespace(
      ctx,
      "source",
      ds.sources.map((s, i) => ({ path: ["sources", i], id: s.id, aliases: [] })),
    );
    const named = {
      levels: ds.levels,
      metros: ds.metros,
      levers: ds.levers,
      premiums: ds.premiums,
      lateralMoves: ds.lateralMoves,
    } as const;
    for (const [key, list] of Object.entries(named)) {
      checkNamespace(
        ctx,
        key,
        list.map((x, i) => ({ path: [key, i], id: x.id, aliases: x.aliases })),
      );
    }
    // Levels and roles share a namespace: progression steps refer to either.
    checkNamespace(ctx, "level or role", [
      ...ds.levels.map((x, i) => ({ path: ["levels", i], id: x.id, aliases: [] })),
      ...ds.roles.map((x, i) => ({ path: ["roles", i], id: x.id, aliases: x.aliases })),
    ]);
    for (const key of ["progression", "headlines", "notes"] as const) {
      checkNamespace(
        ctx,
        key,
        ds[key].map((x, i) => ({ path: [key, i], id: x.id, aliases: [] })),
      );
    }

    checkUnique(
      ctx,
      "level rank",
      ds.levels.map((l, i) => ({ value: l.rank, path: ["levels", i, "rank"] })),
    );
    checkUnique(
      ctx,
      "lever rank",
      ds.levers.map((l, i) => ({ value: l.rank, path: ["levers", i, "rank"] })),
    );
    checkUnique(
      ctx,
      "progression order",
      ds.progression.map((s, i) => ({ value: s.order, path: ["progression", i, "order"] })),
    );

    const baseline = ds.metros.find((m) => m.id === ds.baselineMetro);
    if (!baseline) checkRef(ctx, ids(ds.metros), "metro", ds.baselineMetro, ["baselineMetro"]);
    else if (baseline.premium !== 0) {
      ctx.addIssue({
        code: "custom",
        message: `the baseline metro '${baseline.id}' must have premium 0 (got ${baseline.premium})`,
        path: ["metros", ds.metros.indexOf(baseline), "premium"],
      });
    }

    // Every figure names its source, and every source it names exists.
    const source = (value: string, path: Path) => checkRef(ctx, sourceIds, "source", value, path);
    ds.sources.forEach((s, i) => {
      if (s.citedBy === s.id) {
        ctx.addIssue({
          code: "custom",
          message: `source '${s.id}' cannot cite itself`,
          path: ["sources", i, "citedBy"],
        });
      } else if (s.citedBy !== undefined) source(s.citedBy, ["sources", i, "citedBy"]);
    });
    for (const key of [
      "levels",
      "metros",
      "levers",
      "premiums",
      "roles",
      "progression",
      "lateralMoves",
      "headlines",
    ] as const) {
      ds[key].forEach((x, i) => {
        source(x.source, [key, i, "source"]);
      });
    }
    for (const key of ["levels", "metros"] as const) {
      ds[key].forEach((x, i) => {
        checkNamespace(
          ctx,
          `fact of '${x.id}'`,
          x.facts.map((f, j) => ({ path: [key, i, "facts", j], id: f.id, aliases: [] })),
        );
        x.facts.forEach((f, j) => {
          source(f.source, [key, i, "facts", j, "source"]);
        });
      });
    }

    ds.premiums.forEach((p, i) => {
      p.levels.forEach((l, j) => {
        checkRef(ctx, levelIds, "level", l, ["premiums", i, "levels", j]);
      });
    });
    ds.lateralMoves.forEach((m, i) => {
      m.levels.forEach((l, j) => {
        checkRef(ctx, levelIds, "level", l, ["lateralMoves", i, "levels", j]);
      });
    });
    ds.headlines.forEach((h, i) => {
      if (h.level !== undefined)
        checkRef(ctx, levelIds, "level", h.level, ["headlines", i, "level"]);
    });
    const starts = new Set<string>();
    ds.progression.forEach((s, i) => {
      if (s.from === s.to) {
        ctx.addIssue({
          code: "custom",
          message: `a step cannot go from '${s.to}' to itself`,
          path: ["progression", i, "to"],
        });
      }
      if (s.from === null) {
        if (starts.has(s.track)) {
          ctx.addIssue({
            code: "custom",
            message: `the ${s.track} track has two starting steps (from: null)`,
            path: ["progression", i, "from"],
          });
        }
        starts.add(s.track);
      }
      if (s.from !== null)
        checkRef(ctx, stepTargets, "level or role", s.from, ["progression", i, "from"]);
      checkRef(ctx, stepTargets, "level or role", s.to, ["progression", i, "to"]);
      if ((s.from === null) !== (s.raise === null)) {
        ctx.addIssue({
          code: "custom",
          message: "only the starting step (from: null) has no raise",
          path: ["progression", i, "raise"],
        });
      }
    });
  });

/**
 * A dataset, as validated by {@link DatasetSchema}.
 *
 * @example
 * ```ts
 * import { getDataset } from "paybands";
 * import type { Dataset } from "paybands/schemas";
 * const ds: Dataset = getDataset();
 * [ds.id, ds.version];
 * //=> ["backend-developer", "2026.1.0"]
 * ```
 *
 * @category Schemas
 */
export interface Dataset extends DeepReadonly<z.infer<typeof DatasetSchema>> {
  /** Where the figures come from: the guide transcribed and the sources it cites (1 to 50). */
  readonly sources: readonly Source[];
  /** The career levels, junior to staff in the embedded dataset (1 to 50). */
  readonly levels: readonly Level[];
  /** The metros with their premiums over the baseline (1 to 500). */
  readonly metros: readonly Metro[];
  /** The negotiation levers, ranked by the source (up to 50). */
  readonly levers: readonly Lever[];
  /** The skill premiums (up to 50). */
  readonly premiums: readonly Premium[];
  /** Roles off the level ladder that the progression reaches (up to 50). */
  readonly roles: readonly Role[];
  /** The career progression, step by step, on both tracks (up to 100). */
  readonly progression: readonly ProgressionStep[];
  /** Lateral moves out of the role (up to 50). */
  readonly lateralMoves: readonly LateralMove[];
  /** Headline figures printed above the source's tables (up to 50). */
  readonly headlines: readonly Headline[];
  /** Conflicts, assumptions and caveats of the transcription (up to 100). */
  readonly notes: readonly Note[];
}
