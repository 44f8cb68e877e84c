import { readFileSync, statSync } from "node:fs";
import { getDataset } from "../data/get-dataset.js";
import { isPaybandsError } from "../errors/is-paybands-error.js";
import type { PathSegment } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import { safeParseDataset } from "../schemas/safe-parse-dataset.js";
import { FileError, UsageError } from "./usage-error.js";

/** `levels[0].base.anchors[1].amount`: a path as people write it. */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((seg, i) =>
      typeof seg === "number"
        ? `[${seg}]`
        : i === 0
          ? seg
          : /^[A-Za-z_$][\w$]*$/.test(seg)
            ? `.${seg}`
            : `[${JSON.stringify(seg)}]`,
    )
    .join("");
}

/** Line and column of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line} column ${column}`;
}

/** Reads and parses a JSON file: a missing file is a usage error (2), bad JSON a file error (1). */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    if (statSync(file).isDirectory())
      throw new UsageError(`${file} is a directory, not a JSON file`);
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as { code?: string }).code;
    throw new UsageError(
      code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at?.[1] === undefined ? "" : ` (${lineColumn(text, Number(at[1]))})`;
    throw new FileError(`${file}: malformed JSON${where}: ${message}`);
  }
}

/** Validates a dataset read from a file; an invalid one is a file error naming the bad field. */
export function parseDatasetFile(file: string, value: unknown): Dataset {
  const result = safeParseDataset(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`);
  throw new FileError(
    `${file}: invalid dataset at ${formatPath(result.error.path)}: ${result.error.issues[0]?.message ?? result.error.message}`,
    issues,
  );
}

const EMBEDDED = /^([a-z0-9][a-z0-9-]*)@(\d{4}\.\d+\.\d+)$/;

/** A dataset given on the command line: a JSON file, or `id@version` of an embedded one. */
export function loadDataset(spec: string): Dataset {
  const embedded = EMBEDDED.exec(spec);
  let isFile = true;
  try {
    statSync(spec);
  } catch {
    isFile = false;
  }
  if (embedded !== null && !isFile) {
    try {
      return getDataset(embedded[1], embedded[2]);
    } catch (e) {
      if (isPaybandsError(e)) throw new UsageError(e.message);
      throw e;
    }
  }
  if (!isFile && !spec.toLowerCase().endsWith(".json") && !spec.includes("/")) {
    throw new UsageError(
      `no such file or embedded dataset: ${spec} (give a .json file or id@version, e.g. ${getDataset().id}@${getDataset().version})`,
    );
  }
  return parseDatasetFile(spec, readJsonFile(spec));
}
