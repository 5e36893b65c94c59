import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/out/service';
import { completionsAt, documentOf, hoverAt, problemsOf, schemaService, SECRETS_URI } from '../support/service';

const appliedOf = (service: ReturnType<typeof schemaService>, text: string, uri = 'file:///workspace/.env') =>
  service.getDocumentSchemas(documentOf(text, uri)).applied.map((a) => `${a.id}: ${a.because}`);

test('a directive names the schemas of the file, several at once, and wins over everything else', () => {
  const service = schemaService({ '/workspace/manage.py': '' });
  assert.deepEqual(appliedOf(service, '# envsense: schema=flagsmith, backant\nA=1\n'), [
    'flagsmith: `# envsense: schema=flagsmith` in this file',
    'backant: `# envsense: schema=backant` in this file',
  ]);
});

test('an unknown schema id in a directive is reported at the id', () => {
  assert.deepEqual(problemsOf('# envsense: schema=flagsmith,nope\n', 'file:///workspace/.env', schemaService()).map((p) => [p.code, p.at]), [['unknown-schema', '1:30-1:34']]);
});

test('a directive may name a schema file by relative path; a broken one says why', () => {
  const team = JSON.stringify({ id: 'billing', name: 'Billing', variables: { BILLING_KEY: { description: 'The billing key.', secret: true } } });
  const service = schemaService({ '/workspace/schemas/billing.json': team, '/workspace/schemas/broken.json': '{"id": 1}' });
  assert.deepEqual(appliedOf(service, '# envsense: schema=./schemas/billing.json\n'), ['billing: `# envsense: schema=./schemas/billing.json` in this file']);
  const [problem] = problemsOf('# envsense: schema=./schemas/broken.json\n', 'file:///workspace/.env', service);
  assert.equal(problem!.code, 'unknown-schema');
  assert.match(problem!.message, /^The schema file \.\/schemas\/broken\.json cannot be used: the schema must have required property 'name'/);
});

test('the envsense.schemas setting applies by glob when there is no directive', () => {
  const settings = { ...DEFAULT_SETTINGS, schemas: [{ fileMatch: ['deploy/*.env', '.env.flagsmith'], schemas: ['flagsmith'] }] };
  const service = schemaService({}, settings);
  assert.deepEqual(appliedOf(service, 'A=1\n', 'file:///workspace/.env.flagsmith'), ['flagsmith: the setting envsense.schemas (deploy/*.env, .env.flagsmith)']);
  assert.deepEqual(appliedOf(service, '# envsense: schema=django\n', 'file:///workspace/.env.flagsmith'), ['django: `# envsense: schema=django` in this file']);
});

test('detection from the workspace: marker files and dependencies, from the file folder up to the root', () => {
  const service = schemaService({
    '/workspace/manage.py': '',
    '/workspace/api/requirements.txt': 'Flask==3.0\nredis>=5 ; python_version > "3"\n',
    '/workspace/web/package.json': JSON.stringify({ dependencies: { 'next-auth': '^4' } }),
  });
  assert.deepEqual(appliedOf(service, 'A=1\n', 'file:///workspace/api/.env'), [
    'django: manage.py in the project',
    'flask: the dependency flask',
    'redis: the dependency redis',
  ]);
  assert.ok(appliedOf(service, 'A=1\n', 'file:///workspace/web/.env').includes('nextauth: the dependency next-auth'));
});

test('detection from the keys a file holds (two characteristic keys)', () => {
  const service = schemaService();
  assert.deepEqual(appliedOf(service, 'CLEAR_DB=False\nDB_URL=postgres\n'), ['backant: the keys CLEAR_DB, DB_URL in this file']);
  assert.deepEqual(appliedOf(service, 'CLEAR_DB=False\n'), []);
});

test("the team's schemas in .envsense/ apply and are read again after a change", () => {
  const files: Record<string, string> = {
    '/workspace/.envsense/team.json': JSON.stringify({ id: 'team', name: 'Our team', variables: { TEAM_FLAG: { description: 'Turns on the team feature.', type: 'boolean' } } }),
  };
  const service = schemaService(files);
  assert.deepEqual(appliedOf(service, 'A=1\n', 'file:///workspace/app/.env'), ['team: a schema of the team in .envsense/']);
  assert.match(hoverAt(service, 'TEAM|_FLAG=true\n', 'file:///workspace/app/.env')!, /Turns on the team feature\./);
  files['/workspace/.envsense/team.json'] = JSON.stringify({ id: 'team', name: 'Our team', variables: { TEAM_FLAG: { description: 'Changed.' } } });
  service.workspaceChanged();
  assert.match(hoverAt(service, 'TEAM|_FLAG=true\n', 'file:///workspace/app/.env')!, /Changed\./);
});

test('an invalid team schema is reported with its path and problems, and the rest still works', () => {
  const service = schemaService({ '/workspace/.envsense/bad.json': '{"id": "bad", "name": "Bad", "variables": {"X": {"type": "colour"}}}' });
  const schemas = service.getDocumentSchemas(documentOf('A=1\n'));
  assert.deepEqual(schemas.problems, [{ path: '/workspace/.envsense/bad.json', problems: ['variables.X.type must be equal to one of the allowed values: string, boolean, integer, number, port, enum, url, email, host, list, json, duration, uuid, path'] }]);
  assert.ok(schemas.available.some((s) => s.id === 'flagsmith'));
});

test('.env.example is an implicit schema: its keys complete, the comments above them document', () => {
  const service = schemaService({ '/workspace/.env.example': '# The URL of the billing API.\n# Ask ops for it.\nBILLING_URL=\n\nOTHER=\n' });
  const item = completionsAt(service, 'BILL|', 'file:///workspace/.env').find((i) => i.label === 'BILLING_URL')!;
  assert.equal(item.detail, '.env.example');
  assert.match(item.documentation!, /The URL of the billing API\.\nAsk ops for it\.\n\nListed in `\.env\.example`\./);
});

test('secrets.py.template is the implicit schema of secrets.py', () => {
  const service = schemaService({ '/workspace/app/secrets.py.template': "# SMTP login\nEMAIL_HOST_USER='complete my user here '\n" });
  assert.match(hoverAt(service, "EMAIL_HOST_U|SER = 'me'\n", SECRETS_URI)!, /SMTP login/);
});

test("varlock's .env.schema: types, enums, required, sensitive, examples and docs", () => {
  const schema = [
    '# @defaultSensitive=false',
    '# ---',
    '# Where the API lives',
    '# @required @type=url @example=https://api.example.com',
    '# @docs(https://docs.example.com/api)',
    'API_URL=',
    '# @type=enum(dev, staging, prod)',
    'APP_ENV=dev',
    '# @sensitive @required',
    'API_SECRET=',
    '',
  ].join('\n');
  const service = schemaService({ '/workspace/.env.schema': schema });
  const hover = hoverAt(service, 'API_U|RL=x\n')!;
  assert.match(hover, /Where the API lives/);
  assert.match(hover, /Type: url · Required · Example: `https:\/\/api\.example\.com`/);
  assert.match(hover, /\[Documentation\]\(https:\/\/docs\.example\.com\/api\)/);
  assert.deepEqual(completionsAt(service, 'APP_ENV=|\n').map((i) => i.label), ['dev', 'staging', 'prod']);
  assert.deepEqual(completionsAt(service, 'API_SECRET=|\n').map((i) => i.label), ['Generate a strong random value']);
});
