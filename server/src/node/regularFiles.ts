import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { ReadLimits, WorkspaceFs } from '../service/workspace/workspaceFs';
import { nodeFs } from './nodeFs';

/** Text files read through `regularFilesFs` (ignore files, `.git` pointers) are at most this large. */
const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/**
 * The bytes of a regular file of at most `maxBytes`, else undefined, never blocking: the file is
 * opened non-blocking (a FIFO without a writer opens at once), then its kind and size are checked on
 * the open descriptor, so a device (`/dev/zero`), a FIFO or a folder is never read, and a file that
 * grows while read is cut off at the limit and refused.
 */
export function readRegularFile(path: string, { maxBytes, followLinks }: ReadLimits): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0)));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    const buffer = Buffer.alloc(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    return length > maxBytes ? undefined : buffer.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The real file system for reading what is not the user's own text: only regular files, with a size limit. */
export const regularFilesFs: WorkspaceFs = {
  readFile(path) {
    const bytes = readRegularFile(path, { maxBytes: MAX_TEXT_BYTES, followLinks: true });
    return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
  },
  listDirectory: (path) => nodeFs.listDirectory(path),
  readBytes: readRegularFile,
};
