import { dirname, join, relative, sep } from 'node:path';
import type { GitFacts, GitStatus } from './gitFacts';
import { GitIgnoreRules } from './gitIgnoreRules';
import { parseGitIndex, type TrackedPaths } from './gitIndex';
import { findRepository, readSmallText, type GitRepository } from './gitRepository';
import type { WorkspaceFs } from './workspaceFs';

export interface GitFilesOptions {
  /** The user's global excludes file (git's default place); never a path a repository names. */
  readonly globalExcludesFile?: string;
}

/** An index larger than this is not read: what it tracks is then unknown. */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

/**
 * Git's answers without running git: the ignore files and the index are read as files, so nothing a
 * repository configures (fsmonitor, hooks, includes, pagers) can run. Each repository's facts are
 * gathered once — the index parsed into a set, each folder's `.gitignore` read once — and kept until
 * `forget()`.
 */
export function gitFactsFromFiles(fs: WorkspaceFs, options: GitFilesOptions = {}): GitFacts {
  const repositories = new Map<string, GitRepository | undefined>();
  const rules = new Map<string, GitIgnoreRules>();
  const indexes = new Map<string, TrackedPaths | undefined>();

  const rulesOf = (repository: GitRepository): GitIgnoreRules => {
    let found = rules.get(repository.root);
    if (!found) {
      const global = options.globalExcludesFile === undefined ? undefined : readSmallText(fs, options.globalExcludesFile, true);
      const exclude = repository.commonDir === undefined ? undefined : readSmallText(fs, join(repository.commonDir, 'info', 'exclude'), true);
      // Git does not follow a `.gitignore` that is a symbolic link in the work tree.
      found = new GitIgnoreRules([global, exclude], (folder) => readSmallText(fs, join(repository.root, folder, '.gitignore'), false));
      rules.set(repository.root, found);
    }
    return found;
  };

  const trackedOf = (gitDir: string | undefined): TrackedPaths | undefined => {
    if (gitDir === undefined || !fs.readBytes) return undefined;
    if (!indexes.has(gitDir)) {
      const bytes = fs.readBytes(join(gitDir, 'index'), { maxBytes: MAX_INDEX_BYTES, followLinks: true });
      indexes.set(gitDir, bytes === undefined ? undefined : parseGitIndex(bytes));
    }
    return indexes.get(gitDir);
  };

  return {
    status(path: string): GitStatus | undefined {
      const repository = findRepository(fs, dirname(path), repositories);
      if (repository === undefined) return undefined;
      const relativePath = relative(repository.root, path).split(sep).join('/');
      const tracked = trackedOf(repository.gitDir)?.has(relativePath) ?? false;
      return { root: repository.root, relativePath, ignored: !tracked && ignoredSafely(rulesOf(repository), relativePath), tracked };
    },
    forget() {
      repositories.clear();
      rules.clear();
      indexes.clear();
    },
  };
}

/** The `ignore` package refuses some paths (`..`, absolute); such a path is not ignored. */
function ignoredSafely(rules: GitIgnoreRules, relativePath: string): boolean {
  try {
    return rules.ignores(relativePath);
  } catch {
    return false;
  }
}
