import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { parse, type Assignment, type Dialect } from '../parser';
import { implicitSchemasOf } from '../schema/implicitSchemaFiles';
import { readSchemaText, type SchemaValidator } from '../schema/schemaValidator';
import type { SchemaRegistry } from '../schema/schemaRegistry';
import type { SystemSchema } from '../schema/schemaTypes';
import { readProjectFacts, type ProjectFacts } from './projectFacts';
import type { GitFacts, GitStatus } from './gitFacts';
import type { WorkspaceFs } from './workspaceFs';

export interface SchemaFileProblem {
  readonly path: string;
  readonly problems: readonly string[];
}

/**
 * Workspace facts with a cache: reading manifests, team schemas and templates on every keystroke
 * would make typing slow, so each is read once and dropped when the server reports a file change.
 */
export class WorkspaceView {
  private readonly cache = new Map<string, unknown>();
  private folders: readonly string[] = [];

  constructor(
    private readonly fs: WorkspaceFs,
    private readonly validateSchema: SchemaValidator,
    private readonly git: GitFacts,
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

  clear(): void {
    this.cache.clear();
    this.git.forget();
  }

  /** The file's folder and each parent up to the workspace folder that holds it (at most 8 levels). */
  directoriesOf(path: string): string[] {
    const root = this.folders.filter((f) => isInside(path, f)).sort((a, b) => b.length - a.length)[0];
    const directories: string[] = [];
    let directory = dirname(path);
    for (let i = 0; i < 8; i++) {
      directories.push(directory);
      if (root === undefined || directory === root || !isInside(directory, root)) break;
      const parent = dirname(directory);
      if (parent === directory) break;
      directory = parent;
    }
    return directories;
  }

  projectFacts(path: string): ProjectFacts {
    const directories = this.directoriesOf(path);
    return this.cached(`facts:${directories.join('|')}`, () => readProjectFacts(this.fs, directories));
  }

  /** The team's schemas: `.envsense/*.json` in the file's folder or a parent up to the workspace root. */
  teamSchemas(path: string): { schemas: SystemSchema[]; problems: SchemaFileProblem[] } {
    const directories = this.directoriesOf(path);
    return this.cached(`team:${directories.join('|')}`, () => {
      const schemas: SystemSchema[] = [];
      const problems: SchemaFileProblem[] = [];
      for (const directory of directories) {
        const folder = join(directory, '.envsense');
        for (const name of (this.fs.listDirectory(folder) ?? []).filter((n) => n.endsWith('.json')).sort()) {
          const loaded = this.schemaFile(join(folder, name));
          if (loaded.schema) schemas.push(loaded.schema);
          else problems.push({ path: join(folder, name), problems: loaded.problems });
        }
      }
      return { schemas, problems };
    });
  }

  /** A schema file named by a directive or a setting. */
  schemaFile(path: string): { schema?: SystemSchema; problems: string[] } {
    return this.cached(`schema:${path}`, () => {
      const text = this.fs.readFile(path);
      if (text === undefined) return { problems: ['the file does not exist or cannot be read'] };
      return readSchemaText(text, this.validateSchema);
    });
  }

  /** Templates and varlock schemas next to the file, as schemas. */
  implicitSchemas(path: string, dialect: Dialect): SystemSchema[] {
    return this.cached(`implicit:${path}:${dialect}`, () =>
      implicitSchemasOf(basename(path), dialect, this.fs.listDirectory(dirname(path)) ?? []).flatMap(({ name, kind }) => {
        const text = this.fs.readFile(join(dirname(path), name));
        return text === undefined ? [] : [kind(parse(text, name.endsWith('.py.template') || name.endsWith('.py.example') ? 'python' : 'dotenv'), name)];
      }),
    );
  }

  /** The assignments of the files dotenv-style loaders read before this one: `.env` for `.env.local`, `.env.production`, … */
  loadedBefore(path: string): { file: string; assignment: Assignment }[] {
    const name = basename(path);
    if (!name.startsWith('.env.')) return [];
    return this.cached(`before:${path}`, () => {
      const text = this.fs.readFile(join(dirname(path), '.env'));
      return text === undefined ? [] : parse(text, 'dotenv').assignments.map((assignment) => ({ file: '.env', assignment }));
    });
  }

  private cached<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
