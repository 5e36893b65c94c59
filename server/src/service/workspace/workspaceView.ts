import { basename, dirname, join } from 'node:path';
import { parse, type Assignment, type Dialect, type EnvDocument } from '../parser';
import { implicitSchemasOf } from '../schema/implicitSchemaFiles';
import { readSchemaText, type SchemaValidator } from '../schema/schemaValidator';
import type { SchemaRegistry } from '../schema/schemaRegistry';
import type { SystemSchema } from '../schema/schemaTypes';
import type { CodeIndex } from '../code/codeIndex';
import { declaredAsSchemas } from '../code/declaredAsSchema';
import { declaredProjects, fingerprintOf, sameFingerprint, type DeclaredProjects } from '../code/declaredProjects';
import { FAMILY_LIMITS } from '../templates/templateFamily';
import { envFilesAmong, familyMembers, type FamilyMember } from './envFamily';
import { readProjectFacts, type ProjectFacts } from './projectFacts';
import type { GitFacts, GitStatus } from './gitFacts';
import { confinedFs, readInside, realPathInside, textInside } from './confinedRead';
import { diskStepRead, familyOrderOf, type FamilyOrder } from '../family/familyOrder';
import type { LoaderSetting } from '../family/loaderIds';
import type { StepRead } from '../family/merge';
import { familyPlan } from '../family/plan';
import type { ReaderId } from '../readers/readerTable';
import { isInside, type WorkspaceFs } from './workspaceFs';

/** An assignment of a file loaded before another one. */
export interface LoadedBefore {
  readonly file: string;
  readonly assignment: Assignment;
  /** That file's text, which secrecy needs (a value cut by `#` is judged by what the line meant). */
  readonly text: string;
}

/** The cache key of the schemas the code declares, by the folders they describe. */
const DECLARED = 'declared';

/** The same empty list every time, so that callers can tell by identity that nothing changed. */
export const NOTHING_LOADED_BEFORE: readonly LoadedBefore[] = [];

export interface SchemaFileProblem {
  readonly path: string;
  readonly problems: readonly string[];
}

/**
 * Workspace facts with a cache: reading manifests, team schemas and templates on every keystroke
 * would make typing slow, so each is read once and dropped when the server reports a file change.
 *
 * Every file read here lies inside the file's workspace root (see `rootOf`), symbolic links
 * resolved: a committed link out of the workspace is not followed. In an untrusted workspace no
 * team schema is loaded.
 */
export class WorkspaceView {
  private readonly cache = new Map<string, unknown>();
  private folders: readonly string[] = [];
  private code: CodeIndex | undefined;

  constructor(
    private readonly fs: WorkspaceFs,
    private readonly validateSchema: SchemaValidator,
    private readonly git: GitFacts,
    /** False in a workspace the user has not trusted (VS Code's restricted mode). */
    readonly trusted: boolean = true,
  ) {}

  private readonly registries = new WeakMap<readonly SystemSchema[], WeakMap<readonly SystemSchema[], SchemaRegistry>>();

  /** The bundled registry with a file's team and template schemas, built once per pair of cached lists. */
  registryWith(bundled: SchemaRegistry, team: readonly SystemSchema[], implicit: readonly SystemSchema[]): SchemaRegistry {
    if (team.length === 0 && implicit.length === 0) return bundled;
    let byImplicit = this.registries.get(team);
    if (!byImplicit) {
      byImplicit = new WeakMap();
      this.registries.set(team, byImplicit);
    }
    let registry = byImplicit.get(implicit);
    if (!registry) {
      registry = bundled.with([...team, ...implicit]);
      byImplicit.set(implicit, registry);
    }
    return registry;
  }

  gitStatus(path: string): GitStatus | undefined {
    return this.cached(`git:${path}`, () => this.git.status(path));
  }

  setWorkspaceFolders(folders: readonly string[]): void {
    this.folders = folders;
    this.clear();
  }

  /**
   * The code of the workspace (read sites, declared schemas), once the server has built its index;
   * undefined before, and always for the CLI and in tests that give none.
   */
  get codeIndex(): CodeIndex | undefined {
    return this.code;
  }

  setCodeIndex(index: CodeIndex | undefined): void {
    this.code = index;
    this.clear();
  }

  /**
   * After the code index read a file again: forgets the schemas the code declares, and what was made
   * of them, only when what the declarations say changed (not on an edit elsewhere in the code, nor
   * when a schema only moved). True when it did: the caller then makes analyses select their schemas again.
   */
  codeChanged(): boolean {
    const before = this.cache.get(DECLARED) as DeclaredProjects | undefined;
    const list = this.code?.declaredSchemas() ?? [];
    if (before === undefined || before.list === list || sameFingerprint(before.fingerprint, fingerprintOf(list))) return false;
    for (const key of [...this.cache.keys()]) if (key === DECLARED || key.startsWith('implicit:') || key.startsWith('declared:')) this.cache.delete(key);
    return true;
  }

