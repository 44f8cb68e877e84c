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
 */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(["guide", "government", "crowdsourced", "aggregator", "survey"]),
  publisher: NameSchema.optional(),
  period: NameSchema.optional(),
  /** The file or page the figures were transcribed from. */
  location: NameSchema.optional(),
  /** For a synthesised source: the id of the source that cites it. */
  citedBy: IdSchema.optional(),
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
 */
export type Source = DeepReadonly<z.infer<typeof SourceSchema>>;
