import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema } from "./common.js";

/**
 * Where figures come from: the guide a dataset transcribes, and the surveys the guide
 * says it synthesises.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "paybands/schemas";
 * SourceSchema.parse({
 *   id: "bls-oews",
 *   name: "BLS Occupational Employment and Wage Statistics",
 *   kind: "government",
 *   period: "May 2025",
 * }).kind;
 * //=> "government"
 * ```
 *
 * @category Schemas
 */
export const SourceSchema = z.strictObject({
  /** Kebab-case id, unique among the sources. */
  id: IdSchema,
  /** Full name of the source. */
  name: NameSchema,
  /** `guide`: the document transcribed; otherwise the kind of data the source is. */
  kind: z.enum(["guide", "government", "crowdsourced", "aggregator", "survey"]),
  /** Who publishes it. */
  publisher: NameSchema.optional(),
  /** The period the figures cover, as the source says (`May 2025`). */
  period: NameSchema.optional(),
  /** The file or page the figures were transcribed from. */
  location: NameSchema.optional(),
  /** For a synthesised source: the id of the source that cites it. */
  citedBy: IdSchema.optional(),
  /** What the source is and how the dataset uses it. */
  description: TextSchema.optional(),
});

/**
 * A source of figures, as validated by {@link SourceSchema}.
 *
 * @example
 * ```ts
 * import type { Source } from "paybands/schemas";
 * const s: Source = { id: "levels-fyi", name: "Levels.fyi", kind: "crowdsourced" };
 * s.kind;
 * //=> "crowdsourced"
 * ```
 *
 * @category Schemas
 */
export interface Source extends DeepReadonly<z.infer<typeof SourceSchema>> {}
