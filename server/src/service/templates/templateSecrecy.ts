import { urlPasswordSpans } from '../diagnostics/urlPassword';
import type { Assignment } from '../parser';
import { isSecretAssignment, valueCutByHash } from '../secrets/assignmentSecrecy';
import type { SecretTest } from '../secrets/secrecy';
import { credentialKind, isLiteralValue, isPlaceholder, leakedTokenKind, looksGenerated } from '../secrets/valueSmells';

/**
 * Whether a value must stay out of a template. Stricter than masking: besides what EnvSense keeps
 * secret (a schema's `secret: true`, the key's name, a vendor token's form), a template leaves out any
 * value that looks like a credential under a public name: a generated-looking string, a URL with a
 * password, a working token. A default lost costs a teammate a look; a secret committed cannot be
 * taken back.
 */
export function staysOutOfTemplate(isSecret: SecretTest, text: string, assignment: Assignment): boolean {
  if (isSecretAssignment(isSecret, text, assignment) || looksLikeCredential(assignment.value)) return true;
  const cut = valueCutByHash(text, assignment);
  return cut !== undefined && looksLikeCredential(cut.intended);
}

/** A value that would be a credential whatever its key is called. */
export function looksLikeCredential(value: string): boolean {
  if (value === '' || (!isLiteralValue(value) && !hasUrlPassword(value))) return false;
  return leakedTokenKind(value) !== undefined || credentialKind(value) !== undefined || (looksGenerated(value) && !isNamed(value)) || hasUrlPassword(value);
}

/**
 * A value made of names, which `looksGenerated` would take for random: a dotted path of words
 * (`django.core.mail.backends.smtp.EmailBackend`, `smtp.mail.example.com`) or an email address. A
 * JWT's dotted parts are not words.
 */
function isNamed(value: string): boolean {
  if (/^[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(value)) return true;
  const parts = value.split('.');
  return parts.length > 1 && parts.every((part) => part.length <= 40 && /^[A-Za-z][a-z0-9_-]*(?:[A-Z][a-z0-9_-]+)*$/.test(part));
}

/** A URL with a password written in it (not empty, not a placeholder, not only a `${VAR}` reference). */
function hasUrlPassword(value: string): boolean {
  return urlPasswordSpans(value).some(({ start, end }) => {
    const password = value.slice(start, end);
    return password !== '' && !isPlaceholder(password) && !/^\$\{?[A-Za-z_]\w*\}?$/.test(password);
  });
}

/**
 * Whether prose in a comment holds a credential (`# old token: ghp_…`, `# was postgres://u:pw@db`):
 * its words are checked for a vendor token or a URL password. Generated-looking words are not judged
 * here: comments name ports, paths and hosts that would pass for one.
 */
export function commentHoldsCredential(text: string): boolean {
  if (leakedTokenKind(text) !== undefined) return true;
  for (const word of text.split(/\s+/)) {
    if (word.length >= 8 && (leakedTokenKind(word) !== undefined || credentialKind(word) !== undefined || hasUrlPassword(word))) return true;
  }
  return false;
}
