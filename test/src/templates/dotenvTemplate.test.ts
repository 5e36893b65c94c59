import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlaceholder } from '../../../server/out/service/secrets/valueSmells';
import { TEMPLATE_VALUES } from '../../../server/out/service/templates/templateValues';
import { MemoryWorkspace, withTemplateValues } from './templateWorkspace';

/** "Create .env.example from .env": what the template holds, for each way a value can be written. */
const DB_PASSWORD = 'Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK';
const GITHUB_TOKEN = 'ghp_R8mK2vQ9tL4xW7zB1nC5dF3gH6jP0sY2aE4u';

function created(env: string, settings?: ReturnType<typeof withTemplateValues>, extra: Record<string, string> = {}): string {
  const workspace = new MemoryWorkspace({ '/workspace/.env': env, ...extra }, settings);
  const actions = workspace.sourceActions('/workspace/.env');
  assert.deepEqual(actions.map((a) => a.title), ['Create .env.example from .env']);
  workspace.apply(actions[0]!.edit);
  return workspace.files['/workspace/.env.example']!;
}

const MIXED = [
  '# Database',
  'export DB_HOST=localhost',
  `DB_PASSWORD="${DB_PASSWORD}" # rotated in May`,
  "APP_NAME='My App'",
  'MULTI_LINE="first',
  'second"',
  `PRIVATE_KEY="-----BEGIN PRIVATE KEY-----`,
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  '-----END PRIVATE KEY-----"',
  'PORT=3000 # the dev server',
  'EMPTY=',
  'REFERENCE=${DB_HOST}',
  '',
].join('\n');

test('keepDefaults (the default): secrets emptied with their trailing comment, other values, export, quotes and comments kept', () => {
  assert.equal(
    created(MIXED),
    ['# Database', 'export DB_HOST=localhost', 'DB_PASSWORD=', "APP_NAME='My App'", 'MULTI_LINE="first', 'second"', 'PRIVATE_KEY=', 'PORT=3000 # the dev server', 'EMPTY=', 'REFERENCE=${DB_HOST}', ''].join('\n'),
  );
});

test('placeholders: each secret becomes a placeholder EnvSense itself recognises, quoted so that a shell can source the file', () => {
  const template = created(MIXED, withTemplateValues('placeholders'));
  assert.match(template, /^DB_PASSWORD="<your-db-password>"$/m);
  assert.match(template, /^PRIVATE_KEY="<your-private-key>"$/m);
  assert.ok(isPlaceholder('<your-db-password>') && isPlaceholder('<your-private-key>'));
  assert.match(template, /^export DB_HOST=localhost$/m);
  // Copied back unfilled, the placeholder is reported as one.
  const copied = new MemoryWorkspace({ '/workspace/.env': template });
  assert.ok(copied.problems('/workspace/.env').some((p) => p.code === 'placeholder-value' && p.at.startsWith('3:')));
});

test('empty: every value emptied, references too; comments after public values kept', () => {
  assert.equal(
    created(MIXED, withTemplateValues('empty')),
    ['# Database', 'export DB_HOST=', 'DB_PASSWORD=', 'APP_NAME=', 'MULTI_LINE=', 'PRIVATE_KEY=', 'PORT= # the dev server', 'EMPTY=', 'REFERENCE=', ''].join('\n'),
  );
});

test('CRLF line endings, a BOM and a missing final newline are kept', () => {
  assert.equal(created(`\uFEFFA=1\r\nTOKEN=${GITHUB_TOKEN}\r\nB=2`), '\uFEFFA=1\r\nTOKEN=\r\nB=2');
  assert.equal(created(`\uFEFF# first\r\nAPI_KEY=abc123def456ghi789\r\n`), '\uFEFF# first\r\nAPI_KEY=\r\n');
});

test('a secret only a schema knows: a team schema marks SIGNUP_CODE secret, so its value stays out', () => {
  const team = JSON.stringify({ id: 'ours', name: 'Ours', variables: { SIGNUP_CODE: { secret: true } } });
  const template = created('SIGNUP_CODE=welcome-friends\nMODE=open\n', undefined, { '/workspace/.envsense/ours.json': team });
  assert.equal(template, 'SIGNUP_CODE=\nMODE=open\n');
});

