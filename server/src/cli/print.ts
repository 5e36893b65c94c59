import { parse } from '../service/parser';
import { dialectOf } from '../service/dialect';
import type { EnvSenseSettings } from '../service/settings';
import { readTextFile } from './files';

/**
 * The variables the files load, read with EnvSense's own parser. With several files the first file
 * that sets a key wins, as `dotenv.config({ path: [...] })` does; `override` makes the last one win.
 */
export function loadVariables(files: readonly string[], override: boolean, settings: EnvSenseSettings): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const file of files) {
    const env = parse(readTextFile(file), dialectOf(file, settings.secretsFiles));
    const fileValues: Record<string, string> = {};
    for (const assignment of env.assignments) fileValues[assignment.key] = assignment.value;
    for (const [key, value] of Object.entries(fileValues)) {
      if (override || !Object.prototype.hasOwnProperty.call(variables, key)) variables[key] = value;
    }
  }
  return variables;
}

const PLAIN = /^[\w@%+=:,./-]*$/;

/** `KEY=value` lines; a value with spaces, quotes or line breaks is written as a JSON string. */
export function formatVariables(variables: Record<string, string>, json: boolean): string {
  if (json) return `${JSON.stringify(variables, null, 2)}\n`;
  return Object.entries(variables)
    .map(([key, value]) => `${key}=${PLAIN.test(value) ? value : JSON.stringify(value)}\n`)
    .join('');
}
