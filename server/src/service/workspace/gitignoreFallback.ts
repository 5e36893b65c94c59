import { dirname, join, relative, sep } from 'node:path';
import ignore from 'ignore';
import type { GitFacts, GitStatus } from './gitFacts';
import type { WorkspaceFs } from './workspaceFs';

/**
 * Git's ignore rules without git, for machines where git is absent: the `.gitignore` of every folder
 * from the repository root down to the file, and `.git/info/exclude`, read with the `ignore`
 * package. It cannot know what is tracked, so `tracked` is always false.
 */
export function gitignoreFallback(fs: WorkspaceFs): GitFacts {
  return {
    status(path: string): GitStatus | undefined {
      const root = repositoryRoot(fs, path);
      if (root === undefined) return undefined;
      const relativePath = relative(root, path).split(sep).join('/');
      const parts = relativePath.split('/');
      let ignored = matches(fs.readFile(join(root, '.git', 'info', 'exclude')), relativePath);
      for (let depth = 0; depth < parts.length && !ignored; depth++) {
        const folder = join(root, ...parts.slice(0, depth));
        ignored = matches(fs.readFile(join(folder, '.gitignore')), parts.slice(depth).join('/'));
        // A parent folder that is ignored takes the file with it.
        for (let k = depth + 1; k < parts.length && !ignored; k++) {
          ignored = matches(fs.readFile(join(folder, '.gitignore')), `${parts.slice(depth, k).join('/')}/`);
        }
      }
      return { root, relativePath, ignored, tracked: false };
    },
  };
}

function matches(rules: string | undefined, path: string): boolean {
  return rules !== undefined && ignore().add(rules).ignores(path);
}

/** The nearest folder above `path` that holds `.git`. */
export function repositoryRoot(fs: WorkspaceFs, path: string): string | undefined {
  let directory = dirname(path);
  for (let i = 0; i < 40; i++) {
    if ((fs.listDirectory(directory) ?? []).includes('.git')) return directory;
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
  return undefined;
}
