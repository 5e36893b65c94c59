/**
 * Python literals as they appear on the right of `NAME = …` in a secrets file: strings of every form
 * (prefixes r/b/u/f, single, double, triple quotes), numbers, `True`, `False` and `None`.
 */

export interface PythonLiteral {
  /** Offset just past the literal. */
  readonly end: number;
  /** The text between the quotes (strings only). */
  readonly inner?: { readonly start: number; readonly end: number };
  readonly quote?: "'" | '"';
  readonly value: string;
}

const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?(?='|")/y;
const NUMBER = /-?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?)[jJ]?(?![\w.])/y;
const KEYWORD = /(?:True|False|None)(?![\w])/y;

export function readPythonLiteral(text: string, at: number): PythonLiteral | undefined {
  STRING_PREFIX.lastIndex = 0;
  const prefix = STRING_PREFIX.exec(text.slice(at, at + 3));
  if (prefix) return readString(text, at, prefix[0]);
  KEYWORD.lastIndex = at;
  const keyword = KEYWORD.exec(text);
  if (keyword) return { end: at + keyword[0].length, value: keyword[0] === 'None' ? '' : keyword[0] };
  // A number literal in a settings file is short; bounding the text keeps the pattern linear.
  const candidate = text.slice(at, at + 64);
  NUMBER.lastIndex = 0;
  const number = NUMBER.exec(candidate);
  if (number && number[0] !== '-') return { end: at + number[0].length, value: number[0] };
  return undefined;
}

function readString(text: string, at: number, prefix: string): PythonLiteral | undefined {
  const open = at + prefix.length;
  const quote = text[open] as "'" | '"';
  const triple = text.startsWith(quote.repeat(3), open);
  const delimiter = triple ? quote.repeat(3) : quote;
  const raw = /[rR]/.test(prefix);
  const innerStart = open + delimiter.length;
  const { at: i, closed } = findClosingDelimiter(text, innerStart, delimiter);
  if (!closed) return undefined;
  const body = text.slice(innerStart, i);
  // An f-string with a placeholder is computed at run time: its value is not in the file.
  if (/[fF]/.test(prefix) && /\{[^{]/.test(body.replace(/\{\{/g, ''))) return undefined;
  return {
    end: i + delimiter.length,
    inner: { start: innerStart, end: i },
    quote,
    value: raw ? body : unescapePython(body),
  };
}

/**
 * Where a string body starting at `from` ends: the offset of its closing `delimiter` (closed), or of
 * the line break (a one-line string) or text end where it stops unclosed. Backslashes escape.
 */
export function findClosingDelimiter(text: string, from: number, delimiter: string): { at: number; closed: boolean } {
  const multiline = delimiter.length === 3;
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (!multiline && (c === '\n' || c === '\r')) return { at: i, closed: false };
    if (text.startsWith(delimiter, i)) return { at: i, closed: true };
    i++;
  }
  return { at: text.length, closed: false };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function unescapePython(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\(\r\n|\n|\r|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/g, (whole, escape: string) => {
    if (escape === '\n' || escape === '\r\n' || escape === '\r') return '';
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) return simple;
    if (/^[xuU]/.test(escape)) {
      const codePoint = parseInt(escape.slice(1), 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    if (/^[0-7]+$/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
    return whole;
  });
}
