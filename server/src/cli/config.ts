import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { DEFAULT_SETTINGS, readSettings, type EnvSenseSettings } from '../service/settings';
import { InputError, readTextFile } from './files';

/**
 * The settings the CLI shares with the editor: `.envsense.json` in the working directory, else the
 * `envsense.*` keys of `.vscode/settings.json` (JSON with comments, as VS Code writes it).
 */
export function loadCliSettings(cwd: string, warn: (text: string) => void): EnvSenseSettings {
  const own = join(cwd, '.envsense.json');
  if (existsSync(own)) return validated(own, readJsonc(own), warn);
  const vscode = join(cwd, '.vscode', 'settings.json');
  if (existsSync(vscode)) {
    const all = readJsonc(vscode);
    const section: Record<string, unknown> = {};
    if (typeof all === 'object' && all !== null) {
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith('envsense.')) section[key.slice('envsense.'.length)] = value;
      }
    }
    return validated(vscode, section, warn);
  }
  return DEFAULT_SETTINGS;
}

function validated(path: string, raw: unknown, warn: (text: string) => void): EnvSenseSettings {
  const { settings, problems } = readSettings(raw);
  for (const problem of problems) warn(`envsense: ${path}: ${problem}; using the default instead\n`);
  return settings;
}

function readJsonc(path: string): unknown {
  const text = readTextFile(path);
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset).split(/\r\n|\r|\n/);
    throw new InputError(`${path}:${before.length}:${before[before.length - 1]!.length + 1}: ${printParseErrorCode(first.error)}`);
  }
  return value;
}
