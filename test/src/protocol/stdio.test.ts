import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../support/stdioServer';

/** Speaks LSP to the built server over stdio, as another editor would. */
const URI = 'file:///workspace/.env';

let server: StdioServer;
let connection: MessageConnection;
const nextDiagnostics = (version: number): Promise<Diagnostic[]> => server.diagnostics(URI, version);

before(async () => {
  server = await startStdioServer();
  connection = server.connection;
});

after(() => server.stop());

test('initialize announces the features', async () => {
  const result: InitializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: 'file:///workspace', capabilities: {} });
  await connection.sendNotification('initialized', {});
  assert.equal(result.serverInfo?.name, 'envsense-language-server');
  assert.equal(result.capabilities.documentSymbolProvider, true);
  assert.equal(result.capabilities.foldingRangeProvider, true);
  assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source'] });
  assert.deepEqual(result.capabilities.executeCommandProvider, { commands: ['envsense.createTemplate'] });
});

test('an opened file gets its diagnostics, and they follow edits', async () => {
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'dotenv', version: 1, text: 'A=1\nSECRET_KEY=r8Ow!!dci#P9x\nA=2\n' },
  });
  const diagnostics = await nextDiagnostics(1);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range.start.line, d.source]),
    [['duplicate-key', 0, 'envsense'], ['weak-secret', 1, 'envsense'], ['value-cut-by-hash', 1, 'envsense']],
  );
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '' }],
  });
  assert.deepEqual((await nextDiagnostics(2)).map((d) => d.code), ['weak-secret', 'value-cut-by-hash']);
});

test('completion and hover from the bundled schemas, over stdio', async () => {
  const uri = 'file:///workspace/flagsmith.env';
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'dotenv', version: 1, text: '# envsense: schema=flagsmith\nLOG_LEVEL=\nLOG_F\n' },
  });
  const values: CompletionList = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 10 } });
  assert.deepEqual(values.items.map((i) => i.label), ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']);
  const keys: CompletionList = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 5 } });
  const logFormat = keys.items.find((i) => i.label === 'LOG_FORMAT')!;
  assert.equal(logFormat.detail, 'Flagsmith');
  const resolved: CompletionItem = await connection.sendRequest('completionItem/resolve', logFormat);
  assert.match((resolved.documentation as { value: string }).value, /The format to use for logging/);
  const hover: Hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
  assert.match((hover.contents as { value: string }).value, /\*\*LOG_LEVEL\*\* — Flagsmith/);
  const schemas: { applied: { id: string }[] } = await connection.sendRequest('envsense/documentSchemas', { uri });
  assert.deepEqual(schemas.applied.map((a) => a.id), ['flagsmith']);
});

test('document symbols and a quick fix come back as an editor sees them', async () => {
  const symbols: DocumentSymbol[] = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['A', '`1`'], ['SECRET_KEY', 'a 9-character value']]);
  const diagnostics = (await nextDiagnostics(2)).filter((d) => d.code === 'value-cut-by-hash');
  const actions: CodeAction[] = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: diagnostics[0]!.range,
    context: { diagnostics },
  });
  assert.deepEqual(actions.map((a) => [a.title, a.edit?.changes?.[URI]?.[0]?.newText]), [['Quote the value', "'r8Ow!!dci#P9x'"]]);
});
