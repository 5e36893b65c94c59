/**
 * What a reader loads for one key: the value its program gets, after its own quoting, escapes,
 * comments and expansion. Every reader module exports a function `text → Map<key, ReaderBinding>`
 * (the last binding of a key wins, as in every reader), with expansion resolved against `environment`
 * (empty unless given), so that rules, hover, `print --reader` and the fixes all use one value.
 */
export interface ReaderBinding {
  readonly key: string;
  /** The loaded value; null for a key that the reader knows but leaves unset (python-dotenv's `KEY` line). */
  readonly value: string | null;
  /** Offset in the text of the binding's first character (where the reader started on it). */
  readonly start: number;
}

/** The environment a reader expands `${VAR}` from, besides the file's own keys. */
export type ReaderEnvironment = Readonly<Record<string, string>>;

/** Where and why a reader refuses a whole file (godotenv, compose and phpdotenv stop on some lines). */
export interface ReaderRefusal {
  /** The reader's own message; it may quote the file, so it is never shown as is. */
  readonly message: string;
  readonly offset: number;
}

/** A reader's reading of a file: what it loads, and where it refused the file if it did (then it loads nothing). */
export interface ReaderRead {
  readonly values: ReadonlyMap<string, ReaderBinding>;
  readonly refusal?: ReaderRefusal;
  /** Where the reader silently stops reading (phpdotenv after a `"` that is never closed); the keys before it load. */
  readonly droppedFrom?: number;
}
