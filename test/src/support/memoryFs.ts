import type { WorkspaceFs } from '../../../server/out/service/workspace/workspaceFs';

/** An in-memory WorkspaceFs over `{ '/abs/path': 'content' }`. */
export function memoryFs(files: Readonly<Record<string, string>>): WorkspaceFs {
  return {
    readFile: (path) => files[path],
    listDirectory: (path) => {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const names = new Set<string>();
      for (const file of Object.keys(files)) {
        if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
      }
      return names.size > 0 ? [...names] : undefined;
    },
  };
}
