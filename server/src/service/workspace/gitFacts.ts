/** What git says about a file: whether `git add` would take it, and whether it is already tracked. */
export interface GitStatus {
  /** The repository's top folder. */
  readonly root: string;
  /** The file's path from the root, with `/`. */
  readonly relativePath: string;
  /** Whether the ignore rules exclude it; as `git check-ignore` says, a tracked file is never ignored. */
  readonly ignored: boolean;
  /** Whether the index holds it; false too when the index cannot be read. */
  readonly tracked: boolean;
}

/** Answers for files; undefined when the file is in no git repository. */
export interface GitFacts {
  status(path: string): GitStatus | undefined;
  /** Drops what was read (ignore files, indexes), for when they may have changed on disk. */
  forget(): void;
}
