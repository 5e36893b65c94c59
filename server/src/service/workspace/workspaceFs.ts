import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The service's only window on the disk: reading a file and listing a folder, by path. The server
 * and the CLI pass the real file system; tests pass an in-memory one.
 */
export interface WorkspaceFs {
  readFile(path: string): string | undefined;
  /** Names of the entries of a folder, or undefined when it does not exist. */
  listDirectory(path: string): readonly string[] | undefined;
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

export const NO_FILES: WorkspaceFs = { readFile: () => undefined, listDirectory: () => undefined };

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
