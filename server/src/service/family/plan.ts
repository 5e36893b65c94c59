import { basename, dirname, join, relative } from 'node:path';
import type { FamilyMember } from '../workspace/envFamily';
import type { ProjectFacts } from '../workspace/projectFacts';
import { composeServices } from './composeServices';
import { composeFilesNaming, detectLoaders } from './detectLoader';
import type { LoaderId, LoaderSetting } from './loaderIds';
import { LOADERS, type LoaderEntry } from './loaders';
import { pythonLoads } from './pythonLoads';

/** One file a loader reads for an environment. */
export interface LoadStep {
  readonly path: string;
  /** As the user sees it: the name in the family's folder, or the path from there (`../common.env`). */
  readonly name: string;
  /** This file sets keys that an earlier file set (a later file wins); else it only adds the keys not set yet. */
  readonly override: boolean;
}

export interface EnvironmentPlan {
  readonly name: string;
  /** The files that load, in the order the loader reads them; only files that exist. */
  readonly steps: readonly LoadStep[];
}

/** Which loader reads the family, and why it is assumed. */
export interface LoaderChoice {
  readonly id: LoaderId;
  /** Why, in words: "the dependency next", "`env_file:` in compose.yaml", "the setting envsense.loader". */
  readonly because: string;
  /** Other loaders the project shows, which may read these files too. */
  readonly alsoSeen: readonly string[];
}

export interface FamilyPlan {
  readonly loader: LoaderEntry;
  readonly choice: LoaderChoice;
  readonly environments: readonly EnvironmentPlan[];
  /** Environments seen but left out past MAX_ENVIRONMENTS. */
  readonly omittedEnvironments: number;
  /** What the plan cannot know, in sentences (a path computed in code, Symfony's `.env.local.php`). */
  readonly notes: readonly string[];
}

/** What a plan is made from: the family, the project's facts and the files EnvSense may read. */
export interface PlanSources {
  /** The family of the file, with paths (see WorkspaceView.family). */
  readonly members: readonly (FamilyMember & { readonly path: string })[];
  /** The manifests of the family's own folder: a framework loads the env files of its project folder. */
  readonly folderFacts: ProjectFacts;
  /** The manifests of the folder and its parents up to the workspace root (compose files, `load_dotenv()`). */
  readonly facts: ProjectFacts;
  /** The folders from the family's folder up to the workspace root. */
  readonly directories: readonly string[];
  /** A file's text, read inside the workspace root; undefined when it is not read. */
  read(path: string): string | undefined;
  /** Whether a file exists (compose lists may name files of other folders). */
  exists(path: string): boolean;
}

/** More environments than this are not listed (a hostile folder may hold thousands of `.env.*`). */
export const MAX_ENVIRONMENTS = 12;

/**
 * The plan of a file's family: the loader (the `envsense.loader` setting, else detected), and for each
 * environment the files that load, in order. Undefined when no loader is set or shown by the project.
 */
export function familyPlan(sources: PlanSources, setting: LoaderSetting): FamilyPlan | undefined {
  const candidates = detectLoaders(sources);
  const choice: LoaderChoice | undefined =
    setting !== 'auto'
      ? { id: setting, because: 'the setting envsense.loader', alsoSeen: [] }
      : candidates[0] && { id: candidates[0].id, because: candidates[0].because, alsoSeen: candidates.slice(1).map((c) => `${LOADERS[c.id].name} (${c.because})`) };
  if (!choice) return undefined;
  const loader = LOADERS[choice.id];
  const planned = loader.byName ? byName(loader, sources) : choice.id === 'compose' ? composePlan(sources) : pythonPlan(sources);
  return { loader, choice, ...planned };
}

type Planned = Pick<FamilyPlan, 'environments' | 'omittedEnvironments' | 'notes'>;

function byName(loader: LoaderEntry, sources: PlanSources): Planned {
  const names = new Set(sources.members.map((member) => member.name));
  const exists = (name: string) => names.has(name);
  const folder = dirname(sources.members[0]?.path ?? '');
  const { environments, omitted } = environmentNames(loader, sources.members);
  const notes: string[] = [];
  if (loader.id === 'symfony' && exists('.env.local.php')) {
    notes.push('`.env.local.php` exists: Symfony’s `bootEnv` loads it instead of these files (`composer dump-env`), unless its APP_ENV differs from the real one.');
  }
  return { environments: environments.map((name) => ({ name, steps: namedSteps(loader, name, names, folder) })), omittedEnvironments: omitted, notes };
}

