import { goQuote, isGoUnicodeSpace } from './godotenvChars';
import type { ReaderBinding, ReaderEnvironment } from './binding';
import { substitute, TemplateBudgetError, type TemplateResult } from './composeTemplate';

/**
 * What docker compose (v2, compose-go) loads from a `.env` file: the project `.env` it interpolates
 * the compose file with, and every `env_file:` of a service. Both go through compose-go's `dotenv`
 * package (`parser.go`, `godotenv.go`, `env.go`), a port of which this is; interpolation is in
 * `composeTemplate.ts`. Where it differs from Node's dotenv on real lines:
 * - only ` #` (a space, not a tab) starts a comment in an unquoted value, so `a#b` stays whole, and
 *   `KEY=   # note` is `# note` (the blanks after `=` are gone before the comment is looked for);
 * - single quotes are literal but for `\'`; double quotes decode `\n`, `\t`, `\\`, `\$`, `\0ooo`… and
 *   are interpolated, as unquoted values are;
 * - `KEY: value` is a binding too, and a bare `KEY` line takes KEY from the environment;
 * - a key is letters, digits, `_ . - [ ]`; any other character, or a space inside, is an error, and
 *   compose refuses the whole file — as it does on an unclosed quote, an invalid `${`, or
 *   `${VAR:?message}` with VAR unset or empty.
 * `${VAR}` is looked up in the environment first, then in the file's keys above it
 * (`GetEnvFromFile`'s lookup, and `expandVariables` in `godotenv.go`).
 */

/** Why compose stops on a file: its message, at the offset in the text of what it stopped on. */
export interface ComposeRefusal {
  readonly message: string;
  readonly offset: number;
  /** `compose` for compose's own error; `limit` when EnvSense stopped expanding a value grown too large. */
  readonly cause: 'compose' | 'limit';
}

export interface ComposeRead {
  /** The bindings read before any refusal (compose itself loads none of the file when it refuses). */
  readonly values: Map<string, ReaderBinding>;
  readonly refusal: ComposeRefusal | undefined;
}


/** parser.go's `isSpace`: blanks on the line, not the line feed. */
const isBlank = (c: number) => c === 9 || c === 11 || c === 12 || c === 13 || c === 32 || c === 0x85 || c === 0xa0;

/** `unicode.IsLetter(r) || unicode.IsNumber(r)`, or `_ . - [ ]`: what a key is made of. */
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
function isKeyChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45 || c === 91 || c === 93;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(c));
}

/** `escapeSeqRegex` in parser.go. */
const ESCAPE = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

class Refused extends Error {
  constructor(
    readonly refusal: ComposeRefusal,
  ) {
    super(refusal.message);
  }
}

/** `expandEscapes`: the text with each escape decoded, and for each of its characters the offset it came from. */
function expandEscapes(chars: string, origins: readonly number[]): { text: string; origins: number[] } {
  let text = '';
  const out: number[] = [];
  let copied = 0;
  const copy = (end: number) => {
    text += chars.slice(copied, end);
    for (let i = copied; i < end; i++) out.push(origins[i]!);
  };
  for (const match of chars.matchAll(ESCAPE)) {
    const at = match.index!;
    copy(at);
    const escape = match[0];
    let decoded = escape;
    if (escape === '\\$') decoded = '$$'; // parsed as `$$` (a literal `$`) by the interpolation
    else if (escape[1] === '0') {
      // `\0ooo` is rewritten to Go's `\ooo`, which `strconv.UnquoteChar` decodes if it has exactly three
      // octal digits ≤ 0377; else the rewritten text is kept, without its `0` (`\012` gives `\12`).
      const digits = escape.slice(2);
      decoded = /^[0-7]{3}$/.test(digits) && parseInt(digits, 8) <= 0xff ? String.fromCharCode(parseInt(digits, 8)) : `\\${digits}`;
    } else decoded = SIMPLE_ESCAPES[escape[1]!] ?? escape; // `\c` is matched but not a Go escape: kept
    text += decoded;
    for (let i = 0; i < decoded.length; i++) out.push(origins[at]!);
    copied = at + escape.length;
  }
  copy(chars.length);
  return { text, origins: out };
}

/** `composeRead(text).values`. */
export function composeValues(text: string, environment: ReaderEnvironment = {}): Map<string, ReaderBinding> {
  return composeRead(text, environment).values;
}

/**
 * What compose reads from a file (its parse with `GetEnvFromFile`'s lookup: `environment`, then the
 * keys read so far), or where it refuses it.
 */
