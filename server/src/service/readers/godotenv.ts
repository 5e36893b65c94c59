import type { ReaderBinding } from './binding';
import { goQuote, isGodotenvKeyByte, isGodotenvSpace, isGoUnicodeSpace, utf8Bytes } from './godotenvChars';

/**
 * What Go's godotenv 1.5.1 (joho/godotenv, Debian's `golang-github-joho-godotenv-dev`) loads from a
 * file: a port of its `parser.go`, checked against the real library in tests. It differs from Node's
 * dotenv in ways that change values: `KEY: value` works like `=`; only a ` #` after the value starts a
 * comment, and the last one wins; quotes may span lines and text after the closing quote is read as
 * the next line; `\n`, `\r` and `\x` escapes are decoded in double quotes; `$VAR` and `${VAR}` are
 * replaced from the keys before (an unknown key gives ``), in double quotes and unquoted values.
 * 1.5.1 never reads the process environment for `${VAR}`, so this reader takes none.
 * godotenv refuses the whole file on a bad key or an unclosed quote (`Load` sets nothing then).
 */

export interface GodotenvError {
  /** godotenv's own message, as `err.Error()` gives it. */
  readonly message: string;
  /** Offset in the text of what it refuses: the bad key character, the opening quote, or the end. */
  readonly offset: number;
}

export interface GodotenvResult {
  /**
   * The keys, as `godotenv.Unmarshal` returns them; after an error, only those before it (what
   * `Unmarshal` returns along with the error; `Load` and `Read` load none of them).
   */
  readonly values: Map<string, ReaderBinding>;
  readonly error?: GodotenvError;
}

class Refusal extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** `godotenv.Unmarshal(text)`: the keys and values, and the error that stopped it, if any. */
export function godotenvRead(text: string): GodotenvResult {
  // godotenv replaces every `\r\n` by `\n` before it reads; `original` maps offsets back.
  const removed: number[] = [];
  const src = text.replace(/\r\n/g, (_match, at: number) => {
    removed.push(at - removed.length);
    return '\n';
  });
  const original = (at: number) => at + countBelow(removed, at);
  const vars = new Map<string, string>();
  const values = new Map<string, ReaderBinding>();
  const n = src.length;
  const limit = GROWTH_BUDGET + 10 * n;
  const budget = { left: limit };
  let at = 0;
  try {
    for (;;) {
      at = statementStart(src, at);
      if (at < 0) break;
      const start = at;
      const key = locateKeyName();
      const value = extractVarValue();
      vars.set(key, value);
      values.set(key, { key, value, start: original(start) });
    }
  } catch (error) {
    if (error instanceof GrowthLimit) return { values: new Map(), error: { message: `EnvSense stops expanding: this file's values grow past ${limit} characters`, offset: original(Math.min(at, n)) } };
    if (!(error instanceof Refusal)) throw error;
    return { values, error: { message: error.message, offset: original(error.at) } };
  }
  return { values };

  function skipGodotenvSpace(): void {
    while (at < n && isGodotenvSpace(src.charCodeAt(at))) at++;
  }

  function locateKeyName(): string {
    if (src.startsWith('export', at) && at + 6 < n && isGodotenvSpace(src.charCodeAt(at + 6))) {
      at += 6;
      skipGodotenvSpace();
    }
    const keyStart = at;
    if (keyStart === n) throw new Refusal('zero length string', keyStart);
    let i = keyStart;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 0x3d || c === 0x3a) break; // `=`, or `:` for YAML-style lines
      const cp = src.codePointAt(i)!;
      const bad = utf8Bytes(cp).find((b) => !isGodotenvKeyByte(b));
      if (bad !== undefined) {
        const near = src.slice(keyStart);
        throw new Refusal(`unexpected character ${goQuote(String.fromCharCode(bad))} in variable name near ${goQuote(near)}`, i);
      }
      i += cp > 0xffff ? 2 : 1;
    }
    // A name that runs to the end of the file without `=` leaves key `` and is read again as the value.
    if (i === n) return '';
    at = i + 1;
    skipGodotenvSpace();
    let end = i;
    while (end > keyStart && isGoUnicodeSpace(src.charCodeAt(end - 1))) end--;
    return src.slice(keyStart, end);
  }

  function extractVarValue(): string {
    const quote = src[at];
    if (quote === '"' || quote === "'") {
      // The first quote not right after a backslash closes the value, lines later if need be.
      let close = src.indexOf(quote, at + 1);
      while (close >= 0 && src[close - 1] === '\\') close = src.indexOf(quote, close + 1);
      if (close < 0) {
        const lineEnd = src.indexOf('\n', at);
        throw new Refusal(`unterminated quoted value ${src.slice(at, lineEnd < 0 ? n : lineEnd)}`, at);
      }
      // It trims every quote character at both ends, not only the enclosing pair.
      let first = at;
      let last = close;
      while (last > first && src[last - 1] === quote) last--;
      while (first < last && src[first] === quote) first++;
      const raw = src.slice(first, last);
      at = close + 1;
      return quote === '"' ? expandVariables(expandEscapes(raw), vars, budget) : raw;
    }
    let lineEnd = at;
    while (lineEnd < n && src[lineEnd] !== '\n' && src[lineEnd] !== '\r') lineEnd++;
    const line = src.slice(at, lineEnd);
    at = lineEnd;
    // The value ends at the last `#` that follows whitespace.
    let endOfVar = line.length;
    for (let i = line.lastIndexOf('#'); i > 0; i = line.lastIndexOf('#', i - 1)) {
      if (isGodotenvSpace(line.charCodeAt(i - 1))) {
        endOfVar = i;
        break;
      }
    }
    let first = 0;
    while (first < endOfVar && isGodotenvSpace(line.charCodeAt(first))) first++;
    while (endOfVar > first && isGodotenvSpace(line.charCodeAt(endOfVar - 1))) endOfVar--;
    return expandVariables(line.slice(first, endOfVar), vars, budget);
  }
}

