/** What git says about a file: whether `git add` would take it, and whether it is already tracked. */
export interface GitStatus {
  /** The repository's top folder. */
  readonly root: string;
  /** The file's path from the root, with `/`. */
  readonly relativePath: string;
  readonly ignored: boolean;
  readonly tracked: boolean;
}

/** Answers for files; undefined when the file is in no git repository. */
export interface GitFacts {
  status(path: string): GitStatus | undefined;
}
