import type { Span } from '../parser';
import { findClosingDelimiter } from '../parser/pythonLiteral';
import { commentHoldsCredential } from './templateSecrecy';

/** What becomes of a string or number literal of a Python statement in a template. */
export type LiteralFate = { readonly keep: true } | { readonly keep: false; readonly replacement: string };

/**
 * Decides a literal's fate from its label (the nearest name before it: `NAME =`, `name=` in a call,
 * `'KEY':` in a dict) and its text (a string's body, as written).
 */
export type LiteralJudge = (label: string | undefined, value: string) => LiteralFate;

const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/;

/**
 * A Python statement that is not `NAME = literal` (imports, `try:` blocks, dicts, lists, calls), as
 * a template writes it: the code kept, each literal judged with its label (`'PASSWORD': 'hunter2'`
 * inside a `DATABASES` dict is a secret by its dict key), and comments that hold a credential
 * dropped. One pass over the statement, no regular expression over it.
 */
export function statementForTemplate(text: string, span: Span, judge: LiteralJudge): string {
  let out = '';
  let label: string | undefined;
  let at = span.start;
  while (at < span.end) {
    const c = text[at]!;
    if (c === '#') {
      const end = lineEnd(text, at, span.end);
      if (!commentHoldsCredential(text.slice(at + 1, end))) out += text.slice(at, end);
      at = end;
    } else if (c === "'" || c === '"') {
      const literal = stringAt(text, at, span.end);
      const written = text.slice(at, literal.end);
      if (isDictKey(text, literal.end, span.end)) {
        label = literal.body;
        out += written;
      } else {
        out += fateText(judge(label, literal.body), written, '', literal.quote);
      }
      at = literal.end;
    } else if (isIdentifierStart(c)) {
      let end = at + 1;
      while (end < span.end && isIdentifierPart(text[end]!)) end++;
      const word = text.slice(at, end);
      if (STRING_PREFIX.test(word) && (text[end] === "'" || text[end] === '"')) {
        const literal = stringAt(text, end, span.end);
        out += fateText(judge(label, literal.body), text.slice(at, literal.end), word, literal.quote);
        at = literal.end;
        continue;
      }
      if (isAssignedName(text, end, span.end)) label = word;
      out += word;
      at = end;
    } else if (c >= '0' && c <= '9' && !isIdentifierPart(text[at - 1] ?? ' ')) {
      let end = at + 1;
      while (end < span.end && /[\w.]/.test(text[end]!)) end++;
      const written = text.slice(at, end);
      out += fateText(judge(label, written), written, '', "'");
      at = end;
    } else {
      out += c;
      at++;
    }
  }
  return out;
}

function fateText(fate: LiteralFate, written: string, prefix: string, quote: string): string {
  return fate.keep ? written : `${prefix}${quote}${fate.replacement}${quote}`;
}

/** A string literal from its opening quote: where it ends, its body as written, its quote character. */
function stringAt(text: string, open: number, limit: number): { end: number; body: string; quote: string } {
  const quote = text[open]!;
  const delimiter = text.startsWith(quote.repeat(3), open) ? quote.repeat(3) : quote;
  const { at, closed } = findClosingDelimiter(text, open + delimiter.length, delimiter);
  const bodyEnd = Math.min(at, limit);
  const end = closed ? Math.min(at + delimiter.length, limit) : bodyEnd;
  return { end: Math.max(end, open + 1), body: text.slice(open + delimiter.length, bodyEnd), quote };
}

/** A string followed by `:` is a dict key (or ends an `if x == 'a':` line, which labels nothing secret). */
function isDictKey(text: string, from: number, end: number): boolean {
  let at = from;
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  return text[at] === ':';
}

/** `name =` (not `==`): the name labels the literals after it. */
function isAssignedName(text: string, from: number, end: number): boolean {
  let at = from;
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  return text[at] === '=' && text[at + 1] !== '=';
}

function lineEnd(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

function isIdentifierStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isIdentifierPart(c: string): boolean {
  return isIdentifierStart(c) || (c >= '0' && c <= '9');
}
