import { closeSync, constants, lstatSync, openSync, realpathSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';

/**
 * Writes `text` over the regular file at `path`, which must lie inside `root`, never through a
 * symbolic link (`.env → /elsewhere/victim` in a cloned repository would otherwise let `--fix`
 * rewrite a file outside it). Returns why it did not write, or undefined when it did.
 */
export function writeInside(root: string, path: string, text: string): string | undefined {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return 'it is a symbolic link, which EnvSense does not write through';
    if (!stats.isFile()) return 'it is not a regular file';
    const folder = relative(realpathSync(root), realpathSync(dirname(path)));
    if (folder.startsWith('..') || isAbsolute(folder)) return 'it is outside the working directory';
  } catch (error) {
    return `it cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a link put in place since the look above is refused too.
    fd = openSync(path, constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    writeSync(fd, text);
    return undefined;
  } catch (error) {
    return `it cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
