import type { WorkspaceFs } from '../../../server/out/service/workspace/workspaceFs';

/** An in-memory WorkspaceFs over `{ '/abs/path': 'content' }`: regular files and the folders that hold them, no links. */
export function memoryFs(files: Readonly<Record<string, string>>): WorkspaceFs {
  const listDirectory = (path: string) => {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const names = new Set<string>();
    for (const file of Object.keys(files)) {
      if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
    }
    return names.size > 0 ? [...names] : undefined;
  };
  const entryKind = (path: string) => (files[path] !== undefined ? 'file' : listDirectory(path) ? 'directory' : undefined);
  return {
    readFile: (path) => files[path],
    listDirectory,
    entryKind,
    realPath: (path) => (entryKind(path) ? path : undefined),
  };
}
