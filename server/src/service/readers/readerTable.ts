import { parse } from '../parser';
import type { ReaderBinding, ReaderEnvironment } from './binding';
import { pythonDotenvValues } from './pythonDotenv';

/** The programs EnvSense knows that load a dotenv file; each decides what the file's lines mean. */
export type ReaderId = 'dotenv' | 'python-dotenv';

export interface ReaderEntry {
  /** As the user knows it, for hover, the status bar and messages. */
  readonly name: string;
  /** What the reader loads from a whole file, expansion resolved against `environment`. */
  values(text: string, environment?: ReaderEnvironment): ReadonlyMap<string, ReaderBinding>;
  /** Reads lines as Node's dotenv does (comments, quotes, no expansion): its syntax findings apply. */
  readonly nodeSyntax: boolean;
}

/** Node's dotenv: EnvSense's own parser equals `dotenv.parse`. */
function nodeDotenvValues(text: string): ReadonlyMap<string, ReaderBinding> {
  const values = new Map<string, ReaderBinding>();
  for (const assignment of parse(text, 'dotenv').assignments) values.set(assignment.key, { key: assignment.key, value: assignment.value, start: assignment.span.start });
  return values;
}

export const READERS: Readonly<Record<ReaderId, ReaderEntry>> = {
  dotenv: { name: "Node's dotenv", values: nodeDotenvValues, nodeSyntax: true },
  'python-dotenv': { name: 'python-dotenv', values: pythonDotenvValues, nodeSyntax: false },
};

export function isReaderId(name: string): name is ReaderId {
  return Object.prototype.hasOwnProperty.call(READERS, name);
}
