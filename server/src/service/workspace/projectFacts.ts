import { join } from 'node:path';
import { composeEnvFiles, isComposeFile } from './composeFiles';
import type { WorkspaceFs } from './workspaceFs';

/** What a folder's manifests say about the project: its dependencies and its marker files. */
export interface ProjectFacts {
  readonly files: ReadonlySet<string>;
  /** Package names, lower case: npm, PyPI, Composer (`vendor/name`), Go module paths, and gems as `gem:name`. */
  readonly dependencies: ReadonlySet<string>;
  /** The version a manifest pins or starts its range at (`flask==1.1.1`, `"next": "^14.2.0"`), by package name. */
  readonly versions: ReadonlyMap<string, string>;
  /** A Python module in these folders that calls `load_dotenv()` or `dotenv_values()`, by name. */
  readonly loadsDotenv?: string;
  /** Compose files found, by path, with the env files each names in `env_file:` (paths resolved). */
  readonly compose: ReadonlyMap<string, readonly string[]>;
}

// Patterns that read a manifest line by line use `[ \t]`, never `\s`, after `^`: with the `m` flag
// `\s*` would run on through the next lines, and every line start would rescan the rest of the file.

/** How many Python modules of the file's folders are searched for `load_dotenv()` (each within the read size limit). */
const PYTHON_FILES_READ = 20;

/** Reads the manifests of each folder from `directories` (the file's folder up to its workspace root). */
export function readProjectFacts(fs: WorkspaceFs, directories: readonly string[]): ProjectFacts {
  const files = new Set<string>();
  const dependencies = new Set<string>();
  const compose = new Map<string, readonly string[]>();
  const versions = new Map<string, string>();
  let loadsDotenv: string | undefined;
  let pythonFilesRead = 0;
  for (const directory of directories) {
    const names = fs.listDirectory(directory) ?? [];
    for (const name of names) {
      files.add(name);
      const read = () => fs.readFile(join(directory, name)) ?? '';
      if (/^requirements.*\.txt$/.test(name)) {
        const text = read();
        requirements(text).forEach((d) => dependencies.add(d));
        pinnedRequirements(text).forEach(([d, version]) => versions.set(d, version));
      } else if (name === 'pyproject.toml' || name === 'Pipfile') {
        tomlDependencies(read()).forEach((d) => dependencies.add(d));
      } else if (name === 'package.json') {
        const text = read();
        jsonKeys(text, ['dependencies', 'devDependencies', 'peerDependencies']).forEach((d) => dependencies.add(d));
        npmVersions(text).forEach(([d, version]) => versions.set(d, version));
      } else if (name === 'composer.json') {
        jsonKeys(read(), ['require', 'require-dev']).forEach((d) => dependencies.add(d));
      } else if (name === 'Gemfile') {
        gems(read()).forEach((d) => dependencies.add(d));
      } else if (name === 'go.mod') {
        goModules(read()).forEach((d) => dependencies.add(d));
      } else if (isComposeFile(name)) {
        compose.set(join(directory, name), composeEnvFiles(read()).map((file) => join(directory, file)));
      } else if (name.endsWith('.py') && loadsDotenv === undefined && pythonFilesRead < PYTHON_FILES_READ) {
        // A Python module beside the file that calls load_dotenv() says python-dotenv reads it.
        pythonFilesRead++;
        if (/\bload_dotenv\s*\(|\bdotenv_values\s*\(/.test(read())) loadsDotenv = name;
      }
    }
  }
  return { files, dependencies, versions, compose, ...(loadsDotenv ? { loadsDotenv } : {}) };
}

function requirements(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1]?.toLowerCase())
    .filter((name): name is string => name !== undefined);
}

/** `name==1.2.3` and `name~=1.2` lines: the version the project is on. */
function pinnedRequirements(text: string): [string, string][] {
  return [...text.matchAll(/^[ \t]*([A-Za-z0-9][A-Za-z0-9._-]*)[ \t]*(?:==|~=)[ \t]*(\d+(?:\.\d+)*)/gm)].map((match): [string, string] => [match[1]!.toLowerCase(), match[2]!]);
}

/** `"next": "^14.2.0"`, `"~1.2"`, `"1.2.3"`: the lowest version the range allows. */
function npmVersions(text: string): [string, string][] {
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    const out: [string, string][] = [];
    for (const section of ['dependencies', 'devDependencies']) {
      const entries = manifest[section];
      if (typeof entries !== 'object' || entries === null) continue;
      for (const [name, range] of Object.entries(entries)) {
        const version = typeof range === 'string' ? /^[\^~=v]*(\d+(?:\.\d+)*)/.exec(range.trim())?.[1] : undefined;
        if (version) out.push([name.toLowerCase(), version]);
      }
    }
    return out;
  } catch {
    return [];
  }
}

/** Quoted requirement strings (`"django>=4"`) and `name = "…"` keys of dependency tables. */
function tomlDependencies(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;]|["'])/g)) names.push(match[1]!.toLowerCase());
  let inTable = false;
  for (const line of text.split(/\r?\n/)) {
    const table = /^\s*\[([^\]]+)\]/.exec(line);
    if (table) inTable = /dependencies|packages/.test(table[1]!);
    else if (inTable) {
      const key = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/.exec(line);
      if (key) names.push(key[1]!.toLowerCase());
    }
  }
  return names;
}

/** `gem 'dotenv-rails'` lines of a Gemfile, as `gem:dotenv-rails` (npm has a `dotenv` too). */
function gems(text: string): string[] {
  return [...text.matchAll(/^[ \t]*gem[ \t]+["']([A-Za-z0-9._-]+)["']/gm)].map((match) => `gem:${match[1]!.toLowerCase()}`);
}

/** Module paths a go.mod requires, in one-line and block form. */
function goModules(text: string): string[] {
  return [...text.matchAll(/^[ \t]*(?:require[ \t]+)?([a-z0-9.-]+\.[a-z]+\/[A-Za-z0-9._\/-]+)[ \t]+v\d/gm)].map((match) => match[1]!.toLowerCase());
}

function jsonKeys(text: string, sections: readonly string[]): string[] {
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    return sections.flatMap((section) => {
      const value = manifest[section];
      return typeof value === 'object' && value !== null ? Object.keys(value).map((k) => k.toLowerCase()) : [];
    });
  } catch {
    return [];
  }
}
