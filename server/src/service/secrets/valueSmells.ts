import { urlPasswordSpans } from '../diagnostics/urlPassword';
/**
 * Recognisers for values that should not be in a file: placeholders left in, weak secrets, and
 * credentials that look real. Each returns a reason in words, never the value.
 */

const PLACEHOLDER = [
  /^<[^<>]*>$/,
  /^\[[^\]]*\]$/,
  /^\{\{[^}]*\}\}$/,
  /^(?:change[-_ ]?me|change[-_ ]?it|change[-_ ]?this|replace[-_ ]?me|replace[-_ ]?this|todo|tbd|fixme|placeholder|x{3,}|\.{3,}|\*{3,})$/i,
  /^your[-_ ][\w -]*$/i,
  /^my[-_ ](?:secret|password|pass|token|key|api[-_ ]?key|user(?:name)?)\b[\w -]*$/i,
  /^[\w -]*[-_ ]here$/i,
  /^(?:insert|enter|put|add|complete)[-_ ][\w -]*$/i,
];

/**
 * Whether a value is written out, not taken from elsewhere: `$VAR`, `${VAR}`, `${VAR:-x}`, `$VAR:-x`
 * (shells, docker compose, python-dotenv and dotenv-expand put another variable's value there) and
 * `{{ x }}` (a template engine fills it in) are references, which no type, secret, placeholder or URL
 * check can judge: the value that counts is not in the file.
 */
export function isLiteralValue(value: string): boolean {
  return !REFERENCE_OR_TEMPLATE.test(value);
}

const REFERENCE_OR_TEMPLATE = /\$\{[^}]*\}|\$[A-Za-z_]|\{\{[^{}]*\}\}/;

/** Whether a value means "not set": empty, or `null` as Laravel and others write it. */
export function isUnsetValue(value: string): boolean {
  return value === '' || /^null$/i.test(value);
}

/** Whether the whole value is a placeholder such as `<your-secret-key>`, `changeme` or `your_api_key_here`. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && PLACEHOLDER.some((pattern) => pattern.test(trimmed));
}

const COMMON = new Set([
  'password', 'passw0rd', 'secret', 'admin', 'root', 'test', 'testing', 'changeit', 'default', 'postgres', 'mysql', 'pass',
  'qwerty', 'letmein', 'welcome', 'dev', 'development', 'example', 'sample', 'dummy', 'foo', 'bar', 'foobar', 'abc', 'abc123',
  '123', '1234', '12345', '123456', '12345678', '123456789', 'guest', 'user', 'token', 'key', 'mysecret', 'supersecret', 'hunter2',
]);

/** Why a secret is weak (a common word, too short, too repetitive, a run), or undefined when it is not. */
export function weakness(value: string): string | undefined {
  if (COMMON.has(value.toLowerCase())) return 'it is a common password or word';
  if (value.length < 12) return `it has only ${value.length} character${value.length === 1 ? '' : 's'}`;
  const unique = new Set(value).size;
  if (unique < 6) return `it uses only ${unique} different characters`;
  if (longestRun(value) * 2 >= value.length) return 'half of it is a run such as `abcdef` or `123456`';
  return undefined;
}

/** The longest stretch of characters that each follow the previous one up or down by one (`abcd`, `4321`). */
function longestRun(value: string): number {
  let longest = 1;
  let current = 1;
  let step = 0;
  for (let i = 1; i < value.length; i++) {
    const delta = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if ((delta === 1 || delta === -1) && (current === 1 || delta === step)) {
      current++;
      step = delta;
    } else {
      current = 1;
    }
    longest = Math.max(longest, current);
  }
  return longest;
}

const CREDENTIALS: readonly [string, RegExp][] = [
  ['an AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['a GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ['a Stripe live key', /\b[sr]k_live_[A-Za-z0-9]{16,}\b/],
  ['a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ['an Anthropic API key', /\bsk-ant-[A-Za-z0-9_-]{20,}/],
  ['an OpenAI API key', /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}/],
  ['a private key', /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----/],
];

const ANY_TOKEN_START = /AKIA|ASIA|gh[pousr]_|github_pat_|[sr]k_live_|xox[abposr]-|sk-|-----BEGIN /;

const LOCAL_HOSTS = /^(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)$/i;

/** What kind of token in a vendor's leaked format (`ghp_…`, `sk_live_…`, a PEM private key) the value holds, or undefined. */
export function leakedTokenKind(value: string): string | undefined {
  // One scan for the literal every format starts with; the seven patterns run only where one is found.
  if (!ANY_TOKEN_START.test(value)) return undefined;
  for (const [kind, pattern] of CREDENTIALS) if (pattern.test(value)) return kind;
  return undefined;
}

/** What kind of real credential the value looks like, or undefined. */
export function credentialKind(value: string): string | undefined {
  const token = leakedTokenKind(value);
  if (token) return token;
  if (!isLiteralValue(value)) return undefined;
  // The same reading of `scheme://user:password@host` as the mask uses; a password needs a host after it.
  for (const span of urlPasswordSpans(value)) {
    if (value[span.end] !== '@') continue;
    const password = value.slice(span.start, span.end);
    const host = /^[^/:?#\s]*/.exec(value.slice(span.end + 1))![0];
    if (password !== '' && host !== '' && !isPlaceholder(password) && !LOCAL_HOSTS.test(host)) return 'a connection URL with a password';
  }
  return undefined;
}
