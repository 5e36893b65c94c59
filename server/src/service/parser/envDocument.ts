/**
 * The lossless syntax tree shared by both dialects. Every node holds [start, end) offsets into the
 * original text; the nodes of a document are contiguous, so concatenating their text gives the file
 * back byte for byte. LSP positions are derived from offsets through the document's LineIndex.
 */

export type Dialect = 'dotenv' | 'python';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type QuoteChar = "'" | '"' | '`';

/** `${VAR}`, `${VAR:-default}`, `${VAR-default}` or `$VAR` inside a value. */
export interface Reference {
  readonly name: string;
  readonly span: Span;
  readonly nameSpan: Span;
  /** The `default` of `${VAR:-default}` / `${VAR-default}`. */
  readonly fallback?: string;
}

/** How the raw value text was read. */
export type ValueForm =
  /** Nothing after the separator (or only a comment). */
  | 'empty'
  /** Unquoted: cut at the first `#`, trimmed. */
  | 'unquoted'
  /** Opened and closed by the same quote, possibly over several lines. */
  | 'quoted';

export interface Assignment {
  readonly kind: 'assignment';
  readonly span: Span;
  readonly exportSpan?: Span;
  readonly key: string;
  readonly keySpan: Span;
  readonly separatorSpan: Span;
  /** The raw value as written, quotes included (empty span when there is none). */
  readonly valueSpan: Span;
  /** The value text without its quotes (the part a user edits). */
  readonly innerSpan: Span;
  readonly form: ValueForm;
  readonly quote?: QuoteChar;
  /** The value the loader gives for this key. */
  readonly value: string;
  readonly commentSpan?: Span;
  readonly references: readonly Reference[];
}

export type IgnoredReason =
  | 'slash-comment'
  | 'template-tag'
  | 'non-ascii-key'
  | 'uppercase-export'
  | 'missing-separator'
  | 'colon-without-space'
  | 'missing-key'
  | 'invalid-line';

/** A line that the loader skips without a word. */
export interface IgnoredLine {
  readonly kind: 'ignored';
  readonly span: Span;
  readonly reason: IgnoredReason;
  /** Where the problem is within the line (e.g. the offending character). */
  readonly focus: Span;
}

export interface Comment {
  readonly kind: 'comment';
  readonly span: Span;
  /** The comment text after `#`, trimmed. */
  readonly text: string;
}

export interface Blank {
  readonly kind: 'blank';
  readonly span: Span;
}

/** Python source that is not a top-level `NAME = literal` assignment (imports, try/except, calls…). */
export interface Opaque {
  readonly kind: 'opaque';
  readonly span: Span;
}

export type EnvNode = Assignment | IgnoredLine | Comment | Blank | Opaque;

export interface EnvDocument {
  readonly dialect: Dialect;
  readonly text: string;
  readonly nodes: readonly EnvNode[];
  readonly assignments: readonly Assignment[];
}
