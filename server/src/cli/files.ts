import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { globMatcher } from '../service/globMatcher';

/** A failure the CLI reports as one line naming the file, never as a stack trace. */
export class InputError extends Error {}

/** Reads a file as dotenv does (UTF-8), refusing what is not a text file. */
export function readTextFile(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stats.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (it contains NUL bytes), not a dotenv or secrets file`);
  return bytes.toString('utf8');
}

const DOTENV_NAMES = ['.env', '.env.*', '*.env', '.flaskenv'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.venv', 'venv', '__pycache__']);

/** The files `envsense check` looks at: explicit files as given, directories searched for env and secrets files. */
export function collectFiles(paths: readonly string[], secretsFiles: readonly string[]): string[] {
  const isCandidate = globMatcher([...DOTENV_NAMES, ...secretsFiles]);
  const files: string[] = [];
  const walk = (directory: string) => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      throw new InputError(`${directory}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path);
      } else if (entry.isFile() && isCandidate(basename(path))) {
        files.push(path);
      }
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new InputError(`${path}: no such file or directory`);
    }
    if (isDirectory) walk(path);
    else files.push(path);
  }
  return files;
}
