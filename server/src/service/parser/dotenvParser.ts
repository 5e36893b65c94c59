import { Ch, isKeyChar, isQuote, isRegexLineTerminator, isWhitespace } from './chars';
import { dotenvValue } from './dotenvValue';
import type { Assignment, EnvDocument, EnvNode, QuoteChar, Reference, Span, ValueForm } from './envDocument';
import { classifyLine } from './lineClassifier';
import { findReferences } from './references';

/**
 * The dotenv dialect: a hand-written scanner that finds exactly the matches of dotenv's line regex
 *
 *   /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg
 *
 * including its backtracking (a quote closed only on a later line, an escaped quote that closes the
 * value when nothing else can), but in one linear pass and keeping every range. It works on the
 * original text: `\r\n` and `\r` behave as dotenv's `\n` after its normalisation.
 */
export function parseDotenv(text: string): EnvDocument {
  return new DotenvScanner(text).run(START);
}

/**
 * A place where the scanner can start again with nothing pending: a line start right after an
 * assignment (or the text's start), the nodes and assignments before it, and the farthest offset the
 * scanner had read when it got there (a quote's search for its closing quote reads ahead, lines ahead).
 */
export interface Checkpoint {
  readonly offset: number;
  readonly nodes: number;
  readonly assignments: number;
  readonly reach: number;
}

const START: Checkpoint = { offset: 0, nodes: 0, assignments: 0, reach: 0 };

/** The checkpoints of each parsed document, for parsing its next version from where it changed. */
const checkpointsOf = new WeakMap<EnvDocument, readonly Checkpoint[]>();

export function checkpoints(env: EnvDocument): readonly Checkpoint[] | undefined {
  return checkpointsOf.get(env);
}

/**
 * Parses `text` from a checkpoint of an earlier version, keeping that version's nodes before it;
 * `converge` is asked at each new checkpoint whether the rest of the earlier version can be taken
 * over from there (it returns the nodes, assignments and checkpoints of the rest, already moved).
 */
export function parseDotenvFrom(
  text: string,
  from: { readonly checkpoint: Checkpoint; readonly nodes: readonly EnvNode[]; readonly assignments: readonly Assignment[]; readonly checkpoints: readonly Checkpoint[] },
  converge: (offset: number) => { nodes: readonly EnvNode[]; assignments: readonly Assignment[]; checkpoints: readonly Checkpoint[] } | undefined,
): EnvDocument {
  const scanner = new DotenvScanner(text, from, converge);
  return scanner.run(from.checkpoint);
}

const NO_REFERENCES: readonly Reference[] = [];

