import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeValue } from '../../../server/out/service/diagnostics/describeValue';
import { completionsAt, documentOf, ENV_URI, hoverAt, problemsOf, schemaService, SECRETS_URI } from '../support/service';

const everything = (text: string, uri?: string, files: Readonly<Record<string, string>> = {}) => {
  const service = schemaService(files);
  const document = documentOf(text, uri);
  const messages = service.doValidation(document).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
  const symbols = service.findDocumentSymbols(document).map((s) => `${s.name} ${s.detail ?? ''}`);
  return [...messages, ...symbols].join('\n');
};

// Synthetic credentials of the real shapes: obviously fake, never a real key.
/** Synthetic tokens of the vendors' shapes (random, with GitHub's checksum: samples such as `…EXAMPLE` are not reported as leaks). */
const GH_TOKEN = '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';
const STRIPE_KEY = 'sk_live_Tq7Lm2Vx9Kd4Rb8Nw3Yz6Hc1';
/** A strong value with no recognisable format: only a secret name or a schema can make it secret. */
const PLAIN_TOKEN = 'Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK';

test('a `$` inside a secret is not reported as a reference, so no part of it is shown', () => {
  const shown = everything('DB_PASSWORD=hunter$secretpart\n');
  assert.doesNotMatch(shown, /secretpart/);
});

test('python strings have no references at all', () => {
  assert.deepEqual(problemsOf("GREETING = 'costs $amount'\n", SECRETS_URI).map((p) => p.code), []);
});

test("a URL's password is hidden in messages, outline and hover even when the name is not secret", () => {
  const text = 'CALLBACK_URL=https://user:S3cretPw@auth.example.com/cb\nBROKEN_URL=ftp://bob:Hidden1@\n';
  assert.doesNotMatch(everything(text), /S3cretPw|Hidden1/);
  assert.match(everything(text), /https:\/\/user:•••@auth\.example\.com\/cb/);
  assert.doesNotMatch(hoverAt(schemaService(), 'CALLBACK|_URL=https://user:S3cretPw@auth.example.com/cb\n')!, /S3cretPw/);
});

test('a schema file that is not JSON is named with the position, never with its text', () => {
  const service = schemaService({ '/workspace/.env.secret': 'DB_PASSWORD=hunter2\n' });
  const [problem] = problemsOf('# envsense: schema=./.env.secret\n', 'file:///workspace/.env', service);
  assert.equal(problem!.message, 'The schema file ./.env.secret cannot be used: not valid JSON: InvalidSymbol at line 1, column 1.');
});

test('every shape of URL password is hidden, whatever it holds, and nothing else is', () => {
  const cases: [string, string][] = [
    ['postgres://u:p@ss/w#rd@host/db', '`postgres://u:•••@host/db`'],
    ['redis://:p/w@host', '`redis://:•••@host`'],
    ['redis://:onlypass@cache:6379/0', '`redis://:•••@cache:6379/0`'],
    ['mysql://app:pa ss?x=1@db.internal/app', '`mysql://app:•••@db.internal/app`'],
    ['amqp://guest:gu@st@rabbit/', '`amqp://guest:•••@rabbit/`'],
    // Cut short by a `#` comment: no `@` is left, and what follows the colon is no port.
    ['postgres://u:p', '`postgres://u:•••`'],
    ['postgres://u:12ab', '`postgres://u:•••`'],
    ['https://a:one@h1 https://b:two@h2', '`https://a:•••@h2`'],
    ['https://h1/x ftp://b:two', '`https://h1/x ftp://b:•••`'],
    ['https://example.com:8443/path', '`https://example.com:8443/path`'],
    ['http://[::1]:8080/', '`http://[::1]:8080/`'],
    ['https://user@example.com/', '`https://user@example.com/`'],
    ['redis://cache:6379', '`redis://cache:6379`'],
  ];
  assert.deepEqual(
    cases.map(([value]) => [value, describeValue(value, false)]),
    cases,
  );
});

