import type { ReaderBinding, ReaderEnvironment } from './binding';
import { phpdotenvEntries, type PhpdotenvEntry } from './phpdotenvLines';
import { PHP_GROWTH_BUDGET, PhpGrowthLimit, resolvePhpVariables } from './phpdotenvResolve';
import { isPhpSpace, isPhpTrimmed, parsePhpValue, phpTrim } from './phpdotenvValue';

/**
 * What phpdotenv (vlucas/phpdotenv 5.4, Debian's `php-vlucas-phpdotenv`; Laravel and many PHP
 * apps) loads from a file: a port of its `Parser` (lines, multiline values, names, values) and
 * `Loader`/`Resolver` (`${VAR}`), checked against the real library in tests. Unlike Node's dotenv it refuses whole files: a space in an unquoted value, an unknown escape
 * in double quotes, a name outside `[a-zA-Z0-9_.]` or an unclosed single quote throws, and the app
 * loads nothing. Its other rules: `#` starts a comment anywhere in an unquoted value (`a#b` is `a`),
 * `${NAME}` is replaced from earlier keys (and the environment) and otherwise kept as written, a name
 * without `=` unsets it, and a `="` whose quote is not closed on that line opens a multiline value,
 * which, left open to the end of the file, is dropped with everything after it.
 */

export interface PhpdotenvError {
  /** phpdotenv's own message, e.g. `Failed to parse dotenv file. Encountered unexpected whitespace at [a b].` */
  readonly message: string;
  /** Where in the text: the offending character, the opening quote left open, or the name refused. */
  readonly offset: number;
  /** The refused entry: its line, or the lines of its multiline value (from the line start, to the last line's end). */
  readonly entry: { readonly start: number; readonly end: number };
}

export interface PhpdotenvResult {
  /** What the app loads; empty when phpdotenv refuses the file, as it then loads nothing. */
  readonly values: Map<string, ReaderBinding>;
  readonly error?: PhpdotenvError;
  /** Where a `"` value that is never closed begins: phpdotenv silently drops it and every line after it. */
  readonly dropped?: number;
}

export interface PhpdotenvOptions {
  /**
   * `createMutable`: the file's keys replace the environment's. By default, as `createImmutable`
   * and Laravel do, a key the environment already has keeps its value and is not loaded from the file.
   * With an empty environment both are `Dotenv::parse`.
   */
  readonly mutable?: boolean;
}

