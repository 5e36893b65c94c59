import { isInside, type WorkspaceFs } from './workspaceFs';

export type ConfinedText = { readonly text: string } | { readonly problem: string };

/**
 * The real path of `path` when it lies inside `root` once every symbolic link of both is resolved;
 * undefined otherwise. A committed link out of the workspace (to `/dev/zero`, to `~/.ssh/…`) is
 * therefore never followed.
 */
export function realPathInside(fs: WorkspaceFs, path: string, root: string): string | undefined {
  const realRoot = fs.realPath(root);
  const real = fs.realPath(path);
  return realRoot !== undefined && real !== undefined && isInside(real, realRoot) ? real : undefined;
}

/** The text of a regular file inside the workspace `root`, or why it is not read (never naming what it holds). */
export function readInside(fs: WorkspaceFs, path: string, root: string): ConfinedText {
  const real = fs.realPath(path);
  if (real === undefined) return { problem: fs.entryKind(path) === 'symlink' ? 'it is a symbolic link to nothing' : 'the file does not exist' };
  if (realPathInside(fs, path, root) === undefined) {
    return {
      problem: isInside(path, root)
        ? 'it leads out of the workspace through a symbolic link, which EnvSense does not follow'
        : 'it is outside the workspace, and only a bundled schema id or a file inside the workspace can be named',
    };
  }
  if (fs.entryKind(real) !== 'file') return { problem: 'it is not a regular file' };
  const text = fs.readFile(real);
  return text === undefined ? { problem: 'it cannot be read or is too large' } : { text };
}

/** The text of a regular file inside `root`, or undefined (why does not matter to the caller). */
export function textInside(fs: WorkspaceFs, path: string, root: string): string | undefined {
  const read = readInside(fs, path, root);
  return 'text' in read ? read.text : undefined;
}

/** `fs` seen from inside `root`: a file whose real path leaves the root reads as absent. */
export function confinedFs(fs: WorkspaceFs, root: string): WorkspaceFs {
  return {
    readFile: (path) => textInside(fs, path, root),
    listDirectory: (path) => fs.listDirectory(path),
    entryKind: (path) => fs.entryKind(path),
    realPath: (path) => fs.realPath(path),
  };
}