/** `getStatementStart`: the next offset that is neither whitespace nor in a `#` line; -1 at the end. */
function statementStart(src: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < src.length && isGoUnicodeSpace(src.charCodeAt(at))) at++;
    if (at >= src.length) return -1;
    if (src[at] !== '#') return at;
    at = src.indexOf('\n', at);
    if (at < 0) return -1;
  }
}

/** How many of the sorted `offsets` are below `at`. */
function countBelow(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * godotenv's `expandEscapes`: `\n` and `\r` decoded, then a backslash dropped before any character
 * but `$` (Go's `.` is any character but `\n`; `[^$]` includes `\n`).
 */
function expandEscapes(value: string): string {
  return value.replace(/\\[^\n]/g, (match) => (match === '\\n' ? '\n' : match === '\\r' ? '\r' : match)).replace(/\\([^$])/g, '$1');
}

/**
 * godotenv's `expandVariables`: `$NAME`, `${NAME}` (NAME of `[A-Z0-9_]`) replaced by the key's value
 * so far, `` when unknown; `\$` keeps a literal `$`. Its `$(` test never matches, so `$(NAME)` is
 * replaced too, leaving the `)`. The pattern cannot backtrack, so it is linear on any value.
 */
/** Thrown when the values put in by expansion pass the file's budget (godotenv itself would run out of memory). */
class GrowthLimit extends Error {}

/** How many characters expansion may put in for one file, on top of ten times its length. */
const GROWTH_BUDGET = 4_000_000;

function expandVariables(value: string, vars: ReadonlyMap<string, string>, budget: { left: number }): string {
  return value.replace(/(\\)?\$\(?\{?([A-Z0-9_]+)?\}?/g, (match, escaped: string | undefined, name: string | undefined) => {
    if (escaped !== undefined) return match.slice(1);
    if (name === undefined) return match;
    const put = vars.get(name) ?? '';
    budget.left -= put.length;
    if (budget.left < 0) throw new GrowthLimit();
    return put;
  });
}
