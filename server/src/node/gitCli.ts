import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';
import type { GitFacts } from '../service/workspace/gitFacts';
import { gitignoreFallback, repositoryRoot } from '../service/workspace/gitignoreFallback';
import type { WorkspaceFs } from '../service/workspace/workspaceFs';

/**
 * Git's own answers (`git check-ignore`, `git ls-files`): nested `.gitignore` files, negations,
 * `.git/info/exclude` and the global excludes file all count. Falls back to reading the ignore
 * files when git cannot be run.
 */
export function gitCli(fs: WorkspaceFs): GitFacts {
  const fallback = gitignoreFallback(fs);
  return {
    status(path) {
      const root = repositoryRoot(fs, path);
      if (root === undefined) return undefined;
      const relativePath = relative(root, path).split(sep).join('/');
      const ignored = run(root, ['check-ignore', '-q', '--', relativePath]);
      if (ignored === undefined) return fallback.status(path);
      const tracked = run(root, ['ls-files', '--error-unmatch', '--', relativePath]);
      return { root, relativePath, ignored, tracked: tracked === true };
    },
  };
}

/** true on exit 0, false on exit 1, undefined when git is missing or fails otherwise. */
function run(cwd: string, args: string[]): boolean | undefined {
  try {
    execFileSync('git', args, { cwd, stdio: 'ignore', timeout: 3000 });
    return true;
  } catch (error) {
    const status = (error as { status?: number | null }).status;
    return status === 1 ? false : undefined;
  }
}
