/** ANSI styles, applied only when colour is on (a terminal, and NO_COLOR unset). */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly accent: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

/** The styles for a terminal with colour, or the identity when colour is off. */
export function style(color: boolean): Style {
  return color
    ? {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        accent: wrap(36, 39),
        red: wrap(31, 39),
        green: wrap(32, 39),
      }
    : { bold: plain, dim: plain, accent: plain, red: plain, green: plain };
}

/** Whether the CLI may colour its output: stdout is a TTY (or FORCE_COLOR) and NO_COLOR is unset. */
export function colorEnabled(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0")
    return true;
  return isTTY && env.TERM !== "dumb";
}
