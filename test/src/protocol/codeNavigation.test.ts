import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { CompletionList, Hover, Location, MarkupContent, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startStdioServer } from '../support/stdioServer';

/**
 * Issue 13 over LSP, as Neovim or any editor gets it: the server reads the workspace code in the
 * background, then answers in a code file at `process.env.` and on read sites, and from `.env` to the code.
 */
const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ dependencies: { next: '14.2.0' } }),
  '.env': 'API_URL=http://localhost:3000\n',
  '.env.production': 'API_URL=https://api.example.com\n',
  'src/lib/api.ts': 'export const api = process.env.API_URL;\n',
};

test('over LSP: completion in code, hover and definition at a read site, references and rename from .env into the code', { timeout: 60_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'envsense-code-lsp-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const rootUri = pathToFileURL(root).href;
  const server = await startStdioServer({
    cwd: root,
    initialize: { rootUri, capabilities: { workspace: { workspaceEdit: { documentChanges: true } }, window: { workDoneProgress: true } } },
  });
  server.connection.onRequest('window/workDoneProgress/create', () => null);
  const api = `${rootUri}/src/lib/api.ts`;
  const text = FILES['src/lib/api.ts']!;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: api, languageId: 'typescript', version: 1, text } });
  const position = { line: 0, character: text.indexOf('API_URL') + 2 };
  // The index is built in the background: hover answers once it is there.
  let hover: Hover | null = null;
  for (let tries = 0; tries < 100 && !hover; tries++) {
    hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: api }, position });
    if (!hover) await new Promise((wake) => setTimeout(wake, 100));
  }
  assert.match((hover!.contents as MarkupContent).value, /`production`: `\.env\.production` gives `https:\/\/api\.example\.com`/);

  const definition = await server.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: { uri: api }, position });
  assert.deepEqual(definition.map((l) => l.uri.slice(rootUri.length)), ['/.env', '/.env.production']);

  const completion = await server.connection.sendRequest<CompletionList>('textDocument/completion', {
    textDocument: { uri: api },
    position: { line: 0, character: text.indexOf('API_URL') },
    context: { triggerKind: 2, triggerCharacter: '.' },
  });
  assert.deepEqual(completion.items.map((item) => item.label), ['API_URL']);

  const env = `${rootUri}/.env`;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: env, languageId: 'dotenv', version: 1, text: FILES['.env'] } });
  const references = await server.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri: env }, position: { line: 0, character: 1 }, context: { includeDeclaration: true } });
  assert.deepEqual(references.map((l) => `${l.uri.slice(rootUri.length)}:${l.range.start.line}:${l.range.start.character}`), ['/.env:0:0', '/.env.production:0:0', `/src/lib/api.ts:0:${text.indexOf('API_URL')}`]);

  // A code file created on disk, as the editor's file watcher reports it, is read into the index.
  writeFileSync(join(root, 'src/lib/other.ts'), 'export const other = process.env.API_URL;\n');
  await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${rootUri}/src/lib/other.ts`, type: 1 }] });
  const withNew = await server.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri: env }, position: { line: 0, character: 1 }, context: { includeDeclaration: false } });
  assert.deepEqual(withNew.map((l) => l.uri.slice(rootUri.length)), ['/src/lib/api.ts', '/src/lib/other.ts']);

  const rename = await server.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: env }, position: { line: 0, character: 1 }, newName: 'BACKEND_URL' });
  const edited = (rename.documentChanges ?? []).flatMap((change) => ('textDocument' in change ? [`${change.textDocument.uri.slice(rootUri.length)} v${change.textDocument.version}`] : []));
  assert.deepEqual(edited, ['/.env v1', '/.env.production vnull', '/src/lib/api.ts v1', '/src/lib/other.ts vnull']);

  // A dot typed in an env file triggers nothing.
  assert.equal(await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: env }, position: { line: 0, character: 20 }, context: { triggerKind: 2, triggerCharacter: '.' } }), null);
  await server.stop();
});

test("over LSP, Django's mixed approach: settings.py's read leads to secrets.py, and a rename from secrets.py reaches the read", { timeout: 60_000 }, async () => {
  const files: Record<string, string> = {
    'manage.py': '#!/usr/bin/env python\n',
    'mysite/settings.py': "try:\n    from .secrets import *\nexcept ModuleNotFoundError:\n    import os\n    EMAIL_HOST_USER = os.environ.get('EMAIL_HOST_USER')\n",
    'mysite/secrets.py': "EMAIL_HOST_USER = 'mentorship@acme.org'\n",
  };
  const root = mkdtempSync(join(tmpdir(), 'envsense-django-lsp-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const rootUri = pathToFileURL(root).href;
  const server = await startStdioServer({ cwd: root, initialize: { rootUri, capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } } });
  const settings = `${rootUri}/mysite/settings.py`;
  const text = files['mysite/settings.py']!;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: settings, languageId: 'python', version: 1, text } });
  const position = { line: 4, character: text.split('\n')[4]!.indexOf("'EMAIL") + 3 };
  let definition: Location[] = [];
  for (let tries = 0; tries < 100 && definition.length === 0; tries++) {
    definition = await server.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: { uri: settings }, position });
    if (definition.length === 0) await new Promise((wake) => setTimeout(wake, 100));
  }
  assert.deepEqual(definition.map((l) => l.uri.slice(rootUri.length)), ['/mysite/secrets.py']);
  const secrets = `${rootUri}/mysite/secrets.py`;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: secrets, languageId: 'python', version: 1, text: files['mysite/secrets.py'] } });
  const rename = await server.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: secrets }, position: { line: 0, character: 2 }, newName: 'MAIL_USER' });
  const edited = (rename.documentChanges ?? []).flatMap((change) => ('textDocument' in change ? change.edits.map((edit) => `${change.textDocument.uri.slice(rootUri.length)}:${edit.range.start.line}:${'newText' in edit ? edit.newText : ''}`) : []));
  assert.deepEqual(edited, ['/mysite/secrets.py:0:MAIL_USER', '/mysite/settings.py:4:MAIL_USER']);
  await server.stop();
});
