import type { WorkspaceFs } from '../../../server/out/service/workspace/workspaceFs';

/** An in-memory WorkspaceFs over `{ '/abs/path': content }` (text, or bytes such as a git index): regular files and the folders that hold them, no links. */
export function memoryFs(files: Readonly<Record<string, string | Uint8Array>>): WorkspaceFs {
  const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
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
    readFile: (path) => {
      const content = files[path];
      return typeof content === 'string' || content === undefined ? content : new TextDecoder().decode(content);
    },
    readBytes: (path, { maxBytes }) => {
      const content = files[path];
      return content === undefined || bytesOf(content).length > maxBytes ? undefined : bytesOf(content);
    },
    listDirectory,
    entryKind,
    realPath: (path) => (entryKind(path) ? path : undefined),
  };
}
