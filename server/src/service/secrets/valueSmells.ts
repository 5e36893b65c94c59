import { urlPasswordSpans } from '../diagnostics/urlPassword';
import { jwtClaims } from './publicKeys';
import { hasTokenChecksum } from './tokenChecksum';
/**
 * Recognisers for values that should not be in a file: placeholders left in, weak secrets, and
 * credentials that look real. Each returns a reason in words, never the value.
 */

const PLACEHOLDER = [
  /^<[^<>]*>$/,
  /^\[(?:redacted|retracted|removed|hidden|secret|your[^\]]*|insert[^\]]*|enter[^\]]*|put[^\]]*|add[^\]]*)\]$/i,
  /^\{\{[^}]*\}\}$/,
  /^(?:change[-_ ]?me|change[-_ ]?it|change[-_ ]?this|replace[-_ ]?me|replace[-_ ]?this|todo|tbd|fixme|placeholder|dummy|optional|example|x{3,}|\.{3,}|\*{3,})\d*$/i,
  // `changeme1234`, `replace-with-your-key`, `sk-XXXXXXXX`, `xoxb-0000…`: a vendor prefix, then filler.
  /^(?:change[-_ ]?me[\w-]*|(?:replace|insert)[-_ ][\w -]*)$/i,
  // (Each group is unambiguous: a regex like `(?:[-_]?x{3,})+` backtracks exponentially on `ab_xxx…x!`.)
  /^[a-z]{2,8}[-_](?:[a-z]+[-_])?(?:X{4,}|x{4,}|\*{4,}|0{8,}|x{3,}(?:[-_]x{3,})*)$/i,
  /^[xX*]{2,}(?:[-_ ][xX*]{2,})*[-_ ]?$/,
  /^your[-_ ][\w -]*$/i,
  /^my[-_ ](?:secret|password|pass|token|key|api[-_ ]?key|user(?:name)?)\b[\w -]*$/i,
  /^[\w -]*[-_ ]here$/i,
  /^(?:insert|enter|put|add|complete)[-_ ][\w -]*$/i,
  // `__REPLACE_ME__`, cookiecutter's `!!!SET DJANGO_SECRET_KEY!!!`
  /^__[\w-]+__$/,
  /^!{2,}[^!]+!{2,}$/,
  // URL parts written as their names: `redis://:password@host:6379`, `postgres://user:password@…`, `username:password@…`.
  /^[a-z][\w+.-]*:\/\/(?:(?:user(?:name)?|your[-_]?user(?:name)?)?:(?:password|pass|your[-_]?password|secret)@[^\s]*|[^:@/\s]*:(?:password|pass|your[-_]?password)@(?:host|hostname|your[-_][\w-]*|[\w.-]*example\.(?:com|org|net))(?:[:/?#][^\s]*)?)$/i,
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
  if (value.startsWith('django-insecure-')) return 'Django generates keys starting with `django-insecure-` for development only';
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
  ['a secret key in Stripe\'s format (`sk_live_`/`sk_test_`, also Clerk\'s)', /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/],
  ['a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ['an Anthropic API key', /\bsk-ant-[A-Za-z0-9_-]{20,}/],
  ['an OpenAI API key', /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}/],
  ['a Google OAuth client secret', /\bGOCSPX-[A-Za-z0-9_-]{28}\b/],
  ['a Xendit secret key', /\bxnd_(?:development|production)_[A-Za-z0-9]{40,}/],
  ['a Firebase Cloud Messaging server key', /\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}/],
  ['a Discord bot token', /\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}\b/],
  ['a Sanity API token', /\bsk[A-Za-z0-9]{78,}\b/],
  ['a GitLab token', /\bgl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_-]{20,}/],
  ['an npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['a PyPI token', /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/],
  ['a Mailgun API key', /\bkey-[0-9a-f]{32}\b/],
  ['a SendGrid API key', /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/],
  ['a Telegram bot token', /^\d{8,10}:AA[A-Za-z0-9_-]{33}$/],
  ['an Azure storage account key', /AccountKey=[A-Za-z0-9+/]{86}==/],
  ['a private key', /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY(?: BLOCK)?-----/],
];

const ANY_TOKEN_START = /AKIA|ASIA|gh[pousr]_|github_pat_|[sr]k_(?:live|test)_|xox[abposr]-|sk-|GOCSPX-|xnd_|:APA91b|-----BEGIN |\.[A-Za-z0-9_-]{6}\.|\bsk[A-Za-z0-9]{78}|gl(?:pat|dt|rt|ptt|cbt|oas)-|npm_|pypi-|SG\.|:AA|AccountKey=|key-/;

/**
 * Hosts that are not a service on the internet: the machine itself, a compose service or any other
 * single-label name, private networks, and names reserved for documentation and tests.
 */
