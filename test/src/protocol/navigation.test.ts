import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentHighlight, InitializeResult, Location, SymbolInformation, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startStdioServer, type StdioServer } from '../support/stdioServer';

/** A Next.js workspace on the disk; `.env.local` is open in the editor with a line not saved yet. */
const DISK: Record<string, string> = {
  '.env': 'DB_HOST=localhost\nDATABASE_URL=postgres://app@${DB_HOST}/app\n',
  '.env.local': 'DB_HOST=127.0.0.1\n',
  '.env.production': 'DB_HOST=db.internal\nREPLICA_URL=postgres://ro@${DB_HOST}/app\n',
  '.env.example': 'DB_HOST=\n',
};
const UNSAVED = '# typed, not saved\nDB_HOST=127.0.0.1\nREPLICA=${DB_HOST}\n';

let root: string;
let server: StdioServer;
let capabilities: InitializeResult['capabilities'];
const uri = (name: string) => pathToFileURL(join(root, name)).href;
const LOCAL = () => uri('.env.local');
const shown = (locations: Location[]) => locations.map((l) => `${basename(fileURLToPath(l.uri))} ${l.range.start.line + 1}:${l.range.start.character + 1}`);

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'envsense-navigation-'));
  for (const [name, text] of Object.entries(DISK)) writeFileSync(join(root, name), text);
  server = await startStdioServer({ cwd: root });
  const initialized: InitializeResult = await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: { workspace: { workspaceEdit: { documentChanges: true } } },
  });
  capabilities = initialized.capabilities;
  await server.connection.sendNotification('initialized', {});
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: LOCAL(), languageId: 'dotenv', version: 4, text: UNSAVED } });
  await server.diagnostics(LOCAL(), 4);
});

after(() => server.stop());

test('the server announces definition, references, rename with prepare, highlights and workspace symbols', () => {
  const { definitionProvider, referencesProvider, renameProvider, documentHighlightProvider, workspaceSymbolProvider } = capabilities;
  assert.deepEqual({ definitionProvider, referencesProvider, renameProvider, documentHighlightProvider, workspaceSymbolProvider }, {
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentHighlightProvider: true,
    workspaceSymbolProvider: true,
  });
});

test('definition over stdio: from ${DB_HOST} the assignment above it in the unsaved text; from the key the whole family', async () => {
  const position = (line: number, character: number) => ({ textDocument: { uri: LOCAL() }, position: { line, character } });
  assert.deepEqual(shown(await server.connection.sendRequest<Location[]>('textDocument/definition', position(2, 12))), ['.env.local 2:1']);
  assert.deepEqual(shown(await server.connection.sendRequest<Location[]>('textDocument/definition', position(1, 3))), [
    '.env.local 2:1',
    '.env 1:1',
    '.env.example 1:1',
    '.env.production 1:1',
  ]);
});

test('references over stdio: every assignment and every ${DB_HOST} of the family', async () => {
  const locations = await server.connection.sendRequest<Location[]>('textDocument/references', {
    textDocument: { uri: LOCAL() },
    position: { line: 1, character: 0 },
    context: { includeDeclaration: true },
  });
  assert.deepEqual(shown(locations), ['.env.local 2:1', '.env.local 3:11', '.env 1:1', '.env 2:31', '.env.example 1:1', '.env.production 1:1', '.env.production 2:29']);
});

test('document highlights over stdio: written, then read', async () => {
  const highlights = await server.connection.sendRequest<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: LOCAL() }, position: { line: 2, character: 12 } });
  assert.deepEqual(highlights.map((h) => [h.range.start.line, h.range.start.character, h.kind]), [[1, 0, 3], [2, 10, 2]]);
});

test('workspace symbols over stdio: keys and files, no values', async () => {
  const symbols = await server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'dbh' });
  assert.deepEqual(symbols.map((s) => `${s.name} ${s.containerName}`), ['DB_HOST .env', 'DB_HOST .env.example', 'DB_HOST .env.local', 'DB_HOST .env.production']);
  assert.ok(!JSON.stringify(symbols).includes('127.0.0.1'));
});

test('prepareRename and a refused rename answer with the reason as an error message', async () => {
  const prepared = await server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: LOCAL() }, position: { line: 2, character: 12 } });
  assert.deepEqual(prepared, { range: { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } }, placeholder: 'DB_HOST' });
  const offKey = await failure(server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: LOCAL() }, position: { line: 0, character: 4 } }));
  assert.deepEqual(offKey, { code: -32803, message: 'Put the cursor on a key or on a ${KEY} reference to rename it.' });
  const invalid = await failure(server.connection.sendRequest('textDocument/rename', { textDocument: { uri: LOCAL() }, position: { line: 1, character: 0 }, newName: 'DB HOST' }));
  assert.deepEqual(invalid, { code: -32803, message: `Cannot rename DB_HOST: "DB HOST" is not a key Node's dotenv reads: a key is made of letters, digits, _, . and -.` });
});

test('rename over stdio: one versioned edit; applied, every file and every ${DB_HOST} reads the new name', async () => {
  const edit = await server.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: LOCAL() }, position: { line: 1, character: 0 }, newName: 'PGHOST' });
  const texts: Record<string, string> = {};
  for (const change of edit.documentChanges ?? []) {
    assert.ok('textDocument' in change);
    const name = basename(fileURLToPath(change.textDocument.uri));
    assert.equal(change.textDocument.version, name === '.env.local' ? 4 : null, name);
    const before = name === '.env.local' ? UNSAVED : readFileSync(join(root, name), 'utf8');
    texts[name] = TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'dotenv', 0, before), change.edits as TextEdit[]);
  }
  assert.deepEqual(texts, {
    '.env.local': '# typed, not saved\nPGHOST=127.0.0.1\nREPLICA=${PGHOST}\n',
    '.env': 'PGHOST=localhost\nDATABASE_URL=postgres://app@${PGHOST}/app\n',
    '.env.example': 'PGHOST=\n',
    '.env.production': 'PGHOST=db.internal\nREPLICA_URL=postgres://ro@${PGHOST}/app\n',
  });
});

test('a client without versioned edits gets `changes`', async () => {
  const plain = await startStdioServer({ cwd: root, initialize: { rootUri: pathToFileURL(root).href } });
  await plain.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('.env'), languageId: 'dotenv', version: 1, text: DISK['.env'] } });
  const edit = await plain.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uri('.env') }, position: { line: 0, character: 0 }, newName: 'PGHOST' });
  await plain.stop();
  assert.equal(edit.documentChanges, undefined);
  assert.deepEqual(Object.keys(edit.changes ?? {}).map((u) => basename(fileURLToPath(u))).sort(), ['.env', '.env.example', '.env.local', '.env.production']);
});

async function failure(request: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await request;
  } catch (error) {
    assert.ok(error instanceof ResponseError);
    return { code: error.code, message: error.message };
  }
  assert.fail('the request succeeded');
}
