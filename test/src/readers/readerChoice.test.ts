import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSettings } from '../../../server/out/service/settings';
import { documentOf, ENV_URI, hoverAt, problemsOf, schemaService } from '../support/service';

/**
 * Who reads the file decides what it means: a Flask or python-dotenv project keeps `a#b` whole and
 * replaces `${VAR}`, so Node dotenv's findings about such lines are not reported there.
 */
const flask = () => schemaService({ '/workspace/requirements.txt': 'flask==3.0\n' });
const codes = (text: string, service = schemaService()) => problemsOf(text, ENV_URI, service).map((p) => p.code);

test('in a Flask project python-dotenv reads .env: a # inside a value and ${VAR} are what they look like', () => {
  const text = 'COLOR=red#1\nHOST=db\nURL=http://${HOST}/x\n';
  assert.deepEqual(codes(text), ['value-cut-by-hash', 'reference-not-expanded']);
  assert.deepEqual(codes(text, flask()), []);
  assert.deepEqual(codes('URL=http://$HOST/x\n', flask()), ['reference-not-expanded']);
  assert.equal(problemsOf('URL=http://$HOST/x\n', ENV_URI, flask())[0]!.message, 'python-dotenv loads `$HOST` as written; docker compose, shells and dotenv-expand replace it with the value of HOST.');
});

test('hover says who reads the file, why, and what that reader loads', () => {
  assert.equal(hoverAt(flask(), 'HOST=db\nUR|L=http://${HOST}/x#1\n'), 'URL loads `http://db/x#1`, as python-dotenv (the dependency flask) reads it.');
  assert.equal(hoverAt(schemaService(), 'HOST=db\nUR|L=http://${HOST}/x#1\n'), "URL loads `http://${HOST}/x`, as Node's dotenv (the default) reads it.");
  assert.equal(hoverAt(flask(), 'FLAG|\n'), undefined);
});

test('a reader directive wins over the project; an unknown one is reported and the project decides', () => {
  assert.deepEqual(codes('# envsense: reader=dotenv\nCOLOR=red#1\n', flask()), ['value-cut-by-hash']);
  assert.deepEqual(codes('# envsense: reader=python-dotenv\nCOLOR=red#1\n'), []);
  const unknown = problemsOf('# envsense: reader=bun\nCOLOR=red#1\n', ENV_URI, flask());
  assert.deepEqual(unknown.map((p) => [p.code, p.at]), [['unknown-reader', '1:20-1:23']]);
  const listed = problemsOf('# envsense: reader= bun , python-dotenv\nCOLOR=red#1\n', ENV_URI);
  assert.deepEqual(listed.map((p) => [p.code, p.at]), [['unknown-reader', '1:21-1:24']]);
});

test('the status bar names the reader and why', () => {
  const service = flask();
  assert.deepEqual(service.getDocumentSchemas(documentOf('A=1\n')).readers, [{ id: 'python-dotenv', name: 'python-dotenv', because: 'the dependency flask' }]);
  assert.deepEqual(schemaService().getDocumentSchemas(documentOf('A=1\n')).readers, [{ id: 'dotenv', name: "Node's dotenv", because: 'the default' }]);
});

test('rules judge the value the reader loads: python-dotenv keeps `5432#1` whole, which is no port', () => {
  const message = (service = schemaService()) => problemsOf('DB_PORT=5432#1\n', ENV_URI, service).map((p) => [p.code, p.message]);
  assert.deepEqual(message(flask()), [['convention-type', 'By its name (*_PORT) DB_PORT should be a port number from 0 to 65535, found `5432#1`.']]);
  assert.deepEqual(message().map(([code]) => code), ['value-cut-by-hash']);
  // A line that refers to other variables is not judged as a value by any reader.
  assert.deepEqual(codes('PORT=1\nDB_PORT=${PORT}#1\n', flask()), []);
});

test('a directive may name several readers: the first is the one rules judge by, hover shows each', () => {
  const text = '# envsense: reader=python-dotenv, dotenv\nCOLOR=red#1\n';
  const why = '(`# envsense: reader=python-dotenv, dotenv` in this file)';
  assert.deepEqual(
    problemsOf(text, ENV_URI).map((p) => [p.code, p.at, p.severity, p.message]),
    [['readers-disagree', '2:1-2:6', 2, `The readers of this file load COLOR differently: python-dotenv ${why} loads \`red#1\`; Node's dotenv ${why} loads \`red\`.`]],
  );
  assert.equal(
    hoverAt(schemaService(), `${text.replace('COLOR', 'CO|LOR')}`),
    'COLOR loads `red#1` as python-dotenv (`# envsense: reader=python-dotenv, dotenv` in this file) reads it; `red` as Node\'s dotenv (`# envsense: reader=python-dotenv, dotenv` in this file) reads it.',
  );
});

test('the envsense.readers setting chooses readers by file glob; a bad entry is reported, not fatal', () => {
  const settings = { ...readSettings({ readers: [{ fileMatch: ['**/.env'], readers: ['python-dotenv'] }] }).settings };
  const service = schemaService({}, settings);
  assert.deepEqual(service.getDocumentSchemas(documentOf('A=1\n')).readers, [{ id: 'python-dotenv', name: 'python-dotenv', because: 'the setting envsense.readers (**/.env)' }]);
  assert.deepEqual(codes('COLOR=red#1\n', service), []);
  assert.deepEqual(readSettings({ readers: [{ fileMatch: ['*'], readers: ['bun'] }] }).problems, [
    'envsense.readers[0]: envsense.readers must be a list of { "fileMatch": [globs], "readers": [dotenv, dotenv-expand, python-dotenv, compose, godotenv, phpdotenv, ruby-dotenv] }',
  ]);
});

test('.flaskenv is read by python-dotenv, which Flask uses for it', () => {
  const service = schemaService();
  assert.deepEqual(service.getDocumentSchemas(documentOf('FLASK_APP=app\n', 'file:///workspace/.flaskenv')).readers?.map((r) => r.because), ['Flask reads .flaskenv with python-dotenv']);
});

test('the status bar lists the applied schemas most specific first, templates last', () => {
  const service = schemaService({ '/workspace/requirements.txt': 'flagsmith\ndjango==5.0\npsycopg2\n', '/workspace/.env.example': 'A=\n' });
  const names = service.getDocumentSchemas(documentOf('DATABASE_URL=postgres://db/app\n')).applied.map((a) => a.id);
  assert.equal(names[0], 'flagsmith');
  assert.ok(names.indexOf('django') < names.indexOf('postgres'), names.join(', '));
  assert.ok(names.at(-1)!.startsWith('template:'), names.join(', '));
});
