import * as z from "zod";
import type { DeepReadonly } from "../_internal/deep-readonly.js";
import { IdSchema, NameSchema, TextSchema } from "./common.js";

/**
 * A note on the dataset as a whole: a conflict in the source and how it was resolved,
 * an assumption made in transcription, or a caveat the source gives.
 *
 * @example
 * ```ts
 * import { NoteSchema } from "paybands/schemas";
 * NoteSchema.parse({
 *   id: "effective-date",
 *   kind: "assumption",
 *   text: "The guide is dated only by its year.",
 *   refs: ["effectiveDate"],
 * }).kind;
 * //=> "assumption"
 * ```
 *
 * @category Schemas
 */
export const NoteSchema = z.strictObject({
  /** Kebab-case id, unique among the notes. */
  id: IdSchema,
  /** `conflict`: the source contradicts itself and the note says which figure wins; `assumption`: a choice made in transcription; `caveat`: a limit the source states. */
  kind: z.enum(["conflict", "assumption", "caveat"]),
  /** The note in words. */
  text: TextSchema,
  /** Dotted paths of the fields the note is about (`headlines.senior-ceiling`). */
  refs: z.array(NameSchema).max(20),
});

/**
 * A dataset note, as validated by {@link NoteSchema}.
 *
 * @example
 * ```ts
 * import type { Note } from "paybands/schemas";
 * const n: Pick<Note, "kind"> = { kind: "conflict" };
 * n.kind;
 * //=> "conflict"
 * ```
 *
 * @category Schemas
 */
export interface Note extends DeepReadonly<z.infer<typeof NoteSchema>> {}
