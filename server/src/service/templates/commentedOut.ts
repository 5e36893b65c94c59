import { parse, type Assignment, type Comment, type EnvDocument } from '../parser';
import { isKeyChar } from '../parser/chars';

/** An assignment that a comment turns off, with where its line (after the `#`s) starts in the file. */
export interface CommentedOut {
  readonly assignment: Assignment;
  /** The line as parsed: the assignment's spans are offsets into it. */
  readonly line: string;
  /** Where `line` starts in the file. */
  readonly offset: number;
}

/**
 * The assignment a comment comments out (`# API_KEY=…`, `#export DEBUG=1`, `# SECRET_KEY = '…'`),
 * read as the file's dialect reads that line; undefined for prose (`# Token: ask the team`), which is
 * not parsed at all.
 */
export function commentedOut(env: EnvDocument, comment: Comment): CommentedOut | undefined {
  const { text } = env;
  const end = lineEnd(text, comment.span.start, comment.span.end);
  let start = comment.span.start;
  while (start < end && (text[start] === '#' || text[start] === ' ' || text[start] === '\t' || text.charCodeAt(start) === 0xfeff)) start++;
  if (!startsAssignment(text, start, end)) return undefined;
  const line = text.slice(start, end);
  const assignment = parse(line, env.dialect).assignments[0];
  return assignment ? { assignment, line, offset: start } : undefined;
}

/** The keys that comments of the file turn off: a key written there is known to whoever wrote the file. */
export function commentedOutKeys(env: EnvDocument): ReadonlySet<string> {
  const known = commentedKeys.get(env);
  if (known) return known;
  const keys = new Set<string>();
  for (const node of env.nodes) {
    if (node.kind !== 'comment') continue;
    const found = commentedOut(env, node);
    if (found) keys.add(found.assignment.key);
  }
  commentedKeys.set(env, keys);
  return keys;
}

/** Per parse: the drift rule and its fix ask on every keystroke, and a parse is one version of a file. */
const commentedKeys = new WeakMap<EnvDocument, ReadonlySet<string>>();

function lineEnd(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

/** Whether `NAME =` (after an optional `export `) starts at `at`. */
function startsAssignment(text: string, at: number, end: number): boolean {
  let keyEnd = keyEndFrom(text, at, end);
  if (keyEnd === at) return false;
  if (text.slice(at, keyEnd) === 'export' && (text[keyEnd] === ' ' || text[keyEnd] === '\t')) {
    const name = skipBlanks(text, keyEnd, end);
    keyEnd = keyEndFrom(text, name, end);
    if (keyEnd === name) return false;
  }
  const separator = skipBlanks(text, keyEnd, end);
  return separator < end && text[separator] === '=';
}

function keyEndFrom(text: string, at: number, end: number): number {
  while (at < end && isKeyChar(text.charCodeAt(at))) at++;
  return at;
}

function skipBlanks(text: string, at: number, end: number): number {
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
}