/** The files a loader that picks files by name reads for `environment`, among `names` (those of `folder`), in order. */
export function namedSteps(loader: LoaderEntry, environment: string, names: ReadonlySet<string>, folder: string): LoadStep[] {
  const exists = (name: string) => names.has(name);
  const override = loader.order === 'last-wins';
  return (loader.byName?.files(environment, exists) ?? []).filter(exists).map((file) => ({ path: join(folder, file), name: file, override }));
}

/** `.env.staging` and `.env.staging.local` say `staging`; templates, `local`, `defaults` and `dist` are no environment. */
const ENVIRONMENT_FILE = /^\.env\.([A-Za-z0-9_-]+)(?:\.local)?$/;
const NOT_AN_ENVIRONMENT = new Set(['local', 'defaults', 'dist']);

function environmentNames(loader: LoaderEntry, members: readonly FamilyMember[]): { environments: string[]; omitted: number } {
  const names = [...loader.byName!.environments];
  if (loader.byName!.seenEnvironments) {
    const seen = new Set<string>();
    for (const member of members) {
      const name = member.template ? undefined : ENVIRONMENT_FILE.exec(member.name)?.[1];
      if (name !== undefined && !NOT_AN_ENVIRONMENT.has(name) && !names.includes(name)) seen.add(name);
    }
    names.push(...[...seen].sort());
  }
  return { environments: names.slice(0, MAX_ENVIRONMENTS), omitted: Math.max(0, names.length - MAX_ENVIRONMENTS) };
}

/** Each service whose `env_file:` list names a member of the family is an environment: its list, in order. */
function composePlan(sources: PlanSources): Planned {
  const folder = dirname(sources.members[0]?.path ?? '');
  const paths = new Set(sources.members.map((member) => member.path));
  const composeFiles = composeFilesNaming(sources);
  const environments: EnvironmentPlan[] = [];
  let omitted = 0;
  for (const composeFile of composeFiles) {
    const text = sources.read(composeFile);
    if (text === undefined) continue;
    for (const service of composeServices(text)) {
      const files = service.envFiles.map((file) => join(dirname(composeFile), file));
      if (!files.some((file) => paths.has(file))) continue;
      if (environments.length >= MAX_ENVIRONMENTS) {
        omitted++;
        continue;
      }
      const name = composeFiles.length > 1 ? `${service.name} (${basename(composeFile)})` : service.name;
      const steps = files.filter((file) => paths.has(file) || sources.exists(file)).map((file) => ({ path: file, name: relative(folder, file), override: true }));
      environments.push({ name, steps });
    }
  }
  return { environments, omittedEnvironments: omitted, notes: [] };
}

/**
 * The `load_dotenv()` calls of the module that project facts found, in order, as one environment.
 * A literal path is taken as a name in the family's folder (python-dotenv resolves it from the
 * working directory, which EnvSense assumes is the folder); a computed path is said in a note.
 */
function pythonPlan(sources: PlanSources): Planned {
  const names = new Map(sources.members.map((member) => [member.name, member.path]));
  const module = sources.facts.loadsDotenv;
  const text = module === undefined ? undefined : sources.directories.map((directory) => sources.read(join(directory, module))).find((t) => t !== undefined && /\bload_dotenv\s*\(/.test(t));
  // With no module seen (the setting chose python-dotenv), `load_dotenv()` is assumed: it finds `.env`.
  const loads = text === undefined ? [{ file: '.env', written: 'load_dotenv()', override: false }] : pythonLoads(text);
  const notes: string[] = [];
  const steps: LoadStep[] = [];
  for (const load of loads) {
    const path = load.file === undefined ? undefined : names.get(load.file);
    if (load.file === undefined) notes.push(`\`${load.written.replace(/`/g, "'")}\` in ${module}: EnvSense cannot tell which file it loads.`);
    else if (path !== undefined && !steps.some((step) => step.path === path)) steps.push({ path, name: load.file, override: load.override });
  }
  return { environments: steps.length > 0 ? [{ name: 'default', steps }] : [], omittedEnvironments: 0, notes };
}
