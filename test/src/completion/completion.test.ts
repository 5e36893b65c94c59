import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionsAt, schemaService, SECRETS_URI } from '../support/service';

const labels = (items: { label: string }[]) => items.map((i) => i.label);

test('flagsmith: typing LOG_L offers LOG_LEVEL first, documented, inserting LOG_LEVEL=', () => {
  const items = completionsAt(schemaService(), '# envsense: schema=flagsmith\nLOG_L|\n');
  const logLevel = items.find((i) => i.label === 'LOG_LEVEL')!;
  const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  assert.ok(sorted.findIndex((i) => i.label === 'LOG_LEVEL') < sorted.findIndex((i) => i.label === 'OPENAI_API_KEY'), 'applied schema first');
  assert.equal(logLevel.sortText, '0_LOG_LEVEL');
  assert.equal(logLevel.detail, 'Flagsmith');
  assert.match(logLevel.documentation!, /The log level to output at/);
  assert.equal(logLevel.result, '# envsense: schema=flagsmith\nLOG_LEVEL=\n');
});

test('flagsmith: after LOG_LEVEL= the five levels are offered, in order', () => {
  const items = completionsAt(schemaService(), '# envsense: schema=flagsmith\nLOG_LEVEL=|\n');
  assert.deepEqual(labels(items), ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']);
  assert.equal(items[1]!.result, '# envsense: schema=flagsmith\nLOG_LEVEL=INFO\n');
});

test('keys already in the file are not offered again; other known keys come after, naming their schema', () => {
  const items = completionsAt(schemaService(), '# envsense: schema=flagsmith\nLOG_LEVEL=INFO\n|');
  assert.ok(!labels(items).includes('LOG_LEVEL'));
  const other = items.find((i) => i.label === 'OPENAI_API_KEY')!;
  assert.match(other.detail!, /^from /);
  assert.ok(other.sortText!.startsWith('1_'));
});

test('mentorship-backend: FLASK_ENVIRONMENT_CONFIG values, including the later `local`', () => {
  const items = completionsAt(schemaService(), '# envsense: schema=mentorship-backend\nFLASK_ENVIRONMENT_CONFIG=|');
  assert.deepEqual(labels(items), ['dev', 'test', 'prod', 'local']);
  assert.match(items[0]!.documentation!, /Development environment used when developing locally/);
});

test('a secret gets a freshly generated value, never its documented example', () => {
  const items = completionsAt(schemaService(), '# envsense: schema=mentorship-backend\nSECRET_KEY=|');
  assert.deepEqual(labels(items), ['Generate a strong random value']);
  assert.match(items[0]!.newText!, /^[A-Za-z0-9]{48}$/);
  assert.ok(!items.some((i) => i.newText === 'some random key'));
});

test('backant: booleans in the Python style, the default marked and first', () => {
  const items = completionsAt(schemaService(), '# envsense: schema=backant\nCLEAR_DB=|');
  assert.deepEqual(labels(items).slice(0, 2), ['True', 'False']);
  assert.equal(items.find((i) => i.label === 'False')!.detail, 'boolean (default) — BackAnt (Flask API template)');
});

test('illumidesk: the table default is offered', () => {
  const items = completionsAt(schemaService(), '# envsense: schema=illumidesk\nEMAIL_PORT=|');
  assert.ok(items.some((i) => i.label === '587' && /default/.test(i.detail!)));
});

test('secrets.py: keys insert `KEY = \'\'` with the cursor between the quotes; values go inside quotes', () => {
  const service = schemaService();
  const key = completionsAt(service, "# envsense: schema=django\nEMAIL_HOST_U|\n", SECRETS_URI).find((i) => i.label === 'EMAIL_HOST_USER')!;
  assert.equal(key.newText, "EMAIL_HOST_USER = '$0'");
  const debug = completionsAt(service, '# envsense: schema=django\nDEBUG = |\n', SECRETS_URI);
  assert.deepEqual(labels(debug).slice(0, 2), ['True', 'False']);
  assert.equal(debug[0]!.newText, 'True');
  const backend = completionsAt(service, "# envsense: schema=django\nEMAIL_HOST = '|'\n", SECRETS_URI);
  assert.equal(backend.find((i) => i.label === 'localhost')!.result, "# envsense: schema=django\nEMAIL_HOST = 'localhost'\n");
});

test('inside ${ the keys defined earlier and in the files loaded before', () => {
  const service = schemaService({ '/workspace/.env': 'BASE_URL=http://x\nAPI_TOKEN=abc\n' });
  const items = completionsAt(service, 'HOST=db\nURL=${|}\nLATER=1\n', 'file:///workspace/.env.local');
  assert.deepEqual(items.map((i) => [i.label, i.detail]), [['HOST', 'line 1'], ['BASE_URL', 'from .env'], ['API_TOKEN', 'from .env']]);
  assert.equal(items.find((i) => i.label === 'API_TOKEN')!.documentation, 'API_TOKEN loads a 3-character value.');
});

test('nothing in comments, except the directive and its schema ids', () => {
  const service = schemaService();
  assert.deepEqual(completionsAt(service, '# a comment |'), []);
  assert.deepEqual(labels(completionsAt(service, '# env|')), ['envsense: schema=']);
  const ids = labels(completionsAt(service, '# envsense: schema=flask,|'));
  assert.ok(ids.includes('flagsmith') && ids.includes('mentorship-backend') && ids.includes('illumidesk'));
});

test('no key completion on the later lines of a multiline value', () => {
  assert.deepEqual(completionsAt(schemaService(), 'PEM="-----BEGIN\nab|\n-----END"\n'), []);
});

test('a key that is secret only by its name also gets a generated value', () => {
  assert.deepEqual(completionsAt(schemaService(), 'MY_APP_SECRET=|\n').map((i) => i.label), ['Generate a strong random value']);
});

test('a value that dotenv would read differently unquoted is inserted in quotes', () => {
  const prefix = completionsAt(schemaService(), '# envsense: schema=django\nEMAIL_SUBJECT_PREFIX=|\n').find((i) => i.label === '[Django] ')!;
  assert.equal(prefix.newText, "'[Django] '");
});
