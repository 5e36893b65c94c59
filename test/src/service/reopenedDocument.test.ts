import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { schemaService } from '../support/service';

/**
 * Found by the LSP storm (seed 964440967): a document opened again is a new object with the text an
 * earlier object had once; every answer must be computed on the new object, never on the old one
 * the editor has since changed or dropped.
 */
test('a document opened again with the text an older object once had: completion ranges come from the new document', () => {
  const service = schemaService();
  const uri = 'file:///workspace/reopened/.env';
  const first = TextDocument.create(uri, 'dotenv', 1, '');
  service.doValidation(first);
  // The first object changes afterwards (the editor's copy before it was opened again).
  TextDocument.update(first, [{ text: '\ufeff\n' }], 2);
  const reopened = TextDocument.create(uri, 'dotenv', 3, '');
  const items = service.doComplete(reopened, { line: 2147483647, character: 2147483647 }).items;
  assert.ok(items.length > 0);
  for (const item of items) assert.deepEqual((item.textEdit as TextEdit).range.end, { line: 0, character: 0 }, item.label);
});
