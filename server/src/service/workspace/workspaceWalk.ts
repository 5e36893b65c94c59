import { join } from 'node:path';
import type { WorkspaceFs } from './workspaceFs';

/** How far a walk of the workspace goes: far beyond real projects, so that a hostile one costs a bounded time. */
export interface WalkLimits {
  /** Folders below a workspace folder. */
  readonly depth: number;
  readonly directories: number;
  /** Names looked at, over all folders. */
  readonly entries: number;
  /** Files found. */
  readonly files: number;
}

/** For env files (workspace symbols). */
export const WALK_LIMITS: WalkLimits = { depth: 12, directories: 10_000, entries: 200_000, files: 5_000 };

/**
 * Folders that hold no env file of the project: dependencies, virtualenvs, caches and build output
 * (a `.env` copied into `dist/` is not the one to edit). A folder holding `pyvenv.cfg` is a
 * virtualenv whatever its name.
 */
const SKIPPED = new Set([
  'node_modules',
  'bower_components',
  'vendor',
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
  '.cache',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.terraform',
  'dist',
  'build',
  'out',
  'target',
  'coverage',
]);

export interface WalkResult {
  readonly files: readonly string[];
  /** False when a limit stopped the walk before it saw everything. */
  readonly complete: boolean;
}

/**
 * The files of the workspace folders whose name `wanted` accepts, breadth first and by name (files
 * near a folder's top are found before a limit is met). A symbolic link is never followed into a
 * folder, so a link cycle cannot make the walk go round; a linked file is returned like any other
 * (reading it stays the caller's business, confined to the workspace root).
 */
export function walkWorkspace(fs: WorkspaceFs, folders: readonly string[], wanted: (name: string, path: string) => boolean, limits: WalkLimits = WALK_LIMITS): WalkResult {
  const files: string[] = [];
  const queue = folders.map((path) => ({ path, depth: 0 }));
  const visited = new Set<string>();
  let entries = 0;
  let complete = true;
  for (let i = 0; i < queue.length; i++) {
    const { path, depth } = queue[i]!;
    if (visited.has(path)) continue;
    visited.add(path);
    if (visited.size > limits.directories) return { files, complete: false };
    const names = fs.listDirectory(path);
    if (!names || (depth > 0 && names.includes('pyvenv.cfg'))) continue;
    for (const name of [...names].sort()) {
      if (++entries > limits.entries) return { files, complete: false };
      const child = join(path, name);
      const kind = fs.entryKind(child);
      if (kind === 'directory') {
        if (SKIPPED.has(name)) continue;
        if (depth + 1 > limits.depth) complete = false;
        else queue.push({ path: child, depth: depth + 1 });
      } else if ((kind === 'file' || kind === 'symlink') && wanted(name, child)) {
        files.push(child);
        if (files.length >= limits.files) return { files, complete: false };
      }
    }
  }
  return { files, complete };
}
