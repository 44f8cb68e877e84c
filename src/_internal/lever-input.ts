import type { Decimal } from "decimal.js";
import { getLevel } from "../core/lookup/get-level.js";
import { getLever } from "../core/lookup/get-lever.js";
import { PaybandsError } from "../errors/paybands-error.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Level } from "../schemas/level.js";
import type { Lever } from "../schemas/lever.js";
import { describeValue } from "./decimal.js";
import { type ParsedForfeit, readForfeit } from "./lever-forfeit.js";
import { readFields, readMoney } from "./offer-input.js";
import { atPath } from "./options.js";

/** The lever whose contribution is compared with the next level's band. */
export const RELEVEL_ID = "level-escalation";
/** The qualitative lever whose `ask` is an increase of the initial grant. */
export const EQUITY_ID = "equity-refresh";

/** A lever to apply, validated, with its parameters. */
export interface ParsedLever {
  readonly lever: Lever;
  /** Its position in the caller's list. */
  readonly index: number;
  readonly forfeit?: ParsedForfeit;
  readonly ask?: Decimal;
  readonly toLevel?: Level;
}

/** The parameters a lever accepts besides `lever`. */
function paramsOf(lever: Lever): ("forfeit" | "ask" | "toLevel")[] {
  switch (lever.effect.kind) {
    case "fraction-of-forfeit":
      return ["forfeit"];
    case "qualitative":
      return ["ask"];
    case "amount":
      return lever.id === RELEVEL_ID ? ["toLevel"] : [];
    default:
      return [];
  }
}

/**
 * Reads the levers list: ids or aliases, or `{ lever, ...parameters }`. Unknown levers
 * throw UNKNOWN_LEVER at `["levers", i]`; a lever listed twice, a parameter the lever
 * does not take, or a missing `forfeit` throw INVALID_INPUT naming the field.
 */
export function readLevers(dataset: Dataset, value: unknown): ParsedLever[] {
  const ids = dataset.levers.map((l) => l.id);
  if (!Array.isArray(value)) {
    throw new PaybandsError(
      "INVALID_INPUT",
      `levers must be an array of lever ids or { lever, ... } objects; got ${describeValue(value)}; valid levers: ${ids.join(", ")}`,
      { path: ["levers"], validChoices: ids },
    );
  }
  const seen = new Set<string>();
  // Array.from, not map: map skips the holes of a sparse array and leaves them in the result.
  return Array.from(value, (item: unknown, index): ParsedLever => {
    const path = ["levers", index];
    let lever: Lever;
    let fields: Partial<Record<"lever" | "forfeit" | "ask" | "toLevel", unknown>> = {};
    if (typeof item === "string") {
      lever = atPath(path, () => getLever(dataset, item));
    } else {
      fields = readFields(item, ["lever", "forfeit", "ask", "toLevel"], `levers[${index}]`, path);
      lever = atPath([...path, "lever"], () => getLever(dataset, fields.lever as string));
      const allowed = paramsOf(lever);
      for (const key of ["forfeit", "ask", "toLevel"] as const) {
        if (fields[key] !== undefined && !allowed.includes(key)) {
          throw new PaybandsError(
            "INVALID_INPUT",
            `lever "${lever.id}" takes no "${key}"${allowed.length > 0 ? `; it takes ${allowed.join(", ")}` : ""}`,
            { path: [...path, key], validChoices: ["lever", ...allowed] },
          );
        }
      }
    }
    if (seen.has(lever.id)) {
      throw new PaybandsError("INVALID_INPUT", `lever "${lever.id}" is listed twice`, { path });
    }
    seen.add(lever.id);
    const parsed: {
      lever: Lever;
      index: number;
      forfeit?: ParsedForfeit;
      ask?: Decimal;
      toLevel?: Level;
    } = { lever, index };
    if (lever.effect.kind === "fraction-of-forfeit") {
      parsed.forfeit = readForfeit(fields.forfeit, [...path, "forfeit"]);
    }
    if (fields.ask !== undefined) parsed.ask = readMoney(fields.ask, [...path, "ask"]);
    if (fields.toLevel !== undefined) {
      parsed.toLevel = atPath([...path, "toLevel"], () =>
        getLevel(dataset, fields.toLevel as string),
      );
    }
    return parsed;
  });
}
