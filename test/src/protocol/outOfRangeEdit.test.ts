import * as assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';

/** Issue 8, point 11, as an editor sends it: a line break typed past the end, then a key on the new line. */
const URI = 'file:///workspace/.env';
const client = new LspClient();

after(() => client.stop());

test('an edit past the end of the document leaves the server exactly the two keys', async () => {
  await client.request('initialize', { processId: process.pid, rootUri: 'file:///workspace', capabilities: {} });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dotenv', version: 1, text: 'A=1' } });
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '\n' }],
  });
  // A second A=1 (what the unclamped copy held) would be reported as a duplicate key.
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 3 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'B=2' }],
  });
  const outline = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.deepEqual(
    (outline.result as DocumentSymbol[]).map((s) => [s.name, s.detail, s.range]),
    [
      ['A', '`1`', { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }],
      ['B', '`2`', { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }],
    ],
  );
  assert.deepEqual(await client.diagnostics(URI, 3, 10_000), []);
});
