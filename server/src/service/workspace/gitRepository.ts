import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { WorkspaceFs } from './workspaceFs';

/** Where a repository keeps what EnvSense reads. */
export interface GitRepository {
  /** The top folder of the work tree: the folder that holds `.git`. */
  readonly root: string;
  /** The folder that holds the index, or undefined when `.git` is a file that names no readable folder. */
  readonly gitDir: string | undefined;
  /** The folder that holds `info/exclude`: the main repository's for a worktree, else `gitDir`. */
  readonly commonDir: string | undefined;
}

/** `.git` files, `commondir` and ignore files are small; anything larger is not one. */
const SMALL_FILE_BYTES = 1024 * 1024;
const MAX_DEPTH = 64;

/**
 * The repository that holds `directory`: the nearest folder at or above it with a `.git` entry;
 * `known` keeps the answer for each folder on the way.
 *
 * `.git` may be a folder, or a file `gitdir: <path>` (a submodule names `../.git/modules/x`, a
 * worktree `<main>/.git/worktrees/x`, `git init --separate-git-dir` any folder). The rule: a relative
 * path is resolved from the folder of the `.git` file, an absolute one taken as is, followed once (a
 * `.git` file in the target is not followed again); in that folder only `index` and `commondir` are
 * read, and through `commondir` (one hop too) only `info/exclude`. Every read is of a regular file with
 * a size limit (through a file system with `readBytes`, as the server's and the CLI's), so a target such
 * as `/dev/zero` or a FIFO reads as absent. The repository's `config`
 * (its `include`s, hooks, fsmonitor, excludes file) is never read: reading files is all EnvSense does
 * there, and what it reads becomes only "ignored" and "tracked".
 */
export function findRepository(fs: WorkspaceFs, directory: string, known = new Map<string, GitRepository | undefined>(), depth = 0): GitRepository | undefined {
  if (known.has(directory)) return known.get(directory);
  const parent = dirname(directory);
  const found = repositoryAt(fs, directory) ?? (parent === directory || depth >= MAX_DEPTH ? undefined : findRepository(fs, parent, known, depth + 1));
  known.set(directory, found);
  return found;
}

/**
 * The repository whose `.git` is in `root`. As for git, a `.git` folder without `HEAD`, or a `.git`
 * that is neither a folder nor a regular file (a FIFO, a device), does not count and the search goes
 * on above; a `.git` file that names no folder still makes `root` a work tree, whose index is unknown.
 */
function repositoryAt(fs: WorkspaceFs, root: string): GitRepository | undefined {
  const dotGit = join(root, '.git');
  const entries = fs.listDirectory(dotGit);
  if (entries !== undefined) return entries.includes('HEAD') ? withCommonDir(fs, root, dotGit) : undefined;
  const pointer = readSmallText(fs, dotGit, true);
  if (pointer === undefined) return undefined;
  const gitDir = pointedFolder(fs, dotGit, pointer, 'gitdir: ');
  return gitDir === undefined ? { root, gitDir, commonDir: undefined } : withCommonDir(fs, root, gitDir);
}

function withCommonDir(fs: WorkspaceFs, root: string, gitDir: string): GitRepository {
  const commonDir = join(gitDir, 'commondir');
  const pointer = readSmallText(fs, commonDir, true);
  return { root, gitDir, commonDir: (pointer === undefined ? undefined : pointedFolder(fs, commonDir, pointer, '')) ?? gitDir };
}

/** The folder that the first line of a pointer file names after `prefix`, when it is a folder. */
function pointedFolder(fs: WorkspaceFs, file: string, text: string, prefix: string): string | undefined {
  const line = text.split(/\r?\n/, 1)[0];
  if (line === undefined || !line.startsWith(prefix)) return undefined;
  const target = line.slice(prefix.length).trim();
  if (target === '' || target.includes('\0')) return undefined;
  const folder = isAbsolute(target) ? target : resolve(dirname(file), target);
  return fs.listDirectory(folder) !== undefined ? folder : undefined;
}

/** A small text file, through the binary read when the file system has one (it checks the file's kind). */
export function readSmallText(fs: WorkspaceFs, path: string, followLinks: boolean): string | undefined {
  if (!fs.readBytes) return fs.readFile(path);
  const bytes = fs.readBytes(path, { maxBytes: SMALL_FILE_BYTES, followLinks });
  return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
}
