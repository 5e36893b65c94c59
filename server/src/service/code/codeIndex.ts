import { extname } from 'node:path';
import type { GitFacts } from '../workspace/gitFacts';
import { walkWorkspace, type WalkLimits } from '../workspace/workspaceWalk';
import { textInside } from '../workspace/confinedRead';
import { isInside, type WorkspaceFs } from '../workspace/workspaceFs';
import { findDeclaredSchemas, type DeclaredSchema } from './declaredSchemas';
import { findDynamicRead, type DynamicRead } from './dynamicReads';
import { findReadSites, type ReadSite } from './readSites';
import type { CodeLanguage, CodeParser } from './syntaxNode';

/**
 * The workspace's code as EnvSense needs it: where each variable is read, and the schemas the code
 * declares. Built in the background (the server shows progress), file by file, yielding between
 * files so that no keystroke waits; then kept up to date one changed file at a time. Files git ignores
 * and folders of installed or generated code are not read; sources larger than `MAX_SOURCE_LENGTH`
 * (minified bundles) are skipped.
 */
export interface IndexedFile {
  readonly language: CodeLanguage;
  readonly sites: readonly ReadSite[];
  readonly schemas: readonly DeclaredSchema[];
  /** The file's first read that names no key (`process.env[name]`, `{ ...process.env }`, a configuration library), if any. */
  readonly dynamic: DynamicRead | undefined;
}

export const MAX_SOURCE_LENGTH = 1024 * 1024;
/** Code files of a large monorepo fit; a hostile workspace costs a bounded walk. */
export const INDEX_LIMITS: WalkLimits = { depth: 20, directories: 20_000, entries: 400_000, files: 20_000 };
/** Files parsed between two yields to the event loop. */
const BATCH = 25;

const LANGUAGES: Readonly<Record<string, CodeLanguage>> = {
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python',
};

export function codeLanguageOf(path: string): CodeLanguage | undefined {
  if (path.endsWith('.d.ts')) return undefined;
  return LANGUAGES[extname(path)];
}

export interface IndexProgress {
  readonly done: number;
  readonly total: number;
}

export class CodeIndex {
  private readonly files = new Map<string, IndexedFile>();
  private truncatedWalk = false;
  /** Counts the changes to what env files depend on: what is computed from the files is kept while it stays the same. */
  private changes = 0;
  private folders: readonly string[] = [];
  /** What every completion asks, kept until a file's names or schemas change. */
  private keysMemo: ReadonlySet<string> | undefined;
  private schemasMemo: { path: string; schema: DeclaredSchema }[] | undefined;

  constructor(
    private readonly fs: WorkspaceFs,
    private readonly git: GitFacts,
    private readonly parse: CodeParser,
  ) {}

  /** Reads every code file of the folders; `cancelled` is asked between batches. */
  async build(folders: readonly string[], progress: (step: IndexProgress) => void = () => undefined, cancelled: () => boolean = () => false): Promise<void> {
    this.folders = folders;
    const walk = walkWorkspace(this.fs, folders, (name) => codeLanguageOf(name) !== undefined, INDEX_LIMITS);
    this.truncatedWalk = !walk.complete;
    this.changes++;
    const paths = walk.files.filter((path) => this.git.status(path)?.ignored !== true);
    for (let i = 0; i < paths.length; i++) {
      if (i % BATCH === 0) {
        progress({ done: i, total: paths.length });
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled()) return;
      }
      this.update(paths[i]!);
    }
    progress({ done: paths.length, total: paths.length });
  }

  /**
   * Reads one file again (changed on disk, or its editor text when given); a file that is gone, not
   * code, or outside the workspace folders once links are resolved is dropped. Says whether what the
   * env files depend on changed: the names the file reads or the schemas it declares (a read moving
   * down a line does not count).
   */
  update(path: string, text: string | undefined = this.readInFolder(path)): boolean {
    const before = this.files.get(path);
    const language = codeLanguageOf(path);
    if (!language || text === undefined || text.length > MAX_SOURCE_LENGTH) {
      this.remove(path);
      return before !== undefined;
    }
    const root = this.parse(text, language);
    if (!root) return false;
    const after: IndexedFile = { language, sites: findReadSites(root, language), schemas: findDeclaredSchemas(root, language), dynamic: findDynamicRead(root, language) };
    this.files.set(path, after);
    const changed = !before || !sameFacts(before, after);
    if (changed) this.forgetSummaries();
    return changed;
  }

  private forgetSummaries(): void {
    this.changes++;
    this.keysMemo = undefined;
    this.schemasMemo = undefined;
  }

  private readInFolder(path: string): string | undefined {
    const folder = this.folders.find((candidate) => isInside(path, candidate));
    return folder === undefined ? undefined : textInside(this.fs, path, folder);
  }

  /** Drops a file (deleted on disk); says whether the index held it. */
  remove(path: string): boolean {
    const held = this.files.delete(path);
    if (held) this.forgetSummaries();
    return held;
  }

  get version(): number {
    return this.changes;
  }

  /** Every indexed file with its path. */
  entries(): IterableIterator<[string, IndexedFile]> {
    return this.files.entries();
  }

  get(path: string): IndexedFile | undefined {
    return this.files.get(path);
  }

  /** Every read site of `key`, with its file. */
  readsOf(key: string): { path: string; site: ReadSite }[] {
    const found: { path: string; site: ReadSite }[] = [];
    for (const [path, file] of this.files) for (const site of file.sites) if (site.key === key) found.push({ path, site });
    return found;
  }

  /** Every variable name the code reads. */
  keysRead(): ReadonlySet<string> {
    if (!this.keysMemo) {
      const keys = new Set<string>();
      for (const file of this.files.values()) for (const site of file.sites) keys.add(site.key);
      this.keysMemo = keys;
    }
    return this.keysMemo;
  }

  /** The schemas the code declares, with their files: the same list until one of them changes. */
  declaredSchemas(): readonly { path: string; schema: DeclaredSchema }[] {
    this.schemasMemo ??= [...this.files].flatMap(([path, file]) => file.schemas.map((schema) => ({ path, schema })));
    return this.schemasMemo;
  }

  get size(): number {
    return this.files.size;
  }

  /** Whether the walk stopped at a limit (a very large workspace): "not read anywhere" cannot then be said. */
  get truncated(): boolean {
    return this.truncatedWalk;
  }
}

function sameFacts(a: IndexedFile, b: IndexedFile): boolean {
  const keys = (file: IndexedFile) => [...new Set(file.sites.map((site) => site.key))].sort().join('\n');
  const schemas = (file: IndexedFile) => JSON.stringify(file.schemas.map((schema) => ({ ...schema, variables: schema.variables.map(({ name, spec }) => ({ name, spec })) })));
  return keys(a) === keys(b) && schemas(a) === schemas(b) && (a.dynamic === undefined) === (b.dynamic === undefined);
}