const LOCAL_HOST = /^(?:[^.]+|localhost|.*\.localhost|.*\.local|.*\.internal|.*\.test|.*\.invalid|.*\.example|(?:.*\.)?example\.(?:com|org|net)|127\.\d+\.\d+\.\d+|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|\[[^\]]*\])$/i;

/** A sample, not a key: the vendors' documented examples (`AKIAIOSFODNN7EXAMPLE`), counting runs, few distinct characters. */
function looksFake(token: string): boolean {
  if (/example|dummy|sample|fake|placeholder|your|xxxx|0000|1234567|abcdefg|a1b2c3|1a2b3c/i.test(token)) return true;
  return new Set(token).size < 10;
}

/** A PEM private key with a real body: at least 100 base64 characters after its first line (not `[redacted]` or `...`). */
function hasKeyBody(value: string): boolean {
  const begin = value.indexOf('PRIVATE KEY');
  const body = /^[A-Za-z0-9+/=]*/.exec(value.slice(begin).replace(/^[^-]*-----/, '').replace(/\\n|\s/g, ''))![0];
  // A body typed to look like one (`MIIEpAIBAAKCAQEA1234…`, `AAAA…`) repeats itself; a real one is random.
  return body.length >= 100 && new Set(body).size >= 40 && !/(?:0123456|123456789|abcdefgh|ABCDEFGH|(.)\1{5})/.test(body);
}

/**
 * What kind of token in a vendor's leaked format (`ghp_…`, `sk_live_…`, a PEM private key) the value
 * holds, or undefined. Broad on purpose: it decides masking, where a sample is masked too.
 */
export function leakedTokenKind(value: string): string | undefined {
  // One scan for the literal every format starts with; the patterns run only where one is found.
  if (!ANY_TOKEN_START.test(value)) return undefined;
  for (const [kind, pattern] of CREDENTIALS) if (pattern.test(value)) return kind;
  return undefined;
}

/** A token in a vendor's format that is not a sample: a private key with a body, a token that is not `…EXAMPLE` or a counting run. */
function workingTokenKind(value: string): string | undefined {
  if (!ANY_TOKEN_START.test(value)) return undefined;
  for (const [kind, pattern] of CREDENTIALS) {
    const match = pattern.exec(value);
    if (!match) continue;
    // GitHub's and npm's current tokens carry a checksum: one without it was typed, not issued.
    if (/^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/.test(match[0]) && !hasTokenChecksum(match[0])) continue;
    if (kind === 'a private key' ? hasKeyBody(value) : !looksFake(match[0])) return kind;
  }
  return undefined;
}

