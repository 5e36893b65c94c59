import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { startStdioServer } from '../support/stdioServer';

test('the bundled server runs a team schema regex on RE2: `(a+)+$` gives its diagnostic and the server still answers', async () => {
  const root = mkdtempSync(join(tmpdir(), 'envsense-regex-'));
  mkdirSync(join(root, '.envsense'));
  writeFileSync(join(root, '.envsense', 'team.json'), JSON.stringify({ id: 'team', name: 'Team', variables: { MY_KEY: { regex: '(a+)+$' } } }));
  const uri = pathToFileURL(join(root, '.env')).href;
  const server = await startStdioServer({ initialize: { rootUri: pathToFileURL(root).href } });
  try {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: `MY_KEY=${'a'.repeat(40_000)}!\n` } });
    const diagnostics = await server.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['invalid-value', 0, 7]]);
    const symbols: unknown[] = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
  } finally {
    await server.stop();
  }
});
