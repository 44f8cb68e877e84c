/** A bad command line (unknown option, bad value, missing argument): one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * A bad input file (malformed JSON, an invalid dataset or offer): the file and the path of
 * the bad field, exit code 1.
 */
export class FileError extends Error {
  override readonly name = "FileError";
  /** Every problem, one per line (the first is the message). */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}
