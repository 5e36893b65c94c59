import { isAbsolute, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What a folder entry itself is: a symbolic link is not followed. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

/**
 * The service's only window on the disk, by path. The server and the CLI pass the real file system;
 * tests pass an in-memory one.
 */
export interface WorkspaceFs {
  /** The text of a regular file of a bounded size; undefined for anything else (a device, a pipe, a folder, too large). */
  readFile(path: string): string | undefined;
  /** Names of the entries of a folder, or undefined when it does not exist. */
  listDirectory(path: string): readonly string[] | undefined;
  /** What the entry at `path` is, without following a final symbolic link; undefined when there is none. */
  entryKind(path: string): EntryKind | undefined;
  /** `path` with every symbolic link resolved; undefined when it does not exist or a link dangles. */
  realPath(path: string): string | undefined;
  /**
   * The bytes of a regular file of at most `maxBytes`, else undefined (absent, too big, not a regular
   * file, or a symbolic link when `followLinks` is false). Where absent, binary facts (git's index) are unknown.
   */
  readBytes?(path: string, limits: ReadLimits): Uint8Array | undefined;
}

export interface ReadLimits {
  readonly maxBytes: number;
  readonly followLinks: boolean;
}

export const NO_FILES: WorkspaceFs = {
  readFile: () => undefined,
  listDirectory: () => undefined,
  entryKind: () => undefined,
  realPath: () => undefined,
};

/** Whether `path` is `folder` or lies below it (paths compared as written, links not resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Whether a document is one the user edits: a file, or an unsaved `untitled:` one. Editors also open
 * other copies (`git:` for quick diff, `vscode-vfs:`, an output or a search result): their problems
 * would show as phantom files in the Problems panel.
 */
export function isUserDocument(uri: string): boolean {
  return uri.startsWith('file:') || uri.startsWith('untitled:');
}

/** The file-system path of a `file:` uri, or undefined for other schemes (untitled, vscode-vfs, …). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(path).href;
}
