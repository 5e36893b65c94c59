import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** The server started as VS Code starts it in an untrusted folder: `initializationOptions.trusted` false. */
const SERVER = resolve(__dirname, '../../../dist/server.js');
const URI = 'file:///workspace/flagsmith.env';

let server: ChildProcess;
let connection: MessageConnection;
const published: PublishDiagnosticsParams[] = [];
let notify: (() => void) | undefined;

function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
  return new Promise((done) => {
    const check = () => {
      const found = published.find((p) => p.uri === uri);
      if (found) done(found.diagnostics);
      else notify = check;
    };
    check();
  });
}

before(async () => {
  server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    notify?.();
  });
  connection.onRequest('workspace/configuration', () => [null]);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: 'file:///workspace', capabilities: {}, initializationOptions: { trusted: false } });
  await connection.sendNotification('initialized', {});
});

after(async () => {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  server.kill();
});

test('untrusted over stdio: the directive is ignored with an information diagnostic and documentSchemas is restricted', async () => {
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'dotenv', version: 1, text: '# envsense: schema=flagsmith\nLOG_LEVEL=loud\n' },
  });
  const diagnostics = await diagnosticsOf(URI);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]), [['unknown-schema', 3, 0, 19, 28]]);
  const schemas: { applied: unknown[]; restricted?: string } = await connection.sendRequest('envsense/documentSchemas', { uri: URI });
  assert.deepEqual(schemas.applied, []);
  assert.match(schemas.restricted ?? '', /^Restricted mode: /);
});
