import { dirname, join } from 'node:path';
import { familyMembers } from '../workspace/envFamily';
import { isInside, uriOfPath } from '../workspace/workspaceFs';
import { memberFile, type NavFile, type NavigationHost } from '../navigation';

/**
 * A code file's env files for navigation (hover, definition, references, rename, completion), as the
 * editor's files (`NavFile`): those of the nearest folder, from the file's own up to its workspace
 * folder, that holds an env file (`.env`, `.env.*`, or a Python secrets file of
 * `envsense.secretsFiles` with its templates). `src/config.ts` reads the project's `/.env*`;
 * `apps/web/src/env.ts` reads `apps/web/.env*`, not the root's when `apps/web` has its own.
 * (The diagnostics compare with more: that folder and every folder above it, see projectEnv.ts.)
 */
export interface CodeEnvFiles {
  readonly folder: string;
  /** Each env file of the folder that could be read, templates last. */
  readonly files: readonly NavFile[];
}

/** Folders climbed from a code file, at most: deeper trees than this are generated code. */
const MAX_CLIMB = 32;

export function envFolderOf(host: NavigationHost, codePath: string): string | undefined {
  const root = host.folders().filter((folder) => isInside(codePath, folder)).sort((a, b) => b.length - a.length)[0];
  if (root === undefined) return undefined;
  let folder = dirname(codePath);
  for (let climbed = 0; climbed < MAX_CLIMB && isInside(folder, root); climbed++) {
    if (envNames(host, folder).length > 0) return folder;
    if (folder === root) return undefined;
    folder = dirname(folder);
  }
  return undefined;
}

export function codeEnvFiles(host: NavigationHost, codePath: string): CodeEnvFiles | undefined {
  const folder = envFolderOf(host, codePath);
  if (folder === undefined) return undefined;
  const files = envNames(host, folder)
    .map(({ name, template }) => ({ file: memberFile(host, join(folder, name), host.dialectOf(uriOfPath(join(folder, name))), codePath), template }))
    .filter((entry): entry is { file: NavFile; template: boolean } => entry.file !== undefined)
    .sort((a, b) => Number(a.template) - Number(b.template) || compare(a.file.uri, b.file.uri))
    .map((entry) => entry.file);
  return { folder, files };
}

/** The env files of a folder: every dotenv family member, and each secrets file with its templates. */
function envNames(host: NavigationHost, folder: string): { name: string; template: boolean }[] {
  const names = host.fs.listDirectory(folder) ?? [];
  const present = new Set(names);
  const found = new Map<string, boolean>();
  const add = (members: readonly { name: string; template: boolean }[]) => {
    for (const member of members) if (present.has(member.name)) found.set(member.name, member.template);
  };
  add(familyMembers('.env', names));
  for (const name of names) {
    if (name.endsWith('.py') && host.dialectOf(uriOfPath(join(folder, name))) === 'python') add(familyMembers(name, names));
  }
  return [...found].map(([name, template]) => ({ name, template }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
