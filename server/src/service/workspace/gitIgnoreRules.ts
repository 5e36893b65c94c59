import ignore, { type Ignore } from 'ignore';

/**
 * Git's ignore rules for one repository, read with the `ignore` package, as git orders them (a later
 * source overrides an earlier one): the user's global excludes file, `info/exclude`, then the
 * `.gitignore` of each folder from the root down to the file's folder, the deepest rule that matches
 * (an ignore or a `!negation`) deciding. Git does not look inside an ignored folder, so nothing below
 * it can be re-included. Each `.gitignore` is read once and each folder's verdict kept until the
 * rules are dropped.
 */
export class GitIgnoreRules {
  private readonly folderRules = new Map<string, Ignore | undefined>();
  private readonly excludedFolders = new Map<string, boolean>();
  private readonly repositoryRules: readonly Ignore[];

  /**
   * @param repositoryWide the texts of the global excludes file and `info/exclude`, in that order.
   * @param readGitignore the text of the `.gitignore` in a folder (from the root, `''` for the root itself).
   */
  constructor(
    repositoryWide: readonly (string | undefined)[],
    private readonly readGitignore: (folder: string) => string | undefined,
  ) {
    this.repositoryRules = repositoryWide.flatMap((text) => (text === undefined ? [] : [ignore().add(boundedPatterns(text))]));
  }

  /** Whether a file (its path from the root, with `/`) is ignored. */
  ignores(relativePath: string): boolean {
    const parts = relativePath.split('/');
    if (parts.length > 1 && this.folderExcluded(parts.slice(0, -1))) return true;
    return this.matches(parts, false);
  }

  private folderExcluded(parts: readonly string[]): boolean {
    const key = parts.join('/');
    const known = this.excludedFolders.get(key);
    if (known !== undefined) return known;
    const excluded = (parts.length > 1 && this.folderExcluded(parts.slice(0, -1))) || this.matches(parts, true);
    this.excludedFolders.set(key, excluded);
    return excluded;
  }

  /** The verdict of the last source whose rules match `parts`, ignoring the folders above it. */
  private matches(parts: readonly string[], directory: boolean): boolean {
    let ignored = false;
    const apply = (rules: Ignore | undefined, base: number) => {
      if (rules === undefined) return;
      const result = rules.test(parts.slice(base).join('/') + (directory ? '/' : ''));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    };
    for (const rules of this.repositoryRules) apply(rules, 0);
    for (let depth = 0; depth < parts.length; depth++) apply(this.rulesOf(parts.slice(0, depth).join('/')), depth);
    return ignored;
  }

  private rulesOf(folder: string): Ignore | undefined {
    if (this.folderRules.has(folder)) return this.folderRules.get(folder);
    const text = this.readGitignore(folder);
    const rules = text === undefined ? undefined : ignore().add(boundedPatterns(text));
    this.folderRules.set(folder, rules);
    return rules;
  }
}

/**
 * The `ignore` package matches with backtracking regexes, and the patterns come from the repository:
 * ten `a/**` segments in one pattern against a path 45 folders deep blocked for a minute. A pattern
 * with more than two `**`, more than six `*` or over 1,024 characters is left out (no real
 * `.gitignore` needs one), so a match costs at most the square of the path's length.
 */
export function boundedPatterns(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.length <= 1024 && count(line, '**') <= 2 && count(line, '*') <= 6)
    .join('\n');
}

function count(line: string, part: string): number {
  let found = 0;
  for (let at = line.indexOf(part); at >= 0; at = line.indexOf(part, at + part.length)) found++;
  return found;
}
