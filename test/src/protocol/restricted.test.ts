import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startStdioServer, type StdioServer } from '../support/stdioServer';

/** The server started as VS Code starts it in an untrusted folder: `initializationOptions.trusted` false. */
const URI = 'file:///workspace/flagsmith.env';

let server: StdioServer;

before(async () => {
  server = await startStdioServer({ initialize: { rootUri: 'file:///workspace', initializationOptions: { trusted: false } } });
});

after(() => server.stop());

test('untrusted over stdio: the directive is ignored with an information diagnostic and documentSchemas is restricted', async () => {
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'dotenv', version: 1, text: '# envsense: schema=flagsmith\nLOG_LEVEL=loud\n' },
  });
  const diagnostics = await server.diagnostics(URI);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]), [['unknown-schema', 3, 0, 19, 28]]);
  const schemas: { applied: unknown[]; restricted?: string } = await server.connection.sendRequest('envsense/documentSchemas', { uri: URI });
  assert.deepEqual(schemas.applied, []);
  assert.match(schemas.restricted ?? '', /^Restricted mode: /);
});
