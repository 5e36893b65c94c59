import { basename, join, relative, sep } from 'node:path';
import type { AnalysisEnvironment } from '../analysis/environment';
import { parse, type EnvDocument } from '../parser';
import { selectSchemas, type SchemaSelection } from '../schema/schemaSelection';
import { commentedOutKeys } from '../templates/commentedOut';
import { FAMILY_LIMITS } from '../templates/templateFamily';
import { dialectOf } from '../dialect';
import type { FamilyMember } from '../workspace/envFamily';
import { uriOfPath } from '../workspace/workspaceFs';
import { composeNamesOf, type ComposeNames } from './composeNames';

/** An env file of a code file's project, as the code side of the comparison reads it. */
export interface ProjectEnvFile {
  readonly path: string;
  /** Its path from the workspace root, with `/`, for messages. */
  readonly shown: string;
  readonly dialect: 'dotenv' | 'python';
  readonly template: boolean;
  readonly env: EnvDocument;
  /** In the project's own folder (else in a folder above it). */
  readonly nearest: boolean;
}

/**
 * The env files a code file's variables come from: the env families (`.env` and its members,
 * templates included; a Python secrets file and its template) of the nearest folder up from the code
 * file that has one (the project), and of every folder above it up to the workspace root, which
 * loaders also read. An env file open in the editor is read as the editor has it.
 */
export interface ProjectEnv {
  readonly folder: string;
  readonly files: readonly ProjectEnvFile[];
  /** Keys any of them sets or comments out. */
  readonly provided: ReadonlySet<string>;
  readonly compose: ComposeNames;
  /** The schemas that apply to the project's `.env` (or its secrets file): defaults, required-ness and secrecy. */
  selection(): SchemaSelection;
}

export interface ProjectEnvInput {
  readonly environment: AnalysisEnvironment;
  /** The code file. */
  readonly path: string;
  /** The text of a file open in the editor, which wins over its copy on disk; undefined for a file not open. */
  readonly openText: (path: string) => string | undefined;
}

interface DiskMember extends FamilyMember {
  readonly path: string;
  readonly text: string;
  readonly env: EnvDocument;
}

/** What each folder holds on disk, read once per environment (the workspace's cache lives as long). */
interface EnvironmentCache {
  readonly folders: Map<string, readonly DiskMember[] | 'unreadable'>;
  readonly open: Map<string, { readonly text: string; readonly env: EnvDocument }>;
  readonly provided: Map<string, { readonly envs: readonly EnvDocument[]; readonly keys: ReadonlySet<string> }>;
  readonly selections: Map<string, { readonly env: EnvDocument; readonly selection: SchemaSelection }>;
}

const caches = new WeakMap<AnalysisEnvironment, EnvironmentCache>();

/** The project's env files, or undefined when none of the code file's folders has one (nothing to compare with) or one cannot be read whole. */
export function projectEnvOf({ environment, path, openText }: ProjectEnvInput): ProjectEnv | undefined {
  const { workspace } = environment;
  const cache = cacheOf(environment);
  const root = workspace.rootOf(path);
  const files: ProjectEnvFile[] = [];
  let folder: string | undefined;
  for (const directory of workspace.directoriesOf(path)) {
    const members = diskMembers(environment, cache, directory, path);
    if (members === 'unreadable') return undefined;
    if (members.length === 0) continue;
    folder ??= directory;
    for (const member of members) {
      files.push({
        path: member.path,
        shown: relative(root, member.path).split(sep).join('/'),
        dialect: member.dialect,
        template: member.template,
        env: openEnv(cache, member, openText(member.path)),
        nearest: directory === folder,
      });
    }
  }
  if (folder === undefined) return undefined;
  const project = folder;
  return {
    folder: project,
    files,
    provided: providedKeys(cache, project, files),
    compose: composeNamesOf(workspace, path),
    selection: () => selectionOf(environment, cache, project, files),
  };
}

function cacheOf(environment: AnalysisEnvironment): EnvironmentCache {
  let cache = caches.get(environment);
  if (!cache) {
    cache = { folders: new Map(), open: new Map(), provided: new Map(), selections: new Map() };
    caches.set(environment, cache);
  }
  return cache;
}

/** The env files of one folder on disk: the `.env` family and each Python secrets file the settings name plainly, with their templates. */
function diskMembers(environment: AnalysisEnvironment, cache: EnvironmentCache, directory: string, codePath: string): readonly DiskMember[] | 'unreadable' {
  const known = cache.folders.get(directory);
  if (known) return known;
  const { workspace } = environment;
  const isSecretsFile = (name: string) => dialectOf(uriOfPath(join(directory, name)), environment.settings.secretsFiles) === 'python';
  const members = new Map<string, FamilyMember & { readonly path: string }>();
  for (const member of workspace.envFilesIn(directory, isSecretsFile)) members.set(member.path, member);
  let read: readonly DiskMember[] | 'unreadable' = [];
  // A folder of more files than a family is read for, or of more text, is not compared at all.
  if (members.size > 2 * FAMILY_LIMITS.otherFiles) read = 'unreadable';
  else {
    const found: DiskMember[] = [];
    let characters = 0;
    for (const member of members.values()) {
      const text = workspace.readInRoot(member.path, codePath);
      if (text === undefined) {
        // Absent is fine; present but not read (a link out of the workspace, too large) would make every key look unset.
        const onDisk = workspace.writableFile(member.path, codePath);
        if (onDisk && onDisk.existing === undefined) continue;
        read = 'unreadable';
        break;
      }
      characters += text.length;
      if (characters > FAMILY_LIMITS.characters) {
        read = 'unreadable';
        break;
      }
      found.push({ ...member, text, env: parse(text, member.dialect) });
    }
    if (read !== 'unreadable') read = found;
  }
  cache.folders.set(directory, read);
  return read;
}

/** The member's parse, as the editor has it when it is open. */
function openEnv(cache: EnvironmentCache, member: DiskMember, open: string | undefined): EnvDocument {
  if (open === undefined || open === member.text) return member.env;
  const known = cache.open.get(member.path);
  if (known?.text === open) return known.env;
  const env = parse(open, member.dialect);
  cache.open.set(member.path, { text: open, env });
  return env;
}

/** The keys the files set or comment out, computed again only when one of them changed. */
function providedKeys(cache: EnvironmentCache, folder: string, files: readonly ProjectEnvFile[]): ReadonlySet<string> {
  const envs = files.map((file) => file.env);
  const known = cache.provided.get(folder);
  if (known && known.envs.length === envs.length && known.envs.every((env, i) => env === envs[i])) return known.keys;
  const keys = new Set<string>();
  for (const env of envs) {
    for (const assignment of env.assignments) keys.add(assignment.key);
    for (const key of commentedOutKeys(env)) keys.add(key);
  }
  cache.provided.set(folder, { envs, keys });
  return keys;
}

/** The selection of the project's `.env` (else of its first file that is not a template), as if it were open. */
function selectionOf(environment: AnalysisEnvironment, cache: EnvironmentCache, folder: string, files: readonly ProjectEnvFile[]): SchemaSelection {
  const own = files.filter((file) => file.nearest);
  const chosen = own.find((file) => basename(file.path) === '.env') ?? own.find((file) => !file.template);
  const path = chosen?.path ?? join(folder, '.env');
  const env = chosen?.env ?? EMPTY;
  const known = cache.selections.get(path);
  if (known?.env === env) return known.selection;
  const selection = selectSchemas(path, env, environment.settings, environment.bundled, environment.workspace);
  cache.selections.set(path, { env, selection });
  return selection;
}

const EMPTY = parse('', 'dotenv');
