import { describe, expect, test } from "vitest";
import { isPaybandsError, PAYBANDS_ERROR_CODES, PaybandsError } from "../../src/index.js";

describe("PaybandsError", () => {
  test("carries code, path, valid choices and issues, and serialises to JSON", () => {
    const e = new PaybandsError("UNKNOWN_METRO", "Unknown metro.", {
      path: ["metro"],
      validChoices: ["sf-bay-area"],
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("PaybandsError");
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: "PaybandsError",
      code: "UNKNOWN_METRO",
      message: "Unknown metro.",
      path: ["metro"],
      validChoices: ["sf-bay-area"],
      issues: [{ path: ["metro"], message: "Unknown metro." }],
    });
    expect(Object.isFrozen(e.path)).toBe(true);
  });

  test("keeps the cause", () => {
    const cause = new Error("inner");
    expect(new PaybandsError("INVALID_INPUT", "outer", { cause }).cause).toBe(cause);
  });
});

describe("isPaybandsError", () => {
  test("recognises its own errors, by code too", () => {
    const e = new PaybandsError("INVALID_BAND", "bad band");
    expect(isPaybandsError(e)).toBe(true);
    expect(isPaybandsError(e, "INVALID_BAND")).toBe(true);
    expect(isPaybandsError(e, "INVALID_DATASET")).toBe(false);
  });

  test("recognises an error from another copy of the package by its registry symbol", () => {
    const foreign = Object.assign(new Error("x"), {
      code: "UNKNOWN_LEVEL",
      [Symbol.for("paybands.error")]: true,
    });
    expect(isPaybandsError(foreign)).toBe(true);
    expect(isPaybandsError(foreign, "UNKNOWN_LEVEL")).toBe(true);
    expect(isPaybandsError(foreign, "UNKNOWN_METRO")).toBe(false);
  });

  test.each([new Error("x"), { code: "UNKNOWN_LEVEL" }, null, undefined, "PaybandsError", 42])(
    "rejects %j",
    (v) => {
      expect(isPaybandsError(v)).toBe(false);
    },
  );

  test("error codes are unique and SCREAMING_SNAKE_CASE", () => {
    expect(new Set(PAYBANDS_ERROR_CODES).size).toBe(PAYBANDS_ERROR_CODES.length);
    for (const code of PAYBANDS_ERROR_CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });
});
