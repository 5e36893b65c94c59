import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const SERVER = resolve(__dirname, '../../../dist/server.js');

test('the bundled server runs a team schema regex on RE2: `(a+)+$` gives its diagnostic and the server still answers', async () => {
  const root = mkdtempSync(join(tmpdir(), 'envsense-regex-'));
  mkdirSync(join(root, '.envsense'));
  writeFileSync(join(root, '.envsense', 'team.json'), JSON.stringify({ id: 'team', name: 'Team', variables: { MY_KEY: { regex: '(a+)+$' } } }));
  const uri = pathToFileURL(join(root, '.env')).href;
  const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const diagnostics = new Promise<PublishDiagnosticsParams>((done) => connection.onNotification('textDocument/publishDiagnostics', done));
  connection.onRequest('workspace/configuration', () => [null]);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: `MY_KEY=${'a'.repeat(40_000)}!\n` } });
    const published = await diagnostics;
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['invalid-value', 0, 7]]);
    const symbols: unknown[] = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
  } finally {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
    server.kill();
  }
});
