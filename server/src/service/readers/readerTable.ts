import { parse } from '../parser';
import type { ReaderBinding, ReaderEnvironment, ReaderRead } from './binding';
import { composeRead } from './compose';
import { dotenvExpandValues } from './dotenvExpand';
import { godotenvRead } from './godotenv';
import { readPhpdotenv } from './phpdotenv';
import { pythonDotenvValues } from './pythonDotenv';
import { readRubyDotenv } from './rubyDotenv';

/** The programs EnvSense knows that load a dotenv file; each decides what the file's lines mean. */
export type ReaderId = 'dotenv' | 'dotenv-expand' | 'python-dotenv' | 'compose' | 'godotenv' | 'phpdotenv' | 'ruby-dotenv';

export interface ReaderEntry {
  /** As the user knows it, for hover, the status bar and messages. */
  readonly name: string;
  /** What the reader loads from a whole file, expansion resolved against `environment`, and where it refuses the file. */
  read(text: string, environment?: ReaderEnvironment): ReaderRead;
  /** Reads lines as Node's dotenv does (comments, quotes, no expansion): its syntax findings apply. */
  readonly nodeSyntax: boolean;
  /** Stops on some files and loads nothing from them. */
  readonly canRefuse: boolean;
  /** Which references it replaces: none (Node's dotenv), only `${VAR}`, or `$VAR` too. */
  readonly expands: 'none' | 'braced' | 'all';
}

/** Node's dotenv: EnvSense's own parser equals `dotenv.parse`. */
function nodeDotenvValues(text: string): ReadonlyMap<string, ReaderBinding> {
  const values = new Map<string, ReaderBinding>();
  for (const assignment of parse(text, 'dotenv').assignments) values.set(assignment.key, { key: assignment.key, value: assignment.value, start: assignment.span.start });
  return values;
}

export const READERS: Readonly<Record<ReaderId, ReaderEntry>> = {
  dotenv: { name: "Node's dotenv", read: (text) => ({ values: nodeDotenvValues(text) }), nodeSyntax: true, canRefuse: false, expands: 'none' },
  // Vite, Next.js, Nuxt and Create React App: Node's dotenv, then dotenv-expand on its values.
  'dotenv-expand': { name: 'dotenv-expand', read: (text, environment) => ({ values: dotenvExpandValues(text, environment) }), nodeSyntax: true, canRefuse: false, expands: 'all' },
  'python-dotenv': { name: 'python-dotenv', read: (text, environment) => ({ values: pythonDotenvValues(text, environment) }), nodeSyntax: false, canRefuse: false, expands: 'braced' },
  compose: {
    name: 'docker compose',
    read(text, environment) {
      const { values, refusal } = composeRead(text, environment);
      return refusal ? { values, refusal } : { values };
    },
    nodeSyntax: false,
    canRefuse: true,
    expands: 'all',
  },
  // godotenv expands `$VAR` from the file's own earlier keys only, never from the environment.
  godotenv: {
    name: 'godotenv',
    read(text) {
      const { values, error } = godotenvRead(text);
      return error ? { values, refusal: error } : { values };
    },
    nodeSyntax: false,
    canRefuse: true,
    expands: 'all',
  },
  // Laravel's: `a#b` loads `a`, `${VAR}` from earlier keys; an unquoted value with spaces, an unclosed `'` or a
  // bad name refuses the file (an unclosed `"` silently drops the rest of it, as phpdotenv does).
  phpdotenv: {
    name: 'phpdotenv',
    read(text, environment) {
      const { values, error, dropped } = readPhpdotenv(text, environment);
      if (error) return { values, refusal: error };
      return dropped === undefined ? { values } : { values, droppedFrom: dropped };
    },
    nodeSyntax: false,
    canRefuse: true,
    expands: 'braced',
  },
  // Rails' (dotenv-rails): `$VAR` from the environment then earlier keys, and `$(command)`, which
  // EnvSense never runs (the value holds U+FFFC where the output would be).
  'ruby-dotenv': {
    name: 'Ruby dotenv',
    read(text, environment) {
      const { bindings, formatError } = readRubyDotenv(text, environment);
      const values = new Map<string, ReaderBinding>();
      for (const binding of bindings) values.set(binding.key, { key: binding.key, value: binding.value, start: binding.start });
      return formatError ? { values, refusal: { message: 'export names a key that is not defined', offset: formatError.start } } : { values };
    },
    nodeSyntax: false,
    canRefuse: true,
    expands: 'all',
  },
};

export function isReaderId(name: string): name is ReaderId {
  return Object.prototype.hasOwnProperty.call(READERS, name);
}

/** Whether the reader replaces a reference written as `written` (`${VAR}` or `$VAR`). */
export function readerExpands(reader: ReaderId, written: string): boolean {
  const { expands } = READERS[reader];
  return expands === 'all' || (expands === 'braced' && written.startsWith('${'));
}
