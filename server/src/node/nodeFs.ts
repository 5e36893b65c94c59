import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { WorkspaceFs } from '../service/workspace/workspaceFs';

/** Files larger than this are not read for workspace facts (a schema, a template, a manifest). */
const MAX_BYTES = 5 * 1024 * 1024;

/** The real file system as a WorkspaceFs. Unreadable paths read as absent, never as errors. */
export const nodeFs: WorkspaceFs = {
  readFile(path) {
    try {
      if (statSync(path).size > MAX_BYTES) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  listDirectory(path) {
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  },
};
