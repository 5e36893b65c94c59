import * as assert from 'node:assert/strict';
import { test } from 'node:test';
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
  assert.equal(hoverAt(flask(), 'HOST=db\nUR|L=http://${HOST}/x#1\n'), 'python-dotenv (the dependency flask) loads URL as `http://db/x#1`.');
  assert.equal(hoverAt(schemaService(), 'HOST=db\nUR|L=http://${HOST}/x#1\n'), 'URL loads `http://${HOST}/x`.');
  assert.equal(hoverAt(flask(), 'FLAG|\n'), undefined);
});

test('a reader directive wins over the project; an unknown one is reported and the project decides', () => {
  assert.deepEqual(codes('# envsense: reader=dotenv\nCOLOR=red#1\n', flask()), ['value-cut-by-hash']);
  assert.deepEqual(codes('# envsense: reader=python-dotenv\nCOLOR=red#1\n'), []);
  const unknown = problemsOf('# envsense: reader=compose\nCOLOR=red#1\n', ENV_URI, flask());
  assert.deepEqual(unknown.map((p) => [p.code, p.at]), [['unknown-reader', '1:20-1:27']]);
});

test('the status bar names the reader and why', () => {
  const service = flask();
  assert.deepEqual(service.getDocumentSchemas(documentOf('A=1\n')).reader, { id: 'python-dotenv', name: 'python-dotenv', because: 'the dependency flask' });
  assert.deepEqual(schemaService().getDocumentSchemas(documentOf('A=1\n')).reader, { id: 'dotenv', name: "Node's dotenv", because: 'the default' });
});