export function composeRead(text: string, environment: ReaderEnvironment = {}): ComposeRead {
  const values = new Map<string, ReaderBinding>();
  const loaded = new Map<string, string>();
  const n = text.length;
  // Bounds what `$A$A$A…` or a chain of doublings can produce; compose has no such bound.
  const limit = 1_000_000 + 10 * n;
  let budget = limit;
  let line = 1;
  const lookup = (name: string): string | undefined => (Object.prototype.hasOwnProperty.call(environment, name) ? environment[name] : loaded.get(name));
  const refuse = (message: string, offset: number): never => {
    throw new Refused({ message, offset, cause: 'compose' });
  };
  const interpolate = (value: string, originOf: (index: number) => number): string => {
    let result: TemplateResult;
    try {
      result = substitute(value, lookup, budget);
    } catch (error) {
      if (!(error instanceof TemplateBudgetError)) throw error;
      throw new Refused({ message: `EnvSense stops expanding: this file's values grow past ${limit} characters`, offset: originOf(error.index), cause: 'limit' });
    }
    if ('error' in result) return refuse(result.error.message, originOf(result.error.index));
    budget -= result.value.length;
    return result.value;
  };

  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; // `bytes.TrimPrefix(data, utf8BOM)`
  try {
    for (;;) {
      // `getStatementStart`: skip whitespace and comment lines.
      for (;;) {
        while (at < n && isGoUnicodeSpace(text.charCodeAt(at))) {
          if (text.charCodeAt(at) === 10) line++;
          at++;
        }
        if (at >= n || text[at] !== '#') break;
        const lineFeed = text.indexOf('\n', at);
        at = lineFeed < 0 ? n : lineFeed;
      }
      if (at >= n) break;
      const start = at;
      const { key, inherited } = locateKey();
      if (key.includes(' ')) refuse(`line ${line}: key cannot contain a space`, start);
      if (inherited) {
        const found = lookup(key);
        if (found !== undefined) {
          loaded.set(key, found);
          values.set(key, { key, value: found, start });
        } else if (!values.has(key)) values.set(key, { key, value: null, start });
        continue;
      }
      const value = extractValue();
      loaded.set(key, value);
      values.set(key, { key, value, start });
    }
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { values, refusal: error.refusal };
  }
  return { values, refusal: undefined };

  /** `locateKeyName`: the key, and the reader left at its value. */
  function locateKey(): { key: string; inherited: boolean } {
    // `^export\s+` (Go's `\s` is `[\t\n\f\r ]`), then `strings.TrimLeftFunc(…, isSpace)`.
    if (text.startsWith('export', at) && /[\t\n\f\r ]/.test(text[at + 6] ?? '')) {
      at += 6;
      while (at < n && isBlank(text.charCodeAt(at))) at++;
    }
    const keyStart = at;
    let keyEnd = keyStart;
    let valueStart = keyStart; // with no `=`, `:` or line feed before the end, the key is "" (godotenv's `key` stays empty)
    let inherited = false;
    for (let i = keyStart; i < n; ) {
      const c = text.codePointAt(i)!;
      const width = c > 0xffff ? 2 : 1;
      if (c === 61 || c === 58 || c === 10) {
        // `=`, or the YAML-style `:`; a line feed makes it a bare key.
        keyEnd = i;
        valueStart = i + 1;
        inherited = c === 10;
        break;
      }
      if (!isBlank(c) && !isKeyChar(c)) {
        const lineFeed = text.indexOf('\n', keyStart);
        const firstLine = text.slice(keyStart, lineFeed < 0 ? n : lineFeed);
        refuse(`line ${line}: unexpected character ${goQuote(String.fromCodePoint(c))} in variable name ${goQuote(firstLine)}`, i);
      }
      i += width;
    }
    if (keyStart >= n) refuse('zero length string', keyStart);
    let key = text.slice(keyStart, keyEnd);
    if (inherited && !key.includes(' ')) line++;
    let trimmed = key.length;
    while (trimmed > 0 && isGoUnicodeSpace(key.charCodeAt(trimmed - 1))) trimmed--;
    key = key.slice(0, trimmed);
    at = valueStart;
    while (at < n && isBlank(text.charCodeAt(at))) at++;
    return { key, inherited };
  }

  /** `extractVarValue`. */
  function extractValue(): string {
    const quote = text[at];
    if (quote !== '"' && quote !== "'") {
      const lineFeed = text.indexOf('\n', at);
      const lineEnd = lineFeed < 0 ? n : lineFeed;
      const valueStart = at;
      at = lineFeed < 0 ? n : lineFeed + 1;
      line++;
      // parser.go: `value, _, _ = strings.Cut(value, " #")`, then `strings.TrimRightFunc(value, unicode.IsSpace)`.
      // So `KEY=   # note` is `# note`: line 145 (`strings.TrimLeftFunc(src[offset:], isSpace)` in
      // locateKeyName) drops the blanks after `=` before line 158 looks for ` #` in what line 154 cut
      // (compose-go e70e961c, dotenv/parser.go).
      const comment = text.slice(valueStart, lineEnd).indexOf(' #');
      let end = comment >= 0 ? valueStart + comment : lineEnd;
      while (end > valueStart && isGoUnicodeSpace(text.charCodeAt(end - 1))) end--;
      return interpolate(text.slice(valueStart, end), (index) => valueStart + index);
    }
    // A backslash before the quote keeps the quote; before anything else it stays, for `expandEscapes`.
    const open = at;
    let chars = '';
    const origins: number[] = [];
    let escaped = false;
    for (let i = open + 1; i < n; i++) {
      const c = text[i]!;
      if (c === '\n') line++;
      if (c !== quote) {
        if (!escaped && c === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) {
          escaped = false;
          chars += '\\';
          origins.push(i - 1);
        }
        chars += c;
        origins.push(i);
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += c;
        origins.push(i);
        continue;
      }
      // The reader goes on right after the closing quote: the rest of the line is read as more statements.
      at = i + 1;
      if (quote === "'") return chars;
      const expanded = expandEscapes(chars, origins);
      return interpolate(expanded.text, (index) => expanded.origins[index] ?? open);
    }
    const lineFeed = text.indexOf('\n', open);
    return refuse(`line ${line}: unterminated quoted value ${text.slice(open, lineFeed < 0 ? n : lineFeed)}`, open);
  }
}
