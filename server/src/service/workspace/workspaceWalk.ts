import { join } from 'node:path';
import type { WorkspaceFs } from './workspaceFs';

/**
 * The files of a workspace folder that a feature looks at, found by walking it: symbolic links are
 * not followed (no loops, nothing outside), folders that hold installed or generated code are not
 * entered, and the walk stops at a number of files and a depth, saying so. Breadth first, so that a
 * deep generated tree cannot starve the project's own top folders.
 */
export interface WalkLimits {
  readonly maxFiles: number;
  readonly maxDepth: number;
}

export interface WalkResult {
  readonly files: readonly string[];
  /** Set when a limit stopped the walk: what was left out is not known. */
  readonly truncated: boolean;
}

/** Installed dependencies, virtual environments, caches and build output: never the project's sources. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  '.venv',
  'venv',
  '__pycache__',
  'site-packages',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.cache',
  'dist',
  'build',
  'out',
  'coverage',
  'vendor',
  'bower_components',
]);

export function walkWorkspace(fs: WorkspaceFs, root: string, wanted: (name: string) => boolean, limits: WalkLimits): WalkResult {
  const files: string[] = [];
  let level: string[] = [root];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limits.maxDepth) return { files, truncated: true };
    const next: string[] = [];
    for (const folder of level) {
      for (const name of [...(fs.listDirectory(folder) ?? [])].sort()) {
        const path = join(folder, name);
        const kind = fs.entryKind(path);
        if (kind === 'directory') {
          if (!SKIPPED_FOLDERS.has(name)) next.push(path);
        } else if (kind === 'file' && wanted(name)) {
          if (files.length >= limits.maxFiles) return { files, truncated: true };
          files.push(path);
        }
      }
    }
    level = next;
  }
  return { files, truncated: false };
}
