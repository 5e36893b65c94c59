import { join } from 'node:path';
import { uriOfPath } from '../workspace/workspaceFs';
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

/** The nearest folder, from the code file's own up to its workspace root, that holds an env file. */
export function envFolderOf(host: NavigationHost, codePath: string): string | undefined {
  return host.workspace.directoriesOf(codePath).find((folder) => envFilesIn(host, folder).length > 0);
}

export function codeEnvFiles(host: NavigationHost, codePath: string): CodeEnvFiles | undefined {
  const folder = envFolderOf(host, codePath);
  if (folder === undefined) return undefined;
  const files = envFilesIn(host, folder)
    .map(({ path, template, dialect }) => ({ file: memberFile(host, path, dialect, codePath), template }))
    .filter((entry): entry is { file: NavFile; template: boolean } => entry.file !== undefined)
    .sort((a, b) => Number(a.template) - Number(b.template) || compare(a.file.uri, b.file.uri))
    .map((entry) => entry.file);
  return { folder, files };
}

function envFilesIn(host: NavigationHost, folder: string) {
  return host.workspace.envFilesIn(folder, (name) => host.dialectOf(uriOfPath(join(folder, name))) === 'python');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
