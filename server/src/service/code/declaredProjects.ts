import { dirname } from 'node:path';
import { isInside } from '../workspace/workspaceFs';
import type { DeclaredSchema } from './declaredSchemas';

/**
 * Which env files a schema declared in code describes: those of its project, the nearest folder that
 * holds env files, from the declaring file's folder up to its workspace root (`src/env.ts` → the
 * root's `.env*`; `apps/web/src/env.ts` → `apps/web/.env*`, not the root's nor `apps/api/`'s, when
 * `apps/web` has env files of its own). A file outside every workspace folder declares nothing here.
 */
export interface DeclaringFile {
  readonly path: string;
  /** Its workspace root, which its schemas' ids and names are relative to. */
  readonly root: string;
  readonly schemas: readonly DeclaredSchema[];
}

export interface DeclaredProjects {
  /** The index's list they were made from (the index keeps the same list until a declaration changes). */
  readonly list: readonly { path: string; schema: DeclaredSchema }[];
  /** What the declarations say, file by file (see `fingerprintOf`): equal fingerprints, equal schemas. */
  readonly fingerprint: readonly string[];
  /**
   * By folder, the files whose schemas describe that folder's env files: the nearest folder holding
   * env files and each folder below it down to the declaring file's (where an env file not yet saved
   * would be nearer still).
   */
  readonly byFolder: ReadonlyMap<string, readonly DeclaringFile[]>;
}

export function declaredProjects(
  list: readonly { path: string; schema: DeclaredSchema }[],
  folders: readonly string[],
  holdsEnvFile: (folder: string) => boolean,
): DeclaredProjects {
  const byPath = new Map<string, DeclaredSchema[]>();
  for (const { path, schema } of list) byPath.set(path, [...(byPath.get(path) ?? []), schema]);
  const byFolder = new Map<string, DeclaringFile[]>();
  const holds = new Map<string, boolean>();
  const holdsOnce = (folder: string) => {
    let answer = holds.get(folder);
    if (answer === undefined) holds.set(folder, (answer = holdsEnvFile(folder)));
    return answer;
  };
  for (const [path, schemas] of byPath) {
    const root = folders.filter((folder) => isInside(path, folder)).sort((a, b) => b.length - a.length)[0];
    if (root === undefined || path === root) continue;
    const file: DeclaringFile = { path, root, schemas };
    for (const folder of projectChain(dirname(path), root, holdsOnce)) byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return { list, fingerprint: fingerprintOf(list), byFolder };
}

/** Folders climbed from a declaring file, at most (as code navigation climbs): deeper trees are generated code. */
const MAX_CLIMB = 32;

/** `from` and each parent, up to the first that holds an env file or the root; none past `MAX_CLIMB`. */
function projectChain(from: string, root: string, holdsEnvFile: (folder: string) => boolean): string[] {
  const chain: string[] = [];
  for (let folder = from; chain.length < MAX_CLIMB; folder = dirname(folder)) {
    chain.push(folder);
    if (folder === root || holdsEnvFile(folder) || dirname(folder) === folder || !isInside(dirname(folder), root)) return chain;
  }
  return [];
}

const fingerprints = new WeakMap<DeclaredSchema, string>();

/**
 * Each declaration's content (library, name, variables and their specs; not where they are written,
 * so that typing above a schema changes nothing), remembered by the declaration object: the index makes
 * new ones only for the file it reads again.
 */
export function fingerprintOf(list: readonly { path: string; schema: DeclaredSchema }[]): readonly string[] {
  return list.map(({ path, schema }) => {
    let fingerprint = fingerprints.get(schema);
    if (fingerprint === undefined) {
      fingerprint = JSON.stringify([path, schema.library, schema.name ?? null, schema.variables.map(({ name, spec }) => [name, spec])]);
      fingerprints.set(schema, fingerprint);
    }
    return fingerprint;
  });
}

export function sameFingerprint(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
