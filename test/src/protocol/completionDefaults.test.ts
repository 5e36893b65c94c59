import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { startStdioServer } from '../support/stdioServer';

/**
 * A client that takes `itemDefaults` (VS Code does) gets the range and data shared by all key items
 * once, not in each item; the items still insert the same text and still resolve.
 */
test('with itemDefaults: one editRange and one data for hundreds of key items, and resolve still documents the key', async () => {
  const capabilities = { textDocument: { completion: { completionList: { itemDefaults: ['editRange', 'data'] } } } };
  const server = await startStdioServer({ initialize: { rootUri: 'file:///workspace', capabilities } });
  const uri = 'file:///workspace/.env';
  try {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: '# envsense: schema=flagsmith\nLOG_F\n' } });
    const list: CompletionList = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 5 } });
    assert.deepEqual(list.itemDefaults, { editRange: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, data: { uri } });
    const logFormat = list.items.find((item) => item.label === 'LOG_FORMAT')!;
    assert.equal(logFormat.textEditText, 'LOG_FORMAT=');
    assert.equal(logFormat.textEdit, undefined);
    assert.equal(logFormat.data, undefined);
    // The client fills in the default data before it asks to resolve, as vscode-languageclient does.
    const resolved: CompletionItem = await server.connection.sendRequest('completionItem/resolve', { ...logFormat, data: list.itemDefaults!.data });
    assert.match((resolved.documentation as { value: string }).value, /The format to use for logging/);
  } finally {
    await server.stop();
  }
});
