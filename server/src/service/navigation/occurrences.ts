import { parse, type Assignment, type Comment, type EnvDocument, type Reference, type Span } from '../parser';
import { Ch, isWhitespace } from '../parser/chars';
import { READERS, readerExpands, type ReaderId } from '../readers/readerTable';
import { isSecretAssignment } from '../secrets/assignmentSecrecy';
import type { SecretTest } from '../secrets/secrecy';

/**
 * Where a key's name is written in a file: an assignment's key (`KEY=`), a reference in a value
 * (`${KEY}`, `$KEY`), or the key of a commented-out assignment (`# KEY=`, common in templates).
 */
export type OccurrenceKind = 'assignment' | 'reference' | 'commented';

export interface Occurrence {
  readonly kind: OccurrenceKind;
  /** The name alone: the key, or the name inside `${…}` / after `$`. */
  readonly span: Span;
}

/** What decides whether a `$` in a value refers to a key: the reader of the file, and which values are secret. */
export interface ReferencePolicy {
  readonly reader: ReaderId;
  readonly isSecret: SecretTest;
}

/**
 * Whether a reference is one to navigate and rename: one the file's reader replaces (every one for
 * Node's dotenv, which replaces none: the file is evidently meant for a reader that does, as the
 * references rule reads it), and not a bare `$NAME` in a secret value, where `$` is usually part of
 * the password (a braced `${NAME}` is written on purpose).
 */
export function countsAsReference(env: EnvDocument, policy: ReferencePolicy, assignment: Assignment, reference: Reference): boolean {
  const written = env.text.slice(reference.span.start, reference.span.end);
  if (READERS[policy.reader].expands !== 'none' && !readerExpands(policy.reader, written)) return false;
  return written.startsWith('${') || !isSecretAssignment(policy.isSecret, env.text, assignment);
}

/**
 * Where `name` is written in `env`, in order. One pass that compares names before it looks closer
 * (a comment is parsed only when it holds the name and starts like `NAME=`), so that a highlight
 * after each keystroke costs a scan of the file and no allocation per line.
 */
export function occurrencesOf(env: EnvDocument, policy: ReferencePolicy, name: string): Occurrence[] {
  const found: Occurrence[] = [];
  // Where the name is next written: comments come in order, so the text is searched once overall.
  let next = -1;
  for (const node of env.nodes) {
    if (node.kind === 'assignment') {
      if (node.key === name) found.push({ kind: 'assignment', span: node.keySpan });
      for (const reference of node.references) {
        if (reference.name === name && countsAsReference(env, policy, node, reference)) found.push({ kind: 'reference', span: reference.nameSpan });
      }
    } else if (node.kind === 'comment') {
      if (next < node.span.start) next = env.text.indexOf(name, node.span.start);
      if (next < 0) next = Infinity;
      if (next + name.length > node.span.end) continue;
      const commented = commentedOutKey(env, node);
      if (commented?.key === name) found.push({ kind: 'commented', span: commented.span });
    }
  }
  return found;
}

/** Only a comment that starts like `NAME=` (after `#`s and an optional `export `) is parsed: most comments are prose. */
const COMMENTED_ASSIGNMENT = /(?:export[ \t]+)?[A-Za-z0-9_.-]+[ \t]*=/y;

/** The key of a commented-out assignment (`# KEY=value`, `# KEY = 'x'`), read as the file's dialect reads that line. */
function commentedOutKey(env: EnvDocument, comment: Comment): { key: string; span: Span } | undefined {
  const { text } = env;
  const end = comment.span.end;
  let start = comment.span.start;
  while (start < end && (text.charCodeAt(start) === Ch.Hash || isWhitespace(text.charCodeAt(start)))) start++;
  COMMENTED_ASSIGNMENT.lastIndex = start;
  if (!COMMENTED_ASSIGNMENT.test(text)) return undefined;
  let lineEnd = start;
  while (lineEnd < end && text.charCodeAt(lineEnd) !== Ch.LineFeed && text.charCodeAt(lineEnd) !== Ch.CarriageReturn) lineEnd++;
  const assignment = parse(text.slice(start, lineEnd), env.dialect).assignments[0];
  if (!assignment || assignment.span.start !== 0) return undefined;
  return { key: assignment.key, span: { start: start + assignment.keySpan.start, end: start + assignment.keySpan.end } };
}
