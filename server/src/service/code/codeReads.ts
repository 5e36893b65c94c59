import { isInside } from '../workspace/workspaceFs';
import type { DeclaredSchema } from './declaredSchemas';
import type { DynamicRead } from './dynamicReads';
import type { ReadSite } from './readSites';

/** What the rules that compare env files with the code need of one indexed file. */
export interface CodeFileReads {
  readonly sites: readonly ReadSite[];
  readonly schemas: readonly DeclaredSchema[];
  /** The file's first read that names no key (see dynamicReads), if any. */
  readonly dynamic: DynamicRead | undefined;
}

/** What they need of the code index: its files, whether the walk was complete, and a number that changes with them. */
export interface CodeReadsSource {
  readonly truncated: boolean;
  /** Changes whenever a file's entry changes: what is computed from the files is kept while it stays the same. */
  readonly version: number;
  entries(): Iterable<readonly [string, CodeFileReads]>;
}

/** The code under a folder (the folder of an env file): how many files read a key, and the first dynamic read. */
export interface FolderCode {
  readonly readingFiles: number;
  readonly dynamic: { readonly path: string; readonly read: DynamicRead } | undefined;
}

/** The keys the code reads, once per index version, and the code under each folder asked for. */
export interface CodeReads {
  /** Every key a read site names, and every variable of a schema the code declares (its library reads it). */
  readonly keys: ReadonlySet<string>;
  readonly truncated: boolean;
  folder(path: string): FolderCode;
}

const summaries = new WeakMap<CodeReadsSource, { version: number; reads: CodeReads }>();

/**
 * What the code reads, computed once per version of the index: a keystroke in an env file looks keys
 * up in a set instead of walking every read site of the workspace.
 */
export function codeReadsOf(source: CodeReadsSource): CodeReads {
  const known = summaries.get(source);
  if (known && known.version === source.version) return known.reads;
  const reads = summarize(source);
  summaries.set(source, { version: source.version, reads });
  return reads;
}

function summarize(source: CodeReadsSource): CodeReads {
  const keys = new Set<string>();
  const files: { path: string; reads: boolean; dynamic: DynamicRead | undefined }[] = [];
  for (const [path, file] of source.entries()) {
    for (const site of file.sites) keys.add(site.key);
    for (const schema of file.schemas) for (const variable of schema.variables) keys.add(variable.name);
    if (file.sites.length > 0 || file.dynamic) files.push({ path, reads: file.sites.length > 0, dynamic: file.dynamic });
  }
  const folders = new Map<string, FolderCode>();
  return {
    keys,
    truncated: source.truncated,
    folder(folder) {
      let code = folders.get(folder);
      if (!code) {
        let readingFiles = 0;
        let dynamic: FolderCode['dynamic'];
        for (const file of files) {
          if (!isInside(file.path, folder)) continue;
          if (file.reads) readingFiles++;
          if (file.dynamic && !dynamic) dynamic = { path: file.path, read: file.dynamic };
        }
        code = { readingFiles, dynamic };
        folders.set(folder, code);
      }
      return code;
    },
  };
}
