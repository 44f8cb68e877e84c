/**
 * What a browser bundle of each entry pulls in, built with esbuild (minified, tree-shaken,
 * zod left external as the peer it is): the core entry must not import zod at all, and
 * neither must the root entry (validation of user data lives in paybands/schemas).
 */
import { build } from "esbuild";
import { describe, expect, test } from "vitest";

async function bundle(entry: string): Promise<{ code: string; imports: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    external: ["zod"],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const imports = Object.values(result.metafile.outputs).flatMap((o) =>
    o.imports.map((i) => i.path),
  );
  return { code, imports };
}

describe("entry bundles", () => {
  test.each(["src/core/index.ts", "src/index.ts"])("%s does not import zod", async (entry) => {
    const { imports, code } = await bundle(entry);
    expect(imports).not.toContain("zod");
    expect(code).not.toMatch(/from\s*"zod"/);
  });

  test("the schemas entry does (the control: the check above can fail)", async () => {
    expect((await bundle("src/schemas/index.ts")).imports).toContain("zod");
  });

  test("no entry but the CLI needs a Node built-in", async () => {
    for (const entry of ["src/index.ts", "src/core/index.ts", "src/schemas/index.ts"]) {
      const { imports } = await bundle(entry);
      expect(
        imports.filter((i) => i.startsWith("node:") || ["fs", "path", "util"].includes(i)),
      ).toEqual([]);
    }
  });
});
