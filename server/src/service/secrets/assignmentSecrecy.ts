import { urlPasswordSpans } from '../diagnostics/urlPassword';
import type { Assignment } from '../parser';
import { isWhitespace } from '../parser/chars';
import type { SecretTest } from './secrecy';

/**
 * What a dotenv line meant when a `#` with no space before it cut its unquoted value short
 * (`A=p@ss#word` loads `p@ss`): where the written value starts and all of it up to the line's end.
 */
export function valueCutByHash(text: string, assignment: Assignment): { start: number; intended: string } | undefined {
  const comment = assignment.commentSpan;
  if (!comment || assignment.form === 'quoted') return undefined;
  if (comment.start !== assignment.separatorSpan.end && isWhitespace(text.charCodeAt(comment.start - 1))) return undefined;
  const start = assignment.form === 'empty' ? comment.start : assignment.valueSpan.start;
  return { start, intended: text.slice(start, comment.end).trimEnd() };
}

/**
 * Whether the value of an assignment in `text` must never be shown. A `#` may cut a token or a URL's
 * password in two (`postgres://u:p@ss/w#rd@host` loads `postgres://u:p@ss/w`, whose `ss/w` would pass
 * for a host): then what was meant decides as well, and a password in it hides the whole value.
 */
export function isSecretAssignment(isSecret: SecretTest, text: string, assignment: Assignment): boolean {
  if (isSecret(assignment.key, assignment.value)) return true;
  const cut = valueCutByHash(text, assignment);
  return cut !== undefined && (isSecret(assignment.key, cut.intended) || urlPasswordSpans(cut.intended).length > 0);
}

/**
 * Whether a reader that expands references would load a secret into this value: it refers to a key
 * that is secret by its name, a schema or its value (`FOO=${DB_PASSWORD}`). The value as written
 * (`${DB_PASSWORD}`) may be shown; what a reader loads for it may not.
 */
export function referencesSecret(isSecret: SecretTest, assignment: Assignment, valueOf: (key: string) => string | undefined): boolean {
  return assignment.references.some((reference) => isSecret(reference.name, valueOf(reference.name) ?? ''));
}
