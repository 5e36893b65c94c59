import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { globMatcher } from '../service/globMatcher';
import { MAX_CHECKED_FILE_BYTES, readRegularFile } from '../node/safeRead';

/** A failure the CLI reports as one line naming the file, never as a stack trace. */
export class InputError extends Error {}

/**
 * Reads a file as dotenv does (UTF-8), refusing what is not a text file: only a regular file of at
 * most MAX_CHECKED_FILE_BYTES is read, never a device, a pipe or a folder (so `.env -> /dev/stdin`
 * or `/dev/zero` fails at once instead of waiting or filling memory).
 */
export function readTextFile(path: string): string {
  const result = readRegularFile(path, MAX_CHECKED_FILE_BYTES);
  if ('problem' in result) throw new InputError(`${path}: ${result.problem}`);
  if (result.bytes.includes(0)) throw new InputError(`${path}: binary file (it contains NUL bytes), not a dotenv or secrets file`);
  return result.bytes.toString('utf8');
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