/** The file read as phpdotenv reads it, with its refusal if it refuses the file. */
export function readPhpdotenv(text: string, environment: ReaderEnvironment = {}, options: PhpdotenvOptions = {}): PhpdotenvResult {
  const parsed: (NamedValue & { start: number })[] = [];
  // Its file reader (`Str::utf8`) drops a leading byte order mark.
  const { entries, dropped } = phpdotenvEntries(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  for (const entry of entries) {
    const result = parseEntry(entry);
    if ('cause' in result) {
      const message = `Failed to parse dotenv file. Encountered ${result.cause} at [${strtok(result.subject)}].`;
      const last = entry.lines[entry.lines.length - 1]!;
      return { values: new Map(), error: { message, offset: offsetIn(entry, result.at), entry: { start: entry.lines[0]!.start, end: last.start + last.text.length } } };
    }
    parsed.push({ ...result, start: offsetIn(entry, firstNonTrim(entry.text)) });
  }
  const limit = PHP_GROWTH_BUDGET + 10 * text.length;
  const budget = { left: limit };
  try {
    const values = load(parsed, environment, options.mutable === true, budget);
    return dropped === undefined ? { values } : { values, dropped };
  } catch (error) {
    if (!(error instanceof PhpGrowthLimit)) throw error;
    // Not phpdotenv's own refusal: the real library would run out of memory here.
    const message = `EnvSense stops expanding: this file's values grow past ${limit} characters`;
    return { values: new Map(), error: { message, offset: 0, entry: { start: 0, end: 0 } } };
  }
}

/** The values alone: what the app loads (nothing when phpdotenv refuses the file). */
export function phpdotenvValues(text: string, environment: ReaderEnvironment = {}, options: PhpdotenvOptions = {}): Map<string, ReaderBinding> {
  return readPhpdotenv(text, environment, options).values;
}

/** A name and its value before `${VAR}` are resolved (null: the name is unset). */
type NamedValue = { name: string; chars: string | null; dollars: readonly number[] };
type ParsedEntry = NamedValue | { cause: string; subject: string; at: number };

/** `EntryParser::parse`: name and value split at the first `=`, each trimmed, then checked. */
function parseEntry(entry: PhpdotenvEntry): ParsedEntry {
  const text = entry.text;
  const equals = text.indexOf('=');
  const rawName = equals < 0 ? text : phpTrim(text.slice(0, equals));
  if (rawName === '') return { cause: 'an unexpected equals', subject: text, at: equals };
  const name = unquoteName(stripExport(rawName));
  if (!/^[a-zA-Z0-9_.]+$/.test(name)) return { cause: 'an invalid name', subject: name, at: firstNonTrim(text) };
  if (equals < 0) return { name, chars: null, dollars: [] };
  const rawValue = text.slice(equals + 1);
  const value = phpTrim(rawValue);
  const base = equals + 1 + firstNonTrim(rawValue);
  const parsed = parsePhpValue(value);
  if ('cause' in parsed) return { cause: parsed.cause, subject: value, at: base + parsed.at };
  return { name, chars: parsed.chars, dollars: parsed.dollars };
}

/** `export NAME`: only when the name part has more than 8 characters, so `export A=1` is refused. */
function stripExport(name: string): string {
  if (!name.startsWith('export') || !isPhpSpace(name.charCodeAt(6)) || codePoints(name, 9) <= 8) return name;
  let at = 6;
  while (at < name.length && isPhpTrimmed(name.charCodeAt(at))) at++;
  return name.slice(at);
}

/** `"NAME"` or `'NAME'` (at least three characters). */
function unquoteName(name: string): string {
  const first = name[0];
  return name.length >= 3 && (first === '"' || first === "'") && name[name.length - 1] === first ? name.slice(1, -1) : name;
}

/** The number of code points of `text`, counted up to `limit` (PHP's `mb_strlen`). */
function codePoints(text: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i++, count++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  return count;
}

function firstNonTrim(text: string): number {
  let at = 0;
  while (at < text.length && isPhpTrimmed(text.charCodeAt(at))) at++;
  return at;
}

/** PHP's `strtok($subject, "\n")`: the first non-empty line (the message quotes it). */
function strtok(subject: string): string {
  return subject.replace(/^\n+/, '').split('\n', 1)[0]!;
}

/** An offset in an entry (lines joined by `\n`) as an offset in the file. */
function offsetIn(entry: PhpdotenvEntry, at: number): number {
  let left = at;
  for (const line of entry.lines) {
    if (left <= line.text.length) return line.start + left;
    left -= line.text.length + 1;
  }
  const last = entry.lines[entry.lines.length - 1]!;
  return last.start + last.text.length;
}

/**
 * `Loader::load` with an array repository holding `environment`: each value is resolved against
 * what is set so far, then set (or, for a name without `=`, unset); a name the environment already
 * has is left alone unless `mutable`.
 */
function load(entries: readonly (NamedValue & { start: number })[], environment: ReaderEnvironment, mutable: boolean, budget: { left: number }): Map<string, ReaderBinding> {
  const repository = new Map(Object.entries(environment));
  const loaded = new Set<string>();
  let longestName = 0;
  for (const name of repository.keys()) longestName = Math.max(longestName, name.length);
  const values = new Map<string, ReaderBinding>();
  for (const { name, chars, dollars, start } of entries) {
    longestName = Math.max(longestName, name.length);
    const value = chars === null ? null : resolvePhpVariables(chars, dollars, (key) => repository.get(key), longestName, budget);
    if (!mutable && repository.has(name) && !loaded.has(name)) continue;
    if (value === null) {
      repository.delete(name);
      loaded.delete(name);
    } else {
      repository.set(name, value);
      loaded.add(name);
    }
    values.set(name, { key: name, value, start });
  }
  return values;
}