  clear(): void {
    this.cache.clear();
    this.git.forget();
  }

  /**
   * The workspace root of a file: the deepest workspace folder that holds it. A file outside every
   * folder (an editor opened a single file, or no folder at all) has its own folder as its root,
   * so nothing above or beside that folder is read for it.
   */
  rootOf(path: string): string {
    return this.folders.filter((f) => isInside(path, f)).sort((a, b) => b.length - a.length)[0] ?? dirname(path);
  }

  /** The file's folder and each parent up to its workspace root (at most 8 levels). */
  directoriesOf(path: string): string[] {
    const root = this.rootOf(path);
    const directories: string[] = [];
    let directory = dirname(path);
    for (let i = 0; i < 8; i++) {
      directories.push(directory);
      if (directory === root || !isInside(directory, root)) break;
      const parent = dirname(directory);
      if (parent === directory) break;
      directory = parent;
    }
    return directories;
  }

  projectFacts(path: string): ProjectFacts {
    const directories = this.directoriesOf(path);
    return this.cached(`facts:${directories.join('|')}`, () => readProjectFacts(confinedFs(this.fs, this.rootOf(path)), directories));
  }

  /**
   * The team's schemas: `.envsense/*.json` in the file's folder or a parent up to the workspace root;
   * none in an untrusted workspace.
   */
  teamSchemas(path: string): { schemas: SystemSchema[]; problems: SchemaFileProblem[] } {
    if (!this.trusted) return { schemas: [], problems: [] };
    const directories = this.directoriesOf(path);
    return this.cached(`team:${directories.join('|')}`, () => {
      const schemas: SystemSchema[] = [];
      const problems: SchemaFileProblem[] = [];
      const root = this.rootOf(path);
      for (const directory of directories) {
        const folder = join(directory, '.envsense');
        // A `.envsense` link out of the workspace is not even listed: its file names are not ours to show.
        if (realPathInside(this.fs, folder, root) === undefined) continue;
        for (const name of (this.fs.listDirectory(folder) ?? []).filter((n) => n.endsWith('.json')).sort()) {
          const loaded = this.schemaFile(join(folder, name), path);
          if (loaded.schema) schemas.push(loaded.schema);
          else problems.push({ path: join(folder, name), problems: loaded.problems });
        }
      }
      return { schemas, problems };
    });
  }

  /**
   * A schema file for the document at `documentPath`: a team schema, or one named by a directive or
   * a setting. It is read only when it lies inside the document's workspace root.
   */
  schemaFile(path: string, documentPath: string): { schema?: SystemSchema; problems: string[] } {
    const root = this.rootOf(documentPath);
    return this.cached(`schema:${root}|${path}`, () => {
      const read = readInside(this.fs, path, root);
      return 'text' in read ? readSchemaText(read.text, this.validateSchema) : { problems: [read.problem] };
    });
  }

  /** Templates and varlock schemas next to the file, and for a dotenv file the schemas its project's code declares, as schemas. */
  implicitSchemas(path: string, dialect: Dialect): SystemSchema[] {
    return this.cached(`implicit:${path}:${dialect}`, () => [
      ...implicitSchemasOf(basename(path), dialect, this.fs.listDirectory(dirname(path)) ?? []).flatMap(({ name, kind }) => {
        const text = this.readInRoot(join(dirname(path), name), path);
        return text === undefined ? [] : [kind(parse(text, name.endsWith('.py.template') || name.endsWith('.py.example') ? 'python' : 'dotenv'), name)];
      }),
      ...(dialect === 'dotenv' ? this.declaredSchemas(dirname(path)) : []),
    ]);
  }

  /**
   * The schemas the code declares for the env files of `folder` (see code/declaredProjects), converted
   * once per folder until the declarations change: a keystroke in an env file converts nothing.
   */
  declaredSchemas(folder: string): readonly SystemSchema[] {
    const files = this.declaredProjects().byFolder.get(folder);
    if (!files) return [];
    return this.cached(`declared:${folder}`, () => files.flatMap((file) => declaredAsSchemas(file.path, file.root, file.schemas)));
  }

  private declaredProjects(): DeclaredProjects {
    return this.cached(DECLARED, () => declaredProjects(this.code?.declaredSchemas() ?? [], this.folders, (folder) => this.holdsEnvFile(folder)));
  }

  /** The env files a folder holds (see `envFilesAmong`), with their paths; read from the disk at each call. */
  envFilesIn(folder: string, isSecretsFile: (name: string) => boolean): (FamilyMember & { readonly path: string })[] {
    return envFilesAmong(this.fs.listDirectory(folder) ?? [], isSecretsFile).map((member) => ({ ...member, path: join(folder, member.name) }));
  }

  /** Whether a folder holds a dotenv file of a family (`.env`, `.env.example`, …; a `.env/` virtualenv is no file). */
  private holdsEnvFile(folder: string): boolean {
    return this.envFilesIn(folder, () => false).some((member) => this.fs.entryKind(member.path) !== 'directory');
  }

