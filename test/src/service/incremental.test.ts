import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dotenvFile } from '../support/dotenvArbitrary';
import { schemaService, SECRETS_URI, toProblem } from '../support/service';

/**
 * While the user types, findings are remembered line by line and the schemas are kept; whatever the
 * edits, the Problems panel must then show exactly what a fresh start on the same text shows.
 */
const edit = fc.record({
  // After the edit, the editor may ask for diagnostics, for completion only (a parse without rules), or nothing.
  then: fc.constantFrom('validate', 'complete', 'nothing'),
  at: fc.nat(),
  remove: fc.nat({ max: 6 }),
  insert: fc.constantFrom('', 'x', '\n', '=', '"', "'", '#', ' ', 'SECRET_KEY=abc', '\nA=${B}\nB=${A}', '# envsense: schema=django\n', 'DEBUG=maybe\n', 'PORT=abc', 'KEY=1', '\r\n'),
});

function applyEdits(uri: string, start: string, edits: readonly { then: string; at: number; remove: number; insert: string }[]) {
  const typing = schemaService();
  let document = TextDocument.create(uri, 'dotenv', 1, start);
  typing.doValidation(document);
  for (const { then, at, remove, insert } of edits) {
    const offset = at % (document.getText().length + 1);
    const range = { start: document.positionAt(offset), end: document.positionAt(offset + remove) };
    document = TextDocument.update(document, [{ range, text: insert }], document.version + 1);
    if (then === 'validate') typing.doValidation(document);
    else if (then === 'complete') typing.doComplete(document, document.positionAt(offset));
  }
  const fresh = schemaService();
  return { typed: typing.doValidation(document).map(toProblem), fresh: fresh.doValidation(TextDocument.create(uri, 'dotenv', 1, document.getText())).map(toProblem) };
}

test('after any edits, diagnostics equal those of a fresh service on the final text (dotenv)', () => {
  fc.assert(
    fc.property(dotenvFile, fc.array(edit, { maxLength: 12 }), (start, edits) => {
      const { typed, fresh } = applyEdits('file:///workspace/.env', start, edits);
      assert.deepEqual(typed, fresh);
    }),
    { numRuns: 1000 },
  );
});

test('after any edits, diagnostics equal those of a fresh service on the final text (secrets.py)', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
      const { typed, fresh } = applyEdits(SECRETS_URI, "SECRET_KEY = 'abc'\nDEBUG = 'True'\n", edits);
      assert.deepEqual(typed, fresh);
    }),
    { numRuns: 200 },
  );
});

test('a line moved down by an edit above keeps its findings at its new place', () => {
  const service = schemaService();
  const first = TextDocument.create('file:///workspace/.env', 'dotenv', 1, 'A=1\nPORT= 80\n');
  assert.deepEqual(service.doValidation(first).map(toProblem).map((p) => p.at), ['2:1-2:7']);
  const second = TextDocument.update(first, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'NEW=1\n\n' }], 2);
  assert.deepEqual(service.doValidation(second).map(toProblem).map((p) => p.at), ['4:1-4:7']);
});

test('a directive typed above a line makes its schema judge that line at once, and removing it undoes that', () => {
  const service = schemaService();
  const before = TextDocument.create('file:///workspace/.env', 'dotenv', 1, 'DEBUG=maybe\n');
  assert.deepEqual(service.doValidation(before).map(toProblem), []);
  const withDirective = TextDocument.update(before, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# envsense: schema=django\n' }], 2);
  assert.deepEqual(service.doValidation(withDirective).map((d) => [d.code, toProblem(d).at]), [
    ['missing-required', '1:1-1:2'],
    ['invalid-value', '2:7-2:12'],
  ]);
  const without = TextDocument.update(withDirective, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }], 3);
  assert.deepEqual(service.doValidation(without).map(toProblem), []);
});
