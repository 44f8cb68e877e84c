// @ts-check
/**
 * A typedoc plugin for zod schema constants: `LevelSchema` is documented as a
 * `ZodObject`, not as its whole inferred shape. Without it typedoc prints (and asks a
 * comment for) every property of every nested schema type argument. The model types
 * (`Level`, `Metro`, ...) document the fields instead.
 *
 * Also drops the "= IdSchema" initialisers typedoc shows on interface properties that
 * come from a schema's shape (an interface property has no default value).
 *
 * And the members of `BoundFunctions` / `Paybands` (paybands/schemas), typed from the
 * root entry's functions (`typeof bound[K]`), take the doc comment of the root entry's
 * function of the same name (its summary: the examples stay on the function's page).
 *
 * Loaded by typedoc.json "plugin".
 */
import { Comment, Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").SomeType | undefined} type */
function isZodReference(type) {
  return type?.type === "reference" && (type.package === "zod" || /^Zod[A-Z]/.test(type.name));
}

/**
 * Every reflection declared inside a type (object literals in type arguments).
 * @param {import("typedoc").SomeType | undefined} type
 * @param {import("typedoc").DeclarationReflection[]} out
 */
function collectDeclarations(type, out) {
  if (!type || typeof type !== "object") return;
  if (type.type === "reflection") {
    out.push(type.declaration);
    return;
  }
  for (const value of Object.values(type)) {
    if (Array.isArray(value)) for (const v of value) collectDeclarations(v, out);
    else if (value && typeof value === "object" && "type" in value) collectDeclarations(value, out);
  }
}

/**
 * Drops the type arguments of a zod type and the reflections they declared.
 * @param {import("typedoc").ProjectReflection} project
 * @param {import("typedoc").SomeType | undefined} type
 */
function simplify(project, type) {
  if (!isZodReference(type) || type?.type !== "reference") return;
  /** @type {import("typedoc").DeclarationReflection[]} */
  const declared = [];
  for (const arg of type.typeArguments ?? []) collectDeclarations(arg, declared);
  for (const d of declared) project.removeReflection(d);
  type.typeArguments = undefined;
}

/** Interfaces whose members are the root entry's functions, documented there. */
const BOUND_INTERFACES = new Set(["BoundFunctions", "Paybands"]);

/** @param {import("typedoc").ProjectReflection} project */
function copyBoundDocs(project) {
  for (const iface of project.getReflectionsByKind(ReflectionKind.Interface)) {
    if (!BOUND_INTERFACES.has(iface.name)) continue;
    for (const member of /** @type {any} */ (iface).children ?? []) {
      if (member.comment) continue;
      const fn = /** @type {any} */ (project.getChildByName(["paybands", member.name]));
      const comment = fn?.signatures?.[0]?.comment;
      if (comment) member.comment = new Comment(Comment.cloneDisplayParts(comment.summary));
    }
  }
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    copyBoundDocs(project);
    for (const refl of project.getReflectionsByKind(ReflectionKind.Variable)) {
      if ("type" in refl) simplify(project, /** @type {any} */ (refl).type);
    }
    for (const refl of project.getReflectionsByKind(ReflectionKind.CallSignature)) {
      if ("type" in refl) simplify(project, /** @type {any} */ (refl).type);
    }
    for (const refl of project.getReflectionsByKind(ReflectionKind.Property)) {
      const decl = /** @type {import("typedoc").DeclarationReflection} */ (refl);
      if (
        decl.parent?.kindOf(ReflectionKind.Interface) ||
        decl.parent?.kindOf(ReflectionKind.TypeLiteral)
      ) {
        decl.defaultValue = undefined;
      }
    }
  });
}
