/**
 * phpdotenv's value parser (`Lexer` and the states of `EntryParser::processToken`), on a value
 * already trimmed. Its regexes have no `u` flag, so `\s` is ASCII only: U+00A0 is a plain character.
 */

/** PHP's `ctype_space` and PCRE's `\s` without Unicode: space, `\t`, `\n`, `\v`, `\f`, `\r`. */
export const isPhpSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** A character PHP's `trim` removes. */
export const isPhpTrimmed = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0 || c === 11;

/** PHP's `trim`: space, `\t`, `\n`, `\r`, `\0`, `\v` (not `\f`). */
export function phpTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPhpTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isPhpTrimmed(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

const enum State {
  Initial,
  Unquoted,
  SingleQuoted,
  DoubleQuoted,
  Escape,
  Whitespace,
  Comment,
}

const ESCAPES: Readonly<Record<string, string>> = { f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

export type PhpValue = { chars: string; dollars: number[] } | { cause: string; at: number };

/**
 * The value's characters and where its `$` are (those outside single quotes and escapes, which the
 * resolver may replace), or the refusal with the offset in `value` of its cause.
 */
export function parsePhpValue(value: string): PhpValue {
  if (value === '') return { chars: '', dollars: [] };
  let state = State.Initial;
  let chars = '';
  const dollars: number[] = [];
  let quoteAt = 0;
  let at = 0;
  while (at < value.length && state !== State.Comment) {
    const start = at;
    const token = nextToken(value, at);
    at += token.length;
    const c = token.charCodeAt(0);
    const space = isPhpSpace(c);
    switch (state) {
      case State.Initial:
      case State.Unquoted:
        if (c === 0x23) state = State.Comment;
        else if (state === State.Unquoted && space) state = State.Whitespace;
        else if (state === State.Initial && (c === 0x27 || c === 0x22)) {
          state = c === 0x27 ? State.SingleQuoted : State.DoubleQuoted;
          quoteAt = start;
        } else {
          if (c === 0x24) dollars.push(chars.length);
          chars += token;
          state = State.Unquoted;
        }
        break;
      case State.SingleQuoted:
        if (c === 0x27) state = State.Whitespace;
        else chars += token;
        break;
      case State.DoubleQuoted:
        if (c === 0x22) state = State.Whitespace;
        else if (c === 0x5c) state = State.Escape;
        else {
          if (c === 0x24) dollars.push(chars.length);
          chars += token;
        }
        break;
      case State.Escape: {
        // `\"`, `\\`, `\$` (kept, and not a variable), or `\f \n \r \t \v` on the first character.
        const escape = ESCAPES[token[0]!];
        if (c === 0x22 || c === 0x5c || c === 0x24) chars += token;
        else if (escape !== undefined) chars += escape + token.slice(1);
        else return { cause: 'an unexpected escape sequence', at: start - 1 };
        state = State.DoubleQuoted;
        break;
      }
      case State.Whitespace:
        if (c === 0x23) state = State.Comment;
        else if (!space) return { cause: 'unexpected whitespace', at: start };
        break;
    }
  }
  if (state === State.SingleQuoted || state === State.DoubleQuoted || state === State.Escape) return { cause: 'a missing closing quote', at: quoteAt };
  return { chars, dollars };
}

/**
 * `Lexer`'s next token: a run of line breaks or of other ASCII whitespace (at most 1,000, which
 * matters at the start of a value: the first run is kept, the next is a separator), one of
 * `\ ' " # $`, or a run of anything else (whose 1,000-byte limit changes nothing).
 */
function nextToken(value: string, at: number): string {
  const c = value.charCodeAt(at);
  let end = at + 1;
  if (c === 0x0a || c === 0x0d) {
    while (end < value.length && end - at < 1000 && (value.charCodeAt(end) === 0x0a || value.charCodeAt(end) === 0x0d)) end++;
  } else if (isPhpSpace(c)) {
    while (end < value.length && end - at < 1000 && isPhpSpace(value.charCodeAt(end)) && value.charCodeAt(end) !== 0x0a && value.charCodeAt(end) !== 0x0d) end++;
  } else if (!isSingle(c)) {
    while (end < value.length && !isPhpSpace(value.charCodeAt(end)) && !isSingle(value.charCodeAt(end))) end++;
  }
  return value.slice(at, end);
}

/** `\ ' " # $`, each a token of its own. */
const isSingle = (c: number) => c === 0x5c || c === 0x27 || c === 0x22 || c === 0x23 || c === 0x24;
