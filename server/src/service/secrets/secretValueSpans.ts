import { parse, type Assignment, type Comment, type EnvDocument, type Span } from '../parser';
import { Ch, isKeyChar, isWhitespace } from '../parser/chars';
import { isSecretAssignment, valueCutByHash } from './assignmentSecrecy';
import type { SecretTest } from './secrecy';

/**
 * Where the values EnvSense keeps secret are written, for an editor to hide them on screen: the value
 * of every assignment that hovers and messages mask (`isSecretAssignment`, the same decision), and of
 * every commented-out one (`# API_KEY=sk_live_…`, `# SECRET_KEY = '…'`), without quotes or key.
 * Placeholders are hidden too, as hovers hide them: no test can make a value of a secret key public.
 * Nothing is hidden where nothing is written: an empty value, or one made only of references (`${X}`).
 */
export function secretValueSpans(env: EnvDocument, isSecret: SecretTest): Span[] {
  const spans: Span[] = [];
  for (const node of env.nodes) {
    const span =
      node.kind === 'assignment' ? valueSpanIfSecret(env.text, node, isSecret) : node.kind === 'comment' ? commentedOutSecret(env, node, isSecret) : undefined;
    if (span) spans.push(span);
  }
  return spans;
}

function valueSpanIfSecret(text: string, assignment: Assignment, isSecret: SecretTest): Span | undefined {
  if (!isSecretAssignment(isSecret, text, assignment)) return undefined;
  // A `#` that cut the value short (`A=p@ss#word`) leaves the rest of the secret on the line: hide all of it.
  const cut = valueCutByHash(text, assignment);
  const span = cut ? { start: cut.start, end: cut.start + cut.intended.length } : assignment.innerSpan;
  return writesSomething(text, span, assignment) ? span : undefined;
}

function writesSomething(text: string, span: Span, assignment: Assignment): boolean {
  let at = span.start;
  for (const reference of assignment.references) {
    if (reference.span.start < span.start || reference.span.end > span.end) continue;
    if (!onlyWhitespace(text, at, reference.span.start)) return true;
    at = reference.span.end;
  }
  return !onlyWhitespace(text, at, span.end);
}

function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A comment whose text after its `#`s starts as an assignment with `=` (`NAME=`, `NAME = `,
 * `export NAME=`), read as the file's dialect reads that line. Prose (`# Token: ask the team`, `# see
 * below`) is not parsed at all: most comments are prose, and a file may hold thousands of them.
 */
function commentedOutSecret(env: EnvDocument, comment: Comment, isSecret: SecretTest): Span | undefined {
  const { text } = env;
  const end = comment.span.end;
  let start = comment.span.start;
  while (start < end && (text.charCodeAt(start) === Ch.Hash || isWhitespace(text.charCodeAt(start)))) start++;
  if (!startsAssignment(text, start, end)) return undefined;
  let lineEnd = start;
  while (lineEnd < end && text.charCodeAt(lineEnd) !== Ch.LineFeed && text.charCodeAt(lineEnd) !== Ch.CarriageReturn) lineEnd++;
  const line = text.slice(start, lineEnd);
  const assignment = parse(line, env.dialect).assignments[0];
  const span = assignment && valueSpanIfSecret(line, assignment, isSecret);
  return span && { start: start + span.start, end: start + span.end };
}

/** Whether `NAME =` (after an optional `export `) starts at `at`. */
function startsAssignment(text: string, at: number, end: number): boolean {
  let keyEnd = keyEndFrom(text, at, end);
  if (keyEnd === at) return false;
  if (text.slice(at, keyEnd) === 'export' && isBlank(text.charCodeAt(keyEnd))) {
    const name = skipBlanks(text, keyEnd, end);
    keyEnd = keyEndFrom(text, name, end);
    if (keyEnd === name) return false;
  }
  const separator = skipBlanks(text, keyEnd, end);
  return separator < end && text.charCodeAt(separator) === Ch.Equals;
}

function keyEndFrom(text: string, at: number, end: number): number {
  while (at < end && isKeyChar(text.charCodeAt(at))) at++;
  return at;
}

function skipBlanks(text: string, at: number, end: number): number {
  while (at < end && isBlank(text.charCodeAt(at))) at++;
  return at;
}

/** A space or tab: what may stand between the parts of one line. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