test('values that look like credentials under public names stay out: a token, a URL with a password, a generated string', () => {
  const env = [
    `GH=${GITHUB_TOKEN}`,
    'DATABASE_URL=postgres://app:s3cretPw9x@db.internal.example.net:5432/app',
    'LOCAL_URL=postgres://app:${DB_PASSWORD}@localhost/app',
    'SIGNING=Hk8s2Lq9Vx4mZ7pR3tW6yB1n',
    'CLIENT_HOST=api.example.com',
    '',
  ].join('\n');
  assert.equal(created(env), ['GH=', 'DATABASE_URL=', 'LOCAL_URL=postgres://app:${DB_PASSWORD}@localhost/app', 'SIGNING=', 'CLIENT_HOST=api.example.com', ''].join('\n'));
});

test('a value cut by `#` takes its cut-off rest with it when it is left out', () => {
  assert.equal(created('DB_PASSWORD=p@ss#w0rdRest\nNAME=a#b\n', withTemplateValues('empty')), 'DB_PASSWORD=\nNAME=\n');
});

test('commented-out assignments keep their line with the secret emptied; prose holding a token is dropped; lines dotenv skips are dropped', () => {
  const env = [
    `# DB_PASSWORD=${DB_PASSWORD}`,
    '#export OLD_HOST=db.old',
    `# our CI token is ${GITHUB_TOKEN}`,
    '# Ask the team for the token',
    '// not a comment for dotenv',
    'API_TOKEN=',
    '',
  ].join('\n');
  assert.equal(created(env), ['# DB_PASSWORD=', '#export OLD_HOST=db.old', '# Ask the team for the token', 'API_TOKEN=', ''].join('\n'));
});

test('no secret of any of these files reaches the template, in any mode', () => {
  const secrets = [DB_PASSWORD, GITHUB_TOKEN, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', 's3cretPw9x', 'Hk8s2Lq9Vx4mZ7pR3tW6yB1n'];
  const env = `${MIXED}GH=${GITHUB_TOKEN}\nDATABASE_URL=postgres://app:s3cretPw9x@db.example.net/app\nSIGNING=Hk8s2Lq9Vx4mZ7pR3tW6yB1n\n# OLD=${GITHUB_TOKEN}\n`;
  for (const mode of TEMPLATE_VALUES) {
    const template = created(env, withTemplateValues(mode));
    for (const secret of secrets) assert.ok(!template.includes(secret), `${mode}: ${secret.slice(0, 6)}…`);
  }
});

test('the action is offered only where it belongs', () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env': 'A=1\n', '/workspace/.env.local': 'B=2\n', '/workspace/app.env': 'C=3\n', '/workspace/empty/.env': '# nothing\n' });
  // From any member of a family without a template; the template is the family's `.env.example`.
  assert.deepEqual(workspace.sourceActions('/workspace/.env.local').map((a) => a.title), ['Create .env.example from .env.local']);
  // Not for a file of no family, nor for one that sets no key.
  assert.deepEqual(workspace.sourceActions('/workspace/app.env'), []);
  assert.deepEqual(workspace.sourceActions('/workspace/empty/.env'), []);
  // Not when the request asks for quick fixes only, nor on a request that does not say the user asked.
  const service = workspace.service();
  const document = workspace.document('/workspace/.env');
  assert.deepEqual(service.getCodeActions(document, { diagnostics: [], only: ['quickfix'] }), []);
  assert.deepEqual(service.getCodeActions(document, { diagnostics: [] }), []);
  assert.deepEqual(service.getCodeActions(document, { diagnostics: [], triggerKind: 2 }), []);
  assert.deepEqual(service.getCodeActions(document, { diagnostics: [], triggerKind: 1 }).map((a) => a.title), ['Create .env.example from .env']);
  assert.deepEqual(service.getCodeActions(document, { diagnostics: [], only: ['source.createTemplate'] }).map((a) => a.kind), ['source.createTemplate']);
  // Not once the family has any template, nor in a template.
  for (const template of ['.env.example', '.env.sample', '.env.local.example']) {
    const withTemplate = new MemoryWorkspace({ '/workspace/.env': 'A=1\n', [`/workspace/${template}`]: 'A=\n' });
    assert.deepEqual(withTemplate.sourceActions('/workspace/.env'), [], template);
    assert.deepEqual(withTemplate.sourceActions(`/workspace/${template}`), [], template);
  }
});

test('the created file is made with ignoreIfExists, so that a file made meanwhile is never emptied', () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env': 'A=1\n' });
  const [action] = workspace.sourceActions('/workspace/.env');
  const create = action!.edit!.documentChanges![0]!;
  assert.deepEqual(create, { kind: 'create', uri: 'file:///workspace/.env.example', options: { ignoreIfExists: true } });
});