/** `text.indexOf` bounded to [start, end): an unbounded search would make parsing quadratic. */
function containsChar(text: string, c: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

interface KeyMatch {
  readonly keyEnd: number;
  readonly separator: Span;
  readonly valueStart: number;
}

class DotenvScanner {
  private readonly n: number;
  private readonly nodes: EnvNode[];
  private readonly assignments: Assignment[];
  private readonly checkpoints: Checkpoint[];
  /** The farthest offset read so far (by the loops that may cross a line's end). */
  private reach = 0;

  constructor(
    private readonly text: string,
    earlier?: { readonly checkpoint: Checkpoint; readonly nodes: readonly EnvNode[]; readonly assignments: readonly Assignment[]; readonly checkpoints: readonly Checkpoint[] },
    private readonly converge?: (offset: number) => { nodes: readonly EnvNode[]; assignments: readonly Assignment[]; checkpoints: readonly Checkpoint[] } | undefined,
  ) {
    this.n = text.length;
    const at = earlier?.checkpoint;
    this.nodes = at ? earlier.nodes.slice(0, at.nodes) : [];
    this.assignments = at ? earlier.assignments.slice(0, at.assignments) : [];
    this.checkpoints = at ? earlier.checkpoints.filter((c) => c.offset <= at.offset) : [START];
    this.reach = at?.reach ?? 0;
  }

  run(from: Checkpoint): EnvDocument {
    const { text, n } = this;
    let emitted = from.offset;
    let candidate = from.offset;
    let rest: { nodes: readonly EnvNode[]; assignments: readonly Assignment[]; checkpoints: readonly Checkpoint[] } | undefined;
    while (candidate < n) {
      const first = this.skipWhitespace(candidate);
      if (first >= n) break;
      const assignment = this.matchAt(first);
      if (assignment === undefined) {
        candidate = this.nextLineStart(first);
        continue;
      }
      this.emitTrivia(emitted, assignment.span.start);
      this.nodes.push(assignment);
      this.assignments.push(assignment);
      emitted = assignment.span.end;
      candidate = emitted;
      this.reach = Math.max(this.reach, emitted);
      this.checkpoints.push({ offset: emitted, nodes: this.nodes.length, assignments: this.assignments.length, reach: this.reach });
      rest = this.converge?.(emitted);
      if (rest) break;
    }
    if (rest) {
      for (const node of rest.nodes) this.nodes.push(node);
      for (const assignment of rest.assignments) this.assignments.push(assignment);
      const nodes = this.nodes.length - rest.nodes.length;
      const assignments = this.assignments.length - rest.assignments.length;
      // What was read before the meeting point counts for every later checkpoint too.
      for (const c of rest.checkpoints) this.checkpoints.push({ offset: c.offset, reach: Math.max(this.reach, c.reach), nodes: c.nodes + nodes, assignments: c.assignments + assignments });
    } else {
      this.emitTrivia(emitted, n);
    }
    const env: EnvDocument = { dialect: 'dotenv', text, nodes: this.nodes, assignments: this.assignments };
    checkpointsOf.set(env, this.checkpoints);
    return env;
  }

  /** Remembers that the scanner read the character at `offset` (or found the text's end there). */
  private read(offset: number): number {
    if (offset + 1 > this.reach) this.reach = offset + 1;
    return offset;
  }

  /** Tries `export KEY=…` and then `KEY=…` at the first non-blank character of a line. */
  private matchAt(first: number): Assignment | undefined {
    const { text } = this;
    if (text.startsWith('export', first) && isWhitespace(text.charCodeAt(first + 6))) {
      const keyStart = this.skipWhitespace(first + 6);
      const withExport = this.matchKey(keyStart);
      if (withExport !== undefined) {
        return this.buildAssignment(first, { start: first, end: first + 6 }, keyStart, withExport);
      }
    }
    const plain = this.matchKey(first);
    return plain === undefined ? undefined : this.buildAssignment(first, undefined, first, plain);
  }

  private matchKey(keyStart: number): KeyMatch | undefined {
    const { text, n } = this;
    let keyEnd = keyStart;
    while (keyEnd < n && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
    this.read(keyEnd + 2);
    if (keyEnd === keyStart) return undefined;
    const afterBlank = this.skipWhitespace(keyEnd);
    if (text.charCodeAt(afterBlank) === Ch.Equals) {
      return { keyEnd, separator: { start: afterBlank, end: afterBlank + 1 }, valueStart: afterBlank + 1 };
    }
    if (text.charCodeAt(keyEnd) === Ch.Colon && keyEnd + 1 < n && isWhitespace(text.charCodeAt(keyEnd + 1))) {
      // `:\s+?` takes one whitespace character; dotenv has already turned `\r\n` into one `\n`.
      const crlf = text.charCodeAt(keyEnd + 1) === Ch.CarriageReturn && text.charCodeAt(keyEnd + 2) === Ch.LineFeed;
      return { keyEnd, separator: { start: keyEnd, end: keyEnd + 1 }, valueStart: keyEnd + (crlf ? 3 : 2) };
    }
    return undefined;
  }

  private buildAssignment(first: number, exportSpan: Span | undefined, keyStart: number, key: KeyMatch): Assignment {
    const { text, n } = this;
    const v0 = key.valueStart;
    let form: ValueForm;
    let quote: QuoteChar | undefined;
    let rawEnd: number;
    let valueSpan: Span;
    let innerSpan: Span;
    let commentStart = -1;
    // Set when the raw value holds a line terminator, a `\r` or a quote at its ends: then the
    // general rules of dotenvValue apply instead of a plain slice.
    let plain = true;

    const quoteAt = this.skipWhitespace(v0);
    const close = quoteAt < n && isQuote(text.charCodeAt(quoteAt)) ? this.findClosingQuote(quoteAt) : -1;
    if (close >= 0) {
      form = 'quoted';
      quote = text[quoteAt] as QuoteChar;
      rawEnd = close + 1;
      valueSpan = { start: quoteAt, end: rawEnd };
      innerSpan = { start: quoteAt + 1, end: close };
      plain = !this.hasTerminator(innerSpan.start, innerSpan.end);
    } else {
      const c = text.charCodeAt(v0);
      if (v0 < n && c !== Ch.Hash && c !== Ch.LineFeed && c !== Ch.CarriageReturn) {
        let e = v0;
        while (e < n) {
          const ch = text.charCodeAt(e);
          if (ch === Ch.Hash || ch === Ch.LineFeed || ch === Ch.CarriageReturn) break;
          if (ch === 0x2028 || ch === 0x2029) plain = false;
          e++;
        }
        rawEnd = e;
        if (e < n && text.charCodeAt(e) === Ch.Hash) commentStart = e;
        valueSpan = this.trimmed(v0, e);
      } else {
        rawEnd = v0;
        valueSpan = { start: v0, end: v0 };
      }
      form = valueSpan.start === valueSpan.end ? 'empty' : 'unquoted';
      innerSpan = this.unquotedInner(valueSpan);
      // dotenv strips quotes and expands escapes by the value's first character, quoted or not.
      if (isQuote(text.charCodeAt(valueSpan.start))) plain = false;
    }

    const escapes = quote === '"' && containsChar(text, Ch.Backslash, innerSpan.start, innerSpan.end);
    const value = plain && !escapes ? text.slice(innerSpan.start, innerSpan.end) : dotenvValue(text.slice(v0, rawEnd));

    const lineEnd = this.regexLineEnd(rawEnd);
    if (commentStart < 0) {
      const afterValue = this.skipBlankOnLine(rawEnd, lineEnd);
      if (afterValue < lineEnd && text.charCodeAt(afterValue) === Ch.Hash) commentStart = afterValue;
    }
    return {
      kind: 'assignment',
      span: { start: this.regexLineStart(first), end: this.afterTerminator(lineEnd) },
      exportSpan,
      key: text.slice(keyStart, key.keyEnd),
      keySpan: { start: keyStart, end: key.keyEnd },
      separatorSpan: key.separator,
      valueSpan,
      innerSpan,
      form,
      quote,
      value,
      commentSpan: commentStart >= 0 ? { start: commentStart, end: lineEnd } : undefined,
      references: quote === "'" ? NO_REFERENCES : findReferences(text, innerSpan.start, innerSpan.end),
    };
  }

  private hasTerminator(start: number, end: number): boolean {
    const { text } = this;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === Ch.LineFeed || c === Ch.CarriageReturn || c === 0x2028 || c === 0x2029) return true;
    }
    return false;
  }

  /**
   * The closing quote that dotenv's regex settles on, or -1. The regex first closes at the first quote
   * not escaped by a backslash; when what follows it is not the end of a line or a comment, it
   * backtracks and tries each escaped quote before that point, the last one first.
   */
  private findClosingQuote(open: number): number {
    const { text, n } = this;
    const q = text.charCodeAt(open);
    let escapedQuotes: number[] | undefined;
    let i = open + 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === Ch.Backslash && i + 1 < n && text.charCodeAt(i + 1) === q) {
        (escapedQuotes ??= []).push(i + 1);
        i += 2;
        continue;
      }
      if (c === q) break;
      i++;
    }
    this.read(i);
    if (i < n && this.endsLineOrComment(i + 1)) return i;
    if (escapedQuotes !== undefined) {
      for (let j = escapedQuotes.length - 1; j >= 0; j--) {
        const candidate = escapedQuotes[j]!;
        if (this.endsLineOrComment(candidate + 1)) return candidate;
      }
    }
    return -1;
  }

  /** The regex's tail `\s*(?:#.*)?$`: only blanks up to a line end, or blanks and then `#`. */
  private endsLineOrComment(from: number): boolean {
    const { text, n } = this;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isRegexLineTerminator(c) || !isWhitespace(c)) {
        this.read(i);
        return isRegexLineTerminator(c) || c === Ch.Hash;
      }
    }
    return true;
  }

  private unquotedInner(span: Span): Span {
    const { text } = this;
    const first = text.charCodeAt(span.start);
    if (span.end - span.start >= 2 && isQuote(first) && text.charCodeAt(span.end - 1) === first) {
      return { start: span.start + 1, end: span.end - 1 };
    }
    return span;
  }

  private trimmed(start: number, end: number): Span {
    const { text } = this;
    let s = start;
    let e = end;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    return { start: s, end: e };
  }

  private skipWhitespace(from: number): number {
    const { text, n } = this;
    let i = from;
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
    return this.read(i);
  }

  private skipBlankOnLine(from: number, lineEnd: number): number {
    let i = from;
    while (i < lineEnd && isWhitespace(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** The position of the terminator that ends the regex line holding `from` (or the text's end). */
  private regexLineEnd(from: number): number {
    const { text, n } = this;
    let i = from;
    while (i < n && !isRegexLineTerminator(text.charCodeAt(i))) i++;
    return this.read(i);
  }

  private afterTerminator(lineEnd: number): number {
    const { text, n } = this;
    // A `\r` is a line end alone or with the `\n` after it: that character counts as read.
    this.read(lineEnd + 1);
    if (lineEnd >= n) return n;
    if (text.charCodeAt(lineEnd) === Ch.CarriageReturn && text.charCodeAt(lineEnd + 1) === Ch.LineFeed) return lineEnd + 2;
    return lineEnd + 1;
  }

  private nextLineStart(from: number): number {
    return this.afterTerminator(this.regexLineEnd(from));
  }

  private regexLineStart(at: number): number {
    let i = at;
    while (i > 0 && !isRegexLineTerminator(this.text.charCodeAt(i - 1))) i--;
    return i;
  }

  /** Splits text that no assignment claimed into blank lines, comments and ignored lines. */
  private emitTrivia(from: number, to: number): void {
    let lineStart = from;
    while (lineStart < to) {
      const lineEnd = Math.min(this.regexLineEnd(lineStart), to);
      const next = Math.min(this.afterTerminator(lineEnd), to);
      this.nodes.push(classifyLine(this.text, { start: lineStart, end: next }, lineEnd));
      lineStart = next;
    }
  }
}
