import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/**
 * When diagnostics come, as an editor sees it over stdio: an opened file at once (before the next
 * answer), an edit only after a pause in typing (completion and hover answer first), and settings
 * that did not change cause no work at all.
 */
const SERVER = resolve(__dirname, '../../../dist/server.js');
const URI = 'file:///workspace/.env';

let server: ChildProcess;
let connection: MessageConnection;
const events: string[] = [];

before(async () => {
  server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    events.push(`diagnostics v${params.version} ${params.diagnostics.map((d) => d.code).join(',')}`);
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: 'file:///workspace', capabilities: {} });
  await connection.sendNotification('initialized', {});
});

after(async () => {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  server.kill();
});

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