/** What kind of real credential the value looks like, or undefined. */
export function credentialKind(value: string): string | undefined {
  const token = workingTokenKind(value);
  if (token) return token;
  // Supabase's service-role key (a JWT whose role claim says so) bypasses row-level security; its anon key is public.
  if (jwtClaims(value)?.['role'] === 'service_role') return 'a Supabase service-role key';
  // Laravel's APP_KEY as `php artisan key:generate` writes it: 32 random bytes in base64.
  if (/^base64:[A-Za-z0-9+/]{43}=$/.test(value) && new Set(value.slice(7)).size >= 20) return 'a Laravel application key';
  // Google's app passwords, as Gmail shows them: four groups of four letters.
  if (/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/.test(value) && new Set(value.replace(/ /g, '')).size >= 8) return 'a Google app password';
  if (!isLiteralValue(value)) return undefined;
  // The same reading of `scheme://user:password@host` as the mask uses; a password needs a host after it.
  for (const span of urlPasswordSpans(value)) {
    if (value[span.end] !== '@') continue;
    const password = decodeURIComponent(value.slice(span.start, span.end).replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
    const host = /^[^/:?#\s]*/.exec(value.slice(span.end + 1))![0];
    // A default or placeholder password, or one on the machine or a compose service, is a local default, not a leak.
    if (password === '' || host === '' || LOCAL_HOST.test(host) || isPlaceholder(password) || COMMON.has(password.toLowerCase()) || namesItself(password)) continue;
    return 'a connection URL with a password';
  }
  return undefined;
}

/**
 * Whether a secret's value looks generated rather than typed: 16 or more characters without spaces
 * of at least two kinds (lower, upper, digits, symbols), or 12 of three; not weak, not a sample, not a
 * phrase, a path or a URL.
 * Django's `django-insecure-…` keys are generated but say themselves that they are for development.
 */
export function looksGenerated(value: string): boolean {
  if (value.length < 12 || /\s/.test(value) || weakness(value) !== undefined || looksFake(value) || isPhrase(value) || namesItself(value) || ETHEREUM_ADDRESS.test(value) || isEncodedJson(value)) return false;
  // Paths and URLs (`%kernel.project_dir%/config/jwt/private.pem`) name where a secret is, not the secret.
  if (/^(?:[a-z][\w+.-]*:\/\/|\/|\.\/|~\/)|%[\w.]+%|\.(?:pem|key|crt|p12|json)$/i.test(value) || value.startsWith('django-insecure-')) return false;
  const kinds = characterKinds(value);
  // 16 characters of two kinds, or 12 of three (`Vq8rT2mZk4Lp`), or 16 random lower-case letters.
  if (kinds === 1 && randomLetters(value)) return true;
  return value.length >= 16 ? kinds >= 2 : kinds >= 3;
}

/** Whether a secret's value is a credential that works somewhere: a vendor's format, a URL password off this machine, or a generated string. */
export function isRealCredential(value: string): boolean {
  return isLiteralValue(value) && !isUnsetValue(value) && !isPlaceholder(value) && (credentialKind(value) !== undefined || looksGenerated(value));
}

/**
 * A password a person chose rather than a default: 8 or more characters, not a common word or one of
 * its forms (`postgres123`, `admin_password`), not a placeholder or reference.
 */
export function isTypedPassword(value: string): boolean {
  if (value.length < 8 || !isLiteralValue(value) || isPlaceholder(value) || /\s/.test(value) || isPhrase(value) || namesItself(value)) return false;
  if (characterKinds(value) < 2) return false;
  // The word without its decoration (`postgres123!` → `postgres`), trimmed by hand: `/[\d…]+$/`
  // would try every start and take quadratic time on a long run of digits.
  let end = value.length;
  while (end > 0 && /[\d_!@#.-]/.test(value[end - 1]!)) end--;
  let start = 0;
  while (start < end && /[\d_]/.test(value[start]!)) start++;
  const word = value.slice(start, end).toLowerCase();
  if (COMMON.has(word) || /^(?:\w+[_-])?pass(?:word)?$|^(?:\w+[_-])?secret$|^(?:root|admin|user|test|dev|local|docker|postgres|mysql|mongo|redis|rabbit|guest)/i.test(word)) return false;
  return new Set(value).size >= 5;
}

/** Lower-case words joined by `_` or `-` (`systemtest_password`, `insecure-default-key`): a default someone named, not a secret. */
function isPhrase(value: string): boolean {
  return /^[a-z]+(?:[_-][a-z]+)+(?:[_-]?\d+)?$/.test(value) || (/^[a-z]+$/.test(value) && !randomLetters(value));
}

/** A public address on a blockchain, not a key. */
const ETHEREUM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** A value that says what it is (`MongoSecretPass123`, `EmailPassword123!`): a sample written for a README, not a secret. */
function namesItself(value: string): boolean {
  return /pass(?:word)?|secret|example|sample|demo|changeme/i.test(value);
}

/** Base64url of JSON text with no signature (`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`, a JWT header alone): public data, not a key. */
function isEncodedJson(value: string): boolean {
  if (!/^eyJ[A-Za-z0-9_-]+=*$/.test(value)) return false;
  try {
    JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a connection URL's password is a default anyone can guess (`postgres://postgres:postgres@db`,
 * `amqp://guest:guest@…`, `minioadmin`): the user name again, a common word, or `password`; else
 * undefined. Placeholders and references are not judged here.
 */
export function defaultUrlPassword(value: string): string | undefined {
  if (!isLiteralValue(value)) return undefined;
  for (const span of urlPasswordSpans(value)) {
    if (value[span.end] !== '@') continue;
    const password = value.slice(span.start, span.end);
    const user = value.slice(value.indexOf('://') + 3, span.start - 1);
    if (password === '' || isPlaceholder(password)) continue;
    if (password === user) return 'its password is its user name';
    if (COMMON.has(password.toLowerCase()) || /^(?:pass(?:word)?\d*|minioadmin|rabbitmq)$/i.test(password)) return 'its password is a common default';
  }
  return undefined;
}

/** How many kinds of characters a value mixes: lower case, upper case, digits, others. */
function characterKinds(value: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(value)).length;
}

/**
 * Sixteen or more lower-case letters that no one would read aloud: phrases are 26–40% `aeiou`
 * (`sometimespasswordsarelonger`, `mailgunsmtppassword`), letters drawn at random about 19%, and
 * under 20% counts as random (`dxvegasdvotgfhly`).
 */
function randomLetters(value: string): boolean {
  if (value.length < 16 || !/^[a-z]+$/.test(value)) return false;
  const vowels = value.replace(/[^aeiou]/g, '').length;
  return vowels / value.length < 0.2;
}
