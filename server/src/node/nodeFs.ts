import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import type { WorkspaceFs } from '../service/workspace/workspaceFs';
import { MAX_WORKSPACE_FILE_BYTES, readRegularFile } from './safeRead';

/**
 * The real file system as a WorkspaceFs. Unreadable paths read as absent, never as errors; only
 * regular files up to MAX_WORKSPACE_FILE_BYTES are read (never a device, a pipe or a socket).
 */
export const nodeFs: WorkspaceFs = {
  readFile(path) {
    const result = readRegularFile(path, MAX_WORKSPACE_FILE_BYTES);
    return 'bytes' in result ? result.bytes.toString('utf8') : undefined;
  },
  readBytes(path, { maxBytes, followLinks }) {
    const result = readRegularFile(path, maxBytes, followLinks);
    return 'bytes' in result ? result.bytes : undefined;
  },
  listDirectory(path) {
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  },
  entryKind(path) {
    try {
      const stats = lstatSync(path);
      return stats.isSymbolicLink() ? 'symlink' : stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
    } catch {
      return undefined;
    }
  },
  realPath(path) {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  },
};
