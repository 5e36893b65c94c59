import { parse } from '../service/parser';
import { loadedValues } from '../service/parser/loadedValues';
import type { ReaderBinding } from '../service/readers/binding';
import { READERS, type ReaderId } from '../service/readers/reader';
import { lineOfOffset, refusalReason } from '../service/readers/refusal';
import { dialectOf } from '../service/dialect';
import type { EnvSenseSettings } from '../service/settings';
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
