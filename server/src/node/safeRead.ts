import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/**
 * The most a workspace fact may weigh: a schema, a template, a manifest, an ignore file. Real ones
 * are a few KB (the largest bundled schema is under 100 KB); 5 MiB leaves room for generated
 * manifests while a wrong file (a log, a dump) cannot fill the server's memory.
 */
export const MAX_WORKSPACE_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The most `envsense check` reads of a file it checks. Env files are KBs; 16 MiB is far above any
 * real one yet keeps a mistaken path (a database dump named `.env`) from taking gigabytes of memory.
 */
export const MAX_CHECKED_FILE_BYTES = 16 * 1024 * 1024;

export type ReadResult = { readonly bytes: Buffer } | { readonly problem: string };

// Opening a FIFO without O_NONBLOCK waits for a writer; O_NOCTTY keeps a terminal from becoming ours.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of a regular file of at most `maxBytes`, or why not, in words ("not a regular file (a
 * character device)"). A device, a FIFO, a socket or a directory is never read, so `/dev/zero`,
 * `/dev/stdin` or a named pipe cannot make a read last forever. With `followLinks` false, a symbolic
 * link is refused as well (git reads in-tree `.gitignore` files that way).
 */
export function readRegularFile(path: string, maxBytes: number, followLinks = true): ReadResult {
  // A first look before opening: some devices act on open; the descriptor's own fstat below is what counts.
  try {
    const before = followLinks ? statSync(path) : lstatSync(path);
    if (!before.isFile()) return { problem: before.isSymbolicLink() ? 'a symbolic link, not followed here' : notRegular(before) };
  } catch (error) {
    return { problem: openProblem(error) };
  }
  let fd: number;
  try {
    // Without following links, O_NOFOLLOW also refuses a link put in place between the look and the open.
    fd = openSync(path, OPEN_FLAGS | (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0)));
  } catch (error) {
    return { problem: openProblem(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: notRegular(stats) };
    if (stats.size > maxBytes) return { problem: tooLarge(maxBytes) };
    // One byte more than allowed tells a file that grew since fstat from one that did not.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) {
        if (length > maxBytes) return { problem: tooLarge(maxBytes) };
        break;
      }
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: `cannot be read (${codeOf(error)})` };
  } finally {
    closeSync(fd);
  }
}

function notRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'is a directory, not a file';
  const kind = stats.isCharacterDevice()
    ? 'a character device'
    : stats.isBlockDevice()
      ? 'a block device'
      : stats.isFIFO()
        ? 'a pipe or FIFO'
        : stats.isSocket()
          ? 'a socket'
          : 'an unknown kind of file';
  return `not a regular file (${kind})`;
}

function tooLarge(maxBytes: number): string {
  return `larger than ${maxBytes / (1024 * 1024)} MiB, not read`;
}

function openProblem(error: unknown): string {
  const code = codeOf(error);
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return `cannot be read (${code})`;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}
