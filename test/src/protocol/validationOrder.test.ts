import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../support/stdioServer';

/**
 * When diagnostics come, as an editor sees it over stdio: an opened file at once (before the next
 * answer), an edit only after a pause in typing (completion and hover answer first), and settings
 * that did not change cause no work at all.
 */
const URI = 'file:///workspace/.env';

let server: StdioServer;
let connection: MessageConnection;
const events: string[] = [];

before(async () => {
  server = await startStdioServer({ initialize: { rootUri: 'file:///workspace' } });
  connection = server.connection;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    events.push(`diagnostics v${params.version} ${params.diagnostics.map((d) => d.code).join(',')}`);
  });
});

after(() => server.stop());

const hover = async (version: number) => {
  await connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } });
  events.push(`hover after v${version}`);
};

const until = async (event: string) => {
  for (let i = 0; i < 200 && !events.includes(event); i++) await new Promise((done) => setTimeout(done, 10));
  assert.ok(events.includes(event), `waited for ${event}; got ${events.join(' | ')}`);
};

test('an opened file is validated at once, before the next request is answered', async () => {
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dotenv', version: 1, text: 'A=1\nA=2\n' } });
  await hover(1);
  assert.deepEqual(events, ['diagnostics v1 duplicate-key', 'hover after v1']);
});

test('while typing, hover answers first and diagnostics follow the pause', async () => {
  events.length = 0;
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'B' }],
  });
  await hover(2);
  await until('diagnostics v2 ');
  assert.deepEqual(events, ['hover after v2', 'diagnostics v2 ']);
});

test('settings sent again unchanged revalidate nothing; changed settings revalidate at once', async () => {
  const settings = { envsense: { rules: { 'duplicate-key': 'off' } } };
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: 'A=1\nA=2\n' }] });
  await until('diagnostics v3 duplicate-key');
  events.length = 0;
  await connection.sendNotification('workspace/didChangeConfiguration', { settings });
  await hover(3);
  await connection.sendNotification('workspace/didChangeConfiguration', { settings });
  await hover(3);
  assert.deepEqual(events, ['diagnostics v3 ', 'hover after v3', 'hover after v3']);
});