  /**
   * The keys the other files of the file's family set (templates aside), read from the disk inside its
   * root; undefined when one cannot be read or they are more than the family limits.
   */
  familyKeys(path: string): ReadonlySet<string> | undefined {
    return this.cached(`family-keys:${path}`, () => {
      const others = this.family(path).filter((member) => !member.template && member.path !== path);
      if (others.length > FAMILY_LIMITS.otherFiles) return undefined;
      const keys = new Set<string>();
      let characters = 0;
      for (const member of others) {
        const text = this.readInRoot(member.path, path);
        characters += text?.length ?? 0;
        if (text === undefined || characters > FAMILY_LIMITS.characters) return undefined;
        for (const assignment of parse(text, member.dialect).assignments) keys.add(assignment.key);
      }
      return keys;
    });
  }

  /** The assignments of the files dotenv-style loaders read before this one: `.env` for `.env.local`, `.env.production`, … */
  loadedBefore(path: string): readonly LoadedBefore[] {
    const base = this.familyBase(path);
    if (base === undefined) return NOTHING_LOADED_BEFORE;
    return this.cached(`before:${path}`, () => base.assignments.map((assignment) => ({ file: '.env', assignment, text: base.text })));
  }

  /** The members of the file's env family in its folder (see envFamily), with their paths; the file itself included. */
  family(path: string): readonly (FamilyMember & { readonly path: string })[] {
    return this.cached(`members:${path}`, () =>
      familyMembers(basename(path), this.fs.listDirectory(dirname(path)) ?? []).map((member) => ({ ...member, path: join(dirname(path), member.name) })),
    );
  }

  /**
   * The file's family as its loader reads it (the setting's loader, else the one the project shows):
   * which files load in each environment, in order, and what each loads, read from the disk once per
   * workspace change. Undefined for a Python secrets file, and when no loader is known.
   */
  familyOrder(path: string, setting: LoaderSetting): FamilyOrder | undefined {
    return this.cached(`order:${path}|${setting}`, () => {
      const family = this.family(path);
      if (family.some((member) => member.dialect === 'python')) return undefined;
      // A file outside any `.env*` family (`web.env`) may still be in a compose `env_file:` list.
      const members = family.length > 0 ? family : [{ name: basename(path), path, template: false, dialect: 'dotenv' as const }];
      const plan = familyPlan(
        {
          members,
          folderFacts: this.folderFacts(dirname(path)),
          facts: this.projectFacts(path),
          directories: this.directoriesOf(path),
          read: (file) => this.readInRoot(file, path),
          exists: (file) => this.fs.entryKind(file) !== undefined,
        },
        setting,
      );
      return plan && familyOrderOf(path, plan, (step) => this.stepRead(step.path, path, plan.loader.reader));
    });
  }

  /** What a file of a family loads as `reader` reads it, or why it is not read (outside the root, a link out of it, too large). */
  stepRead(path: string, documentPath: string, reader: ReaderId): StepRead {
    const root = this.rootOf(documentPath);
    return this.cached(`step:${root}|${path}|${reader}`, () => diskStepRead(readInside(this.fs, path, root), reader));
  }

  /** The manifests of one folder alone (a framework reads the env files of its own project folder). */
  folderFacts(directory: string): ProjectFacts {
    return this.cached(`folder-facts:${directory}`, () => readProjectFacts(confinedFs(this.fs, this.rootOf(join(directory, '.env'))), [directory]));
  }

  /** The `.env` that a member of its family (`.env.local`, `.env.production`, …) builds on, parsed. */
  familyBase(path: string): EnvDocument | undefined {
    if (!basename(path).startsWith('.env.')) return undefined;
    return this.cached(`family:${path}`, () => {
      const text = this.readInRoot(join(dirname(path), '.env'), path);
      return text === undefined ? undefined : parse(text, 'dotenv');
    });
  }

  /**
   * A file a quick fix may write for the document at `documentPath`, with its current text
   * (undefined when the fix creates it). Undefined when writing is not safe: the file is a symbolic
   * link (even a dangling one) or not a regular file, or it lies outside the document's root.
   */
  writableFile(path: string, documentPath: string): { existing: string | undefined } | undefined {
    const root = this.rootOf(documentPath);
    if (!isInside(path, root)) return undefined;
    const kind = this.fs.entryKind(path);
    if (kind === undefined) return realPathInside(this.fs, dirname(path), root) !== undefined ? { existing: undefined } : undefined;
    if (kind !== 'file' || realPathInside(this.fs, path, root) === undefined) return undefined;
    const existing = this.fs.readFile(path);
    return existing === undefined ? undefined : { existing };
  }

  /** A file read for the document at `documentPath`, when it lies inside that document's root (symbolic links resolved). */
  readInRoot(path: string, documentPath: string): string | undefined {
    return textInside(this.fs, path, this.rootOf(documentPath));
  }

  private cached<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}
