import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { nodeFs } from '../node/nodeFs';
import type { LoaderSetting } from '../service/family/loaderIds';
import { loadEnvironment, type LoadedEnvironment } from '../service/family/loadEnvironment';
import { parse } from '../service/parser';
import { loadedValues } from '../service/parser/loadedValues';
import type { ReaderBinding } from '../service/readers/binding';
import { READERS, type ReaderId } from '../service/readers/reader';
import { lineOfOffset, refusalReason } from '../service/readers/refusal';
import { dialectOf } from '../service/dialect';
import type { EnvSenseSettings } from '../service/settings';
import { gitFactsFromFiles } from '../service/workspace/filesGitFacts';
import { WorkspaceView } from '../service/workspace/workspaceView';
import { escapeJsonControls } from './escape';
import { InputError, readTextFile } from './files';

/**
 * The variables the files load, as `reader` reads them (Node's dotenv by default; a key a reader
 * leaves unset, as python-dotenv does a key written without `=`, is left out). With several files the first file
 * that sets a key wins, as `dotenv.config({ path: [...] })` does; `override` makes the last one win.
 */
export function loadVariables(files: readonly string[], override: boolean, settings: EnvSenseSettings, reader: ReaderId = 'dotenv'): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const file of files) {
    const text = readTextFile(file);
    const dialect = dialectOf(file, settings.secretsFiles);
    const fileValues: Iterable<[string, string]> =
      dialect === 'dotenv'
        ? [...readerLoads(reader, file, text)].flatMap(([key, { value }]): [string, string][] => (value === null ? [] : [[key, value]]))
        : loadedValues(parse(text, dialect));
    for (const [key, value] of fileValues) {
      if (override || !Object.prototype.hasOwnProperty.call(variables, key)) variables[key] = value;
    }
  }
  return variables;
}

/** What the reader loads from a file; a file it refuses is bad input, said with its line. */
function readerLoads(reader: ReaderId, file: string, text: string): ReadonlyMap<string, ReaderBinding> {
  const { values, refusal } = READERS[reader].read(text);
  if (refusal) throw new InputError(`${READERS[reader].name} refuses ${file} at line ${lineOfOffset(text, refusal.offset)}: ${refusalReason(refusal)}; it loads nothing from it`);
  return values;
}

const PLAIN = /^[\w@%+=:,./-]*$/;

/**
 * `KEY=value` lines; a value with spaces, quotes, line breaks or other controls is written as a JSON
 * string, with every control character escaped (JSON.stringify leaves C1, bidi and U+2028 raw).
 */
export function formatVariables(variables: Record<string, string>, json: boolean): string {
  if (json) return `${escapeJsonControls(JSON.stringify(variables, null, 2))}\n`;
  return Object.entries(variables)
    .map(([key, value]) => `${escapeJsonControls(key)}=${PLAIN.test(value) ? value : escapeJsonControls(JSON.stringify(value))}\n`)
    .join('');
}

/** What `print --env NAME` was asked: the environment, the loader (else the setting, else detected), the files or folder. */
export interface FamilyPrintRequest {
  readonly environment: string;
  readonly loader: LoaderSetting;
  readonly reader: ReaderId | undefined;
  /** Files of one family, or one folder (its `.env*` files); the working directory when empty. */
  readonly paths: readonly string[];
  readonly cwd: string;
}

/**
 * The variables one environment of a family loads, as its loader merges them (see family/loaders.ts),
 * read only inside the working directory. Bad input (no loader known, an unknown environment, files
 * of several folders, a file not read) is an InputError naming it.
 */
export function loadFamilyEnvironment(request: FamilyPrintRequest): LoadedEnvironment {
  const paths = (request.paths.length > 0 ? request.paths : ['.']).map((path) => resolve(request.cwd, path));
  const folders = new Set(paths.map((path) => (isDirectory(path) ? path : dirname(path))));
  if (folders.size > 1) throw new InputError(`--env reads one family: the files must lie in one folder, not in ${[...folders].join(', ')}`);
  const folder = [...folders][0]!;
  const files = paths.filter((path) => !isDirectory(path));
  for (const file of files) if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  const workspace = new WorkspaceView(nodeFs, () => ['schemas are not read by print'], gitFactsFromFiles(nodeFs));
  workspace.setWorkspaceFolders([request.cwd]);
  const loaded = loadEnvironment(workspace, {
    anchor: files[0] ?? join(folder, '.env'),
    environment: request.environment,
    loader: request.loader,
    ...(files.length > 0 ? { only: new Set(files) } : {}),
    ...(request.reader ? { reader: request.reader } : {}),
  });
  if ('problem' in loaded) throw new InputError(loaded.problem);
  return loaded;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The merged variables: `KEY=value  # file` lines under a comment naming the loader and the files in
 * order (still a dotenv file: the comments are ignored by every reader), or JSON with the loader, the
 * environment, the files, the variables and the file each comes from. Values are printed as loaded,
 * secrets too, as `print` always does: its output is meant for programs.
 */
export function formatEnvironment(loaded: LoadedEnvironment, json: boolean): string {
  const variables: Record<string, string> = {};
  const sources: Record<string, string> = {};
  for (const [key, { value, step }] of loaded.variables) {
    variables[key] = value;
    sources[key] = step.name;
  }
  const files = loaded.steps.map((step) => step.name);
  if (json) {
    const output = { loader: loaded.plan.loader.id, environment: loaded.environment, files, variables, sources };
    return `${escapeJsonControls(JSON.stringify(output, null, 2))}\n`;
  }
  const rule = loaded.plan.loader.order === 'first-wins' ? 'the first file that sets a key wins' : 'a later file overrides an earlier one';
  const head = `# ${escapeJsonControls(loaded.plan.loader.name)}, ${escapeJsonControls(loaded.environment)}: ${files.map(escapeJsonControls).join(', ') || 'no file'} (${rule})\n`;
  return (
    head +
    Object.entries(variables)
      .map(([key, value]) => `${escapeJsonControls(key)}=${PLAIN.test(value) ? value : escapeJsonControls(JSON.stringify(value))}  # ${escapeJsonControls(sources[key]!)}\n`)
      .join('')
  );
}
