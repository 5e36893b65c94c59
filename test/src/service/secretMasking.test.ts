import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentOf, hoverAt, problemsOf, schemaService, SECRETS_URI } from '../support/service';

const everything = (text: string, uri?: string) => {
  const service = schemaService();
  const document = documentOf(text, uri);
  const messages = service.doValidation(document).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
  const symbols = service.findDocumentSymbols(document).map((s) => `${s.name} ${s.detail ?? ''}`);
  return [...messages, ...symbols].join('\n');
};

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
