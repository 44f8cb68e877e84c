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
 * Loaded by typedoc.json "plugin".
 */
import { Converter, ReflectionKind } from "typedoc";

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

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
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
