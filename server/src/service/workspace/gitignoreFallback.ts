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
      const exclude = fs.readFile(join(root, '.git', 'info', 'exclude'));
      const rules = parts.map((_, depth) => ({ base: depth, text: fs.readFile(join(root, ...parts.slice(0, depth), '.gitignore')) }));
      // Git does not look inside an ignored folder, so nothing below it can be re-included.
      for (let k = 1; k < parts.length; k++) {
        if (verdict(exclude, rules.slice(0, k), parts.slice(0, k), true)) return { root, relativePath, ignored: true, tracked: false };
      }
      const ignored = verdict(exclude, rules, parts, false);
      return { root, relativePath, ignored, tracked: false };
    },
  };
}

/**
 * Whether `parts` is ignored: `.git/info/exclude` first, then each folder's `.gitignore` from the root
 * down, the deepest rule that matches (an ignore or a `!negation`) deciding.
 */
function verdict(exclude: string | undefined, levels: readonly { base: number; text: string | undefined }[], parts: readonly string[], directory: boolean): boolean {
  let ignored = false;
  const apply = (text: string | undefined, base: number) => {
    if (text === undefined) return;
    const path = parts.slice(base).join('/') + (directory ? '/' : '');
    const result = ignore().add(text).test(path);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  };
  apply(exclude, 0);
  for (const level of levels) apply(level.text, level.base);
  return ignored;
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
