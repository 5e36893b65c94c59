import { isWhitespace } from '../parser/chars';
import type { ReaderBinding, ReaderEnvironment } from './binding';

/**
 * What python-dotenv (0.21, Debian's `python3-dotenv`; Flask, Django with django-environ) loads from a
 * file: a port of its `parser.py` and of `resolve_variables` in `main.py`, checked against the real
 * library in tests. It differs from Node's dotenv on real lines: `A=a#b` keeps `a#b` (only a `#` after
 * whitespace starts a comment), `"\t"` escapes are decoded in double quotes, `${VAR}` and
 * `${VAR:-default}` are replaced (from earlier keys, then the environment), a key without `=` is
 * loaded as unset, and a key may be any run of characters but `=`, `#` and whitespace.
 */

/** Python's `\s` for text (str.isspace): JavaScript's `\s` without U+FEFF, with U+001C–001F and U+0085. */
function isPythonSpace(c: number): boolean {
  return c === 0xfeff ? false : isWhitespace(c) || (c >= 0x1c && c <= 0x1f) || c === 0x85;
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;
/** `[^\S\r\n]`: whitespace on the line. */
const isBlank = (c: number) => isPythonSpace(c) && !isLineBreak(c);

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

class ParseError extends Error {}

/** The bindings of a file in order, before interpolation (a port of `parse_stream`). */
export function pythonBindings(text: string): { key: string; value: string | null; start: number }[] {
  const bindings: { key: string; value: string | null; start: number }[] = [];
  let at = 0;
  const n = text.length;
  const skip = (test: (c: number) => boolean) => {
    while (at < n && test(text.charCodeAt(at))) at++;
  };
  while (at < n) {
    const mark = at;
    try {
      skip(isPythonSpace);
      if (at >= n) break;
      // `(?:export[^\S\r\n]+)?`
      if (text.startsWith('export', at) && at + 6 < n && isBlank(text.charCodeAt(at + 6))) {
        at += 6;
        skip(isBlank);
      }
      const key = parseKey();
      skip(isBlank);
      let value: string | null = null;
      if (text[at] === '=') {
        at++;
        skip(isBlank);
        value = parseValue();
      }
      // `(?:[^\S\r\n]*#[^\r\n]*)?` (no match leaves the reader where it was)…
      const beforeComment = at;
      skip(isBlank);
      if (text[at] === '#') skip((c) => !isLineBreak(c));
      else at = beforeComment;
      // …then `[^\S\r\n]*(?:\r\n|\n|\r|$)`, which on failure does not move the reader either.
      let end = at;
      while (end < n && isBlank(text.charCodeAt(end))) end++;
      if (end < n) {
        if (text.startsWith('\r\n', end)) end += 2;
        else if (isLineBreak(text.charCodeAt(end))) end++;
        else throw new ParseError();
      }
      at = end;
      if (key !== undefined) bindings.push({ key, value, start: mark });
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      // `[^\r\n]*(?:\r|\n|\r\n)?` from where the reading failed.
      skip((c) => !isLineBreak(c));
      if (text[at] === '\r' || text[at] === '\n') at++;
    }
  }
  return bindings;

  function parseKey(): string | undefined {
    if (text[at] === '#') return undefined;
    if (text[at] === "'") {
      const close = text.indexOf("'", at + 1);
      if (close <= at + 1) throw new ParseError();
      const key = text.slice(at + 1, close);
      at = close + 1;
      return key;
    }
    const start = at;
    skip((c) => c !== 0x3d && c !== 0x23 && !isPythonSpace(c));
    if (at === start) throw new ParseError();
    return text.slice(start, at);
  }

  function parseValue(): string {
    const quote = text[at];
    if (quote === "'" || quote === '"') {
      // `'((?:\\'|[^'])*)'`: a backslash before the quote keeps it inside; the regex backtracks, so a
      // final `\'` can still close the value when nothing else does.
      let i = at + 1;
      const escaped: number[] = [];
      while (i < n && text[i] !== quote) {
        if (text[i] === '\\' && text[i + 1] === quote) {
          escaped.push(i + 1);
          i += 2;
        } else i++;
      }
      const close = i < n ? i : escaped.length > 0 ? escaped[escaped.length - 1]! : -1;
      if (close < 0) throw new ParseError();
      const raw = text.slice(at + 1, close);
      at = close + 1;
      return quote === "'" ? raw.replace(/\\[\\']/g, (s) => s[1]!) : raw.replace(/\\[\\'"abfnrtv]/g, (s) => DOUBLE_QUOTE_ESCAPES[s[1]!]!);
    }
    if (at >= n || isLineBreak(text.charCodeAt(at))) return '';
    const start = at;
    skip((c) => !isLineBreak(c));
    const part = text.slice(start, at);
    return rstripPython(cutComment(part));
  }
}

/** `re.sub(r"\s+#.*", "", part)`: everything from the first whitespace run followed by `#`. */
function cutComment(part: string): string {
  for (let i = 0; i < part.length; i++) {
    if (!isPythonSpace(part.charCodeAt(i))) continue;
    let j = i;
    while (j < part.length && isPythonSpace(part.charCodeAt(j))) j++;
    if (part[j] === '#') return part.slice(0, i);
    i = j - 1;
  }
  return part;
}

function rstripPython(value: string): string {
  let end = value.length;
  while (end > 0 && isPythonSpace(value.charCodeAt(end - 1))) end--;
  return value.slice(0, end);
}

/**
 * python-dotenv's `\$\{(?P<name>[^\}:]*)(?::-(?P<default>[^\}]*))?\}`, found left to right without
 * overlap, in one pass: the regex tried at every `${` would scan to the end each time, which 50,000
 * unclosed `${` in one value make quadratic.
 */
function replaceVariables(value: string, resolve: (name: string, fallback: string | undefined, written: string) => string): string {
  const n = value.length;
  const nextClose = new Int32Array(n + 1).fill(-1);
  const nextColon = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    nextClose[i] = value[i] === '}' ? i : nextClose[i + 1]!;
    nextColon[i] = value[i] === ':' ? i : nextColon[i + 1]!;
  }
  let out = '';
  let copied = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (value[i] !== '$' || value[i + 1] !== '{') continue;
    const close = nextClose[i + 2]!;
    if (close < 0) break;
    const colon = nextColon[i + 2]!;
    let name: string;
    let fallback: string | undefined;
    if (colon >= 0 && colon < close) {
      if (value[colon + 1] !== '-') continue;
      name = value.slice(i + 2, colon);
      fallback = value.slice(colon + 2, close);
    } else {
      name = value.slice(i + 2, close);
    }
    out += value.slice(copied, i) + resolve(name, fallback, value.slice(i, close + 1));
    copied = close + 1;
    i = close;
  }
  return out + value.slice(copied);
}

const GROWTH_BUDGET = 4_000_000;

/**
 * What `dotenv_values` gives: every binding's value with `${VAR}` / `${VAR:-default}` replaced, from
 * the keys before it (they win, as its `override=True` does) and then `environment`.
 */
export function pythonDotenvValues(text: string, environment: ReaderEnvironment = {}): Map<string, ReaderBinding> {
  const values = new Map<string, string | null>();
  const loaded = new Map<string, ReaderBinding>();
  // Lines that each double the last (`B=${A}${A}`) would outgrow memory: past this many characters put
  // in, a reference is left as written (python-dotenv itself would run out of memory).
  let budget = GROWTH_BUDGET + 10 * text.length;
  for (const { key, value, start } of pythonBindings(text)) {
    const resolved =
      value === null
        ? null
        : replaceVariables(value, (name, fallback, written) => {
            const known = values.has(name) ? values.get(name) : Object.prototype.hasOwnProperty.call(environment, name) ? environment[name] : undefined;
            const put = known === undefined ? (fallback ?? '') : (known ?? '');
            if (put.length > budget) return written;
            budget -= put.length;
            return put;
          });
    values.set(key, resolved);
    loaded.set(key, { key, value: resolved, start });
  }
  return loaded;
}