test('a URL password cut by `#` shows no part of it, neither before nor after the cut', () => {
  // dotenv loads `postgres://app:p4ss@h4lf/w0` and `redis://:s3cr`: the rest of each password follows the `#`.
  const text = 'DATABASE_URL=postgres://app:p4ss@h4lf/w0#rd@db.example.com/app\nCACHE_URL=redis://:s3cr#et@cache/0\nAUTH_HEADER=${DATABASE_URL}\n';
  const shown = everything(text);
  assert.doesNotMatch(shown, /p4ss|h4lf|w0|rd@|s3cr|et@/);
  assert.match(shown, /DATABASE_URL loads only the 27 characters before it, not all 49/);
  assert.match(shown, /DATABASE_URL a 27-character value/);
  assert.match(shown, /CACHE_URL loads only the 13 characters before it, not all 24/);
  const service = schemaService();
  const keyHover = hoverAt(service, 'DATABASE|_URL=postgres://app:p4ss@h4lf/w0#rd@db.example.com/app\n')!;
  assert.match(keyHover, /\n\nDATABASE_URL loads a 27-character value, as Node's dotenv \(the default\) reads it\.$/);
  assert.doesNotMatch(keyHover, /p4ss|h4lf/);
  assert.match(hoverAt(service, 'CACHE|_URL=redis://:s3cr#et@cache/0\n')!, /^CACHE_URL loads a 13-character value, as Node's dotenv \(the default\) reads it\.$/);
  assert.equal(
    hoverAt(service, 'DATABASE_URL=postgres://app:p4ss@h4lf/w0#rd@db.example.com/app\nAUTH_HEADER=${DATABASE|_URL}\n'),
    '`DATABASE_URL` is set on line 1 of this file and loads a 27-character value.',
  );
  const documentation = completionsAt(service, 'DATABASE_URL=postgres://app:p4ss@h4lf/w0#rd@db.example.com/app\nX=${|').map((item) => item.documentation);
  assert.deepEqual(documentation, ['DATABASE_URL loads a 27-character value.']);
});

test('a key that .env.example lists without calling it secret stays masked in .env: hover, outline, messages', () => {
  const files = { '/workspace/.env.example': 'GITHUB_TOKEN=\n' };
  // An unclosed quote makes a message describe what the key loads.
  const text = `GITHUB_TOKEN='${PLAIN_TOKEN}\n`;
  const shown = everything(text, 'file:///workspace/.env', files);
  assert.match(shown, /GITHUB_TOKEN loads a 33-character value/);
  assert.match(shown, /GITHUB_TOKEN a 33-character value/);
  assert.doesNotMatch(shown, new RegExp(PLAIN_TOKEN.slice(0, 8)));
  const hover = hoverAt(schemaService(files), `GITHUB|_TOKEN='${PLAIN_TOKEN}\n`, 'file:///workspace/.env')!;
  assert.match(hover, /Listed in `\.env\.example`/);
  assert.match(hover, /GITHUB_TOKEN loads a 33-character value, as/);
  assert.doesNotMatch(hover, new RegExp(PLAIN_TOKEN.slice(0, 8)));
});

test('a key that .env.example lists still makes an unignored .env a secrets file', () => {
  const files = { '/workspace/.git/HEAD': 'ref: refs/heads/main\n', '/workspace/.env.example': 'GITHUB_TOKEN=\n' };
  const problems = problemsOf(`GITHUB_TOKEN=${PLAIN_TOKEN}\n`, 'file:///workspace/.env', schemaService(files));
  assert.deepEqual(
    problems.filter((p) => p.code === 'secret-file-not-ignored').map((p) => p.message),
    ['This file holds secrets (GITHUB_TOKEN) and git would commit it: add it to .gitignore.'],
  );
});

test('a leaked-format token is secret whatever its name: hover, outline, reference hover and completion', () => {
  const text = `GH_PAT=${GH_TOKEN}\nSTRIPE_KEY=${STRIPE_KEY}\nAUTH_HEADER=\${GH_PAT}\nBILLING=\${STRIPE_KEY}\n`;
  const leaks = /e71lHFE8l6|Tq7Lm2Vx9K/;
  const shown = everything(text);
  assert.match(shown, /GH_PAT a 40-character value/);
  assert.match(shown, /STRIPE_KEY a 32-character value/);
  assert.doesNotMatch(shown, leaks);
  const service = schemaService();
  const hovers = [
    hoverAt(service, `GH|_PAT=${GH_TOKEN}\n`),
    hoverAt(service, `STRIPE|_KEY=${STRIPE_KEY}\n`),
    hoverAt(service, `GH_PAT=${GH_TOKEN}\nAUTH_HEADER=\${GH|_PAT}\n`),
    hoverAt(service, `STRIPE_KEY=${STRIPE_KEY}\nBILLING=\${STRIPE|_KEY}\n`),
  ];
  assert.deepEqual(hovers, [
    "GH_PAT loads a 40-character value, as Node's dotenv (the default) reads it.",
    "STRIPE_KEY loads a 32-character value, as Node's dotenv (the default) reads it.",
    '`GH_PAT` is set on line 1 of this file and loads a 40-character value.',
    '`STRIPE_KEY` is set on line 1 of this file and loads a 32-character value.',
  ]);
  const documentation = completionsAt(service, `GH_PAT=${GH_TOKEN}\nSTRIPE_KEY=${STRIPE_KEY}\nX=\${|`).map((item) => item.documentation);
  assert.deepEqual(documentation, ['STRIPE_KEY loads a 32-character value.', 'GH_PAT loads a 40-character value.']);
});

test('a leaked-format token in an unignored file makes it a secrets file, whatever its name', () => {
  const files = { '/workspace/.git/HEAD': 'ref: refs/heads/main\n' };
  const codes = problemsOf(`GH_PAT=${GH_TOKEN}\n`, 'file:///workspace/.env', schemaService(files)).map((p) => p.code);
  assert.deepEqual(codes, ['secret-file-not-ignored', 'leaked-credential']);
});

test('`secret: false` in a team schema does not unmask a secret name or a leaked-format token', () => {
  const team = JSON.stringify({
    id: 'team',
    name: 'Team',
    variables: { GITHUB_TOKEN: { type: 'string', secret: false }, GH_PAT: { type: 'string', secret: false } },
  });
  const files = { '/workspace/.envsense/team.json': team };
  const shown = everything(`GITHUB_TOKEN='${PLAIN_TOKEN}\nGH_PAT=${GH_TOKEN}\n`, 'file:///workspace/.env', files);
  assert.match(shown, /GITHUB_TOKEN loads a 33-character value/);
  assert.match(shown, /GH_PAT a 40-character value/);
  assert.doesNotMatch(shown, new RegExp(`${PLAIN_TOKEN.slice(0, 8)}|e71lHFE8l6`));
});

test('a schema that marks a key secret masks it even where that schema does not apply', () => {
  // Flagsmith's schema calls GOOGLE_SERVICE_ACCOUNT secret; nothing here makes Flagsmith apply.
  const shown = hoverAt(schemaService(), 'GOOGLE_SERVICE|_ACCOUNT=Zq8vN3kP0wR7\n')!;
  assert.match(shown, /GOOGLE_SERVICE_ACCOUNT loads a 12-character value, as Node's dotenv \(the default\) reads it\.$/);
});

test("a varlock .env.schema's value for a secret is shown as a length in the hover of .env, never as itself", () => {
  const files = { '/workspace/.env.schema': `# @sensitive\nSIGNING=${PLAIN_TOKEN}\nGH_PAT=${GH_TOKEN}\nREGION=eu-west-1\n` };
  const service = schemaService(files);
  const text = 'SIGNING=x\nGH_PAT=y\nREGION=z\n';
  const hover = (key: string) => hoverAt(service, text.replace(`${key}=`, `${key}|=`), 'file:///workspace/.env')!;
  assert.match(hover('SIGNING'), /Default: a 32-character value/);
  assert.match(hover('GH_PAT'), /Default: a 40-character value/);
  assert.match(hover('REGION'), /Default: `eu-west-1`/);
  assert.doesNotMatch(hover('SIGNING') + hover('GH_PAT'), new RegExp(`${PLAIN_TOKEN.slice(0, 8)}|e71lHFE8l6`));
});

test('a leaked-format default from a workspace schema is never offered as a value to complete', () => {
  const service = schemaService({ '/workspace/.env.schema': `GH_PAT=${GH_TOKEN}\n# @type=enum(eu, us)\nREGION=eu\n` });
  const labels = (text: string) => completionsAt(service, text, 'file:///workspace/.env').map((item) => item.label);
  assert.deepEqual(labels('GH_PAT=|\n'), []);
  assert.deepEqual(labels('REGION=|\n'), ['eu', 'us']);
});

test('a password cut by # in the .env that .env.local builds on stays hidden in reference hover and ${ completion', () => {
  const service = schemaService({ '/workspace/.env': 'DB_URL=postgres://u:p@ssSECRETPART#word@host/db\n' });
  const hover = hoverAt(service, 'X=${DB|_URL}\n', 'file:///workspace/.env.local');
  assert.equal(hover, '`DB_URL` is set in .env and loads a 27-character value.');
  const items = completionsAt(service, 'X=${|}\n', 'file:///workspace/.env.local');
  assert.deepEqual(items.map((i) => [i.label, i.documentation]), [['DB_URL', 'DB_URL loads a 27-character value.']]);
});

test('quote messages never show a password cut by #', () => {
  const messages = problemsOf("DB_URL='postgres://u:p@ssSECRET#word@host\n").map((p) => p.message);
  assert.ok(messages.length > 0);
  for (const message of messages) assert.doesNotMatch(message, /ssSECRET/);
});

test('a secret list item that fails its type is not quoted in the message', () => {
  const team = { id: 'team', name: 'Team', variables: { API_KEYS: { type: 'list', items: 'uuid', secret: true } } };
  const service = schemaService({ '/workspace/.envsense/team.json': JSON.stringify(team) });
  const [problem] = problemsOf('API_KEYS=SuperSecretValue123\n', ENV_URI, service);
  assert.equal(problem!.message, 'API_KEYS expects a list of uuid values separated by `,` (an item is not a UUID) (Team), found a 19-character value.');
});

test('a secret is said as its length with the right article: an 8-, an 11-, an 18-, an 80-, a 12-character value', () => {
  assert.deepEqual(
    [1, 8, 11, 12, 18, 80, 88, 110, 800, 11000].map((n) => describeValue('x'.repeat(n), true)),
    ['a 1-character value', 'an 8-character value', 'an 11-character value', 'a 12-character value', 'an 18-character value', 'an 80-character value', 'an 88-character value', 'a 110-character value', 'an 800-character value', 'an 11000-character value'],
  );
});
