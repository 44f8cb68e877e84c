import type * as z from "zod";
import type { PaybandsErrorCode } from "../errors/error-codes.js";
import { type PathSegment, PaybandsError, type PaybandsIssue } from "../errors/paybands-error.js";

/** Renders a path the way users write it: `levels[2].base.anchors[1].amount`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(root)";
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((seg) => (typeof seg === "number" ? seg : String(seg)));
}

/** Converts zod's issues into a PaybandsError whose path is the first issue's path. */
export function zodErrorToPaybandsError(
  error: z.ZodError,
  code: PaybandsErrorCode,
  what: string,
): PaybandsError {
  const issues: PaybandsIssue[] = error.issues.map((issue) => ({
    // An unknown key is reported at the key itself, not at the object holding it.
    path:
      issue.code === "unrecognized_keys" && issue.keys.length > 0
        ? [...toPath(issue.path), String(issue.keys[0])]
        : toPath(issue.path),
    message: issue.message,
  }));
  const first = issues[0] ?? { path: [], message: "invalid value" };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue(s))` : "";
  return new PaybandsError(
    code,
    `Invalid ${what} at ${formatPath(first.path)}: ${first.message}${more}`,
    { path: first.path, issues },
  );
}
