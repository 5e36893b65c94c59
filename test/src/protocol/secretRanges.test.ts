import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Range } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../support/stdioServer';

/** `envsense/secretRanges` over stdio, as the VS Code client asks it for `envsense.maskSecrets`. */
const URI = 'file:///workspace/.env';

let server: StdioServer;

before(async () => {
  server = await startStdioServer({ initialize: { rootUri: 'file:///workspace' } });
});

after(() => server.stop());

const secretRanges = (params: unknown): Promise<{ ranges: Range[] } | null> => server.connection.sendRequest('envsense/secretRanges', params);
const at = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

test('an opened file: the secret values, the commented-out one too, and nothing else', async () => {
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'dotenv', version: 1, text: 'NAME=bob\nAPI_KEY="Zq8vN3kP0wR7"\n# DB_PASSWORD=hunter22\nEMPTY_TOKEN=\n' },
  });
  const result = await secretRanges({ uri: URI });
  assert.deepEqual(result?.ranges.map(at), ['1:9-1:21', '2:14-2:22']);
});

test('the ranges follow an edit at once, before the pause after which diagnostics come', async () => {
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'SECRET_KEY=abc\n' }],
  });
  const result = await secretRanges({ uri: URI });
  assert.deepEqual(result?.ranges.map(at), ['0:11-0:14', '2:9-2:21', '3:14-3:22']);
});

test('a document the server does not have, and params that are not params, get null', async () => {
  assert.equal(await secretRanges({ uri: 'file:///workspace/never-opened.env' }), null);
  assert.equal(await secretRanges({ uri: 42 }), null);
  assert.equal(await secretRanges(null), null);
});
