import { parseDotenv } from './dotenvParser';
import type { Dialect, EnvDocument } from './envDocument';
import { parsePython } from './pythonParser';

export * from './envDocument';

/** Parses a file of either dialect. Never throws: text it cannot read becomes nodes that say why. */
export function parse(text: string, dialect: Dialect): EnvDocument {
  return dialect === 'python' ? parsePython(text) : parseDotenv(text);
}
