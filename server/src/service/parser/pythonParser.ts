import { isWhitespace } from './chars';
import type { Assignment, EnvDocument, EnvNode, Span } from './envDocument';
import { findClosingDelimiter, readPythonLiteral } from './pythonLiteral';

/**
 * The python secrets dialect: top-level `NAME = literal` statements become assignments; every other
 * statement (imports, try/except, `os.environ.get(...)`, indented blocks) is kept whole as an opaque
 * node. Statements are cut at logical line ends, so brackets, backslash continuations and
 * triple-quoted strings that span lines stay inside one node.
 */
export function parsePython(text: string): EnvDocument {
  const nodes: EnvNode[] = [];
  const assignments: Assignment[] = [];
  let at = 0;
  while (at < text.length) {
    const end = statementEnd(text, at);
    const span = { start: at, end };
    const node = readStatement(text, span);
    nodes.push(node);
    if (node.kind === 'assignment') assignments.push(node);
    at = end;
  }
  return { dialect: 'python', text, nodes, assignments };
}

const ASSIGNMENT_HEAD = /([A-Za-z_][A-Za-z0-9_]*)([ \t]*)=(?!=)[ \t]*/y;

function readStatement(text: string, span: Span): EnvNode {
  // A BOM before the first statement is not indentation.
  const start = span.start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : span.start;
  let first = start;
  while (first < span.end && (text[first] === ' ' || text[first] === '\t' || text[first] === '\f')) first++;
  const c = text[first];
  if (first >= span.end || c === '\n' || c === '\r') return { kind: 'blank', span };
  if (c === '#') return { kind: 'comment', span, text: text.slice(first + 1, lineEndOf(text, first)).trim() };
  if (first !== start) return { kind: 'opaque', span };

  ASSIGNMENT_HEAD.lastIndex = first;
  const head = ASSIGNMENT_HEAD.exec(text);
  if (!head) return { kind: 'opaque', span };
  const valueStart = first + head[0].length;
  const literal = readPythonLiteral(text, valueStart);
  if (!literal) return { kind: 'opaque', span };
  const tail = restOfStatement(text, literal.end, span.end);
  if (tail === undefined) return { kind: 'opaque', span };

  const key = head[1]!;
  const separatorStart = first + key.length + head[2]!.length;
  const valueSpan = { start: valueStart, end: literal.end };
  const innerSpan = literal.inner ?? valueSpan;
  return {
    kind: 'assignment',
    span,
    key,
    keySpan: { start: first, end: first + key.length },
    separatorSpan: { start: separatorStart, end: separatorStart + 1 },
    valueSpan,
    innerSpan,
    form: literal.quote ? 'quoted' : 'unquoted',
    ...(literal.quote ? { quote: literal.quote } : {}),
    value: literal.value,
    ...(tail.comment ? { commentSpan: tail.comment } : {}),
    // Python never expands `${VAR}` in a string literal.
    references: [],
  };
}

/** After the literal only blanks, an optional `;` and an optional comment may follow. */
function restOfStatement(text: string, from: number, end: number): { comment?: Span } | undefined {
  let i = from;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === ';') {
    i++;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  }
  if (text[i] === '#') return { comment: { start: i, end: lineEndOf(text, i) } };
  const lineEnd = lineEndOf(text, i);
  for (let j = i; j < lineEnd; j++) if (!isWhitespace(text.charCodeAt(j))) return undefined;
  return {};
}

function lineEndOf(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Where the logical line that starts at `from` ends, its line break included. */
function statementEnd(text: string, from: number): number {
  const n = text.length;
  let depth = 0;
  let i = from;
  while (i < n) {
    const c = text[i];
    if (c === '#') {
      i = lineEndOf(text, i);
      continue;
    }
    if (c === "'" || c === '"') {
      i = skipString(text, i);
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '\n' || c === '\r') {
      const next = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      if (depth === 0) return next;
      i = next;
      continue;
    }
    i++;
  }
  return n;
}

/** Skips a string literal starting at its quote; an unterminated one ends at its line end. */
function skipString(text: string, open: number): number {
  const quote = text[open]!;
  const delimiter = text.startsWith(quote.repeat(3), open) ? quote.repeat(3) : quote;
  const { at, closed } = findClosingDelimiter(text, open + delimiter.length, delimiter);
  return closed ? at + delimiter.length : at;
}
