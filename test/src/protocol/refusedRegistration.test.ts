import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { startStdioServer } from '../support/stdioServer';

/**
 * An editor may answer the server's file-watcher registration with an error (Emacs's eglot 1.9 does;
 * this client has no handler, so it answers MethodNotFound): the server goes on serving.
 */
test('the server keeps serving when the editor refuses its file-watcher registration', { timeout: 30_000 }, async () => {
  const server = await startStdioServer({
    initialize: { rootUri: 'file:///tmp', capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } },
  });
  const uri = 'file:///tmp/envsense-refused/.env';
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: 'A=1\nA=2\n' } });
  const diagnostics = await server.diagnostics(uri, 1);
  assert.deepEqual(diagnostics.map((d) => d.code), ['duplicate-key']);
  await server.stop();
});
