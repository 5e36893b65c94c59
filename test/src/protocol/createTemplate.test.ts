import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyToDisk } from '../support/applyToDisk';
import { startStdioServer } from '../support/stdioServer';

/**
 * "Create template" and the drift fix over LSP, as any editor gets them: a source action whose edit
 * creates the file and writes it (CreateFile + TextDocumentEdit), and a quick fix that edits the
 * template; applied as an editor applies them.
 */
const ENV = 'PORT=3000\nAPI_KEY=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n';

async function session(files: Record<string, string>, open: string, initializationOptions?: object) {
  const root = mkdtempSync(join(tmpdir(), 'envsense-template-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const rootUri = pathToFileURL(root).href;
  const server = await startStdioServer({ cwd: root, initialize: { rootUri, ...(initializationOptions ? { initializationOptions } : {}) } });
  const uri = `${rootUri}/${open}`;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: files[open] } });
  const diagnostics = await server.diagnostics(uri, 1);
  const codeActions = (context: object) =>
    server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], ...context } });
  return { root, rootUri, server, diagnostics, codeActions };
}

test('the source action creates .env.example: asked by kind (VS Code) or by the user without a kind (Neovim)', { timeout: 30_000 }, async () => {
  const { root, server, codeActions } = await session({ '.env': ENV }, '.env');
  const byKind = await codeActions({ only: ['source'] });
  const invoked = await codeActions({ triggerKind: 1 });
  const automatic = await codeActions({ triggerKind: 2 });
  await server.stop();
  assert.deepEqual(byKind.map((a) => [a.title, a.kind]), [['Create .env.example from .env', 'source.createTemplate']]);
  assert.deepEqual(invoked, byKind);
  assert.deepEqual(automatic, []);
  applyToDisk(byKind[0]!.edit!);
  assert.equal(readFileSync(join(root, '.env.example'), 'utf8'), 'PORT=3000\nAPI_KEY=\n');
});

test('an editor that offers a save command (VS Code) gets it on the action, naming the new template', { timeout: 30_000 }, async () => {
  const { rootUri, server, codeActions } = await session({ '.env': ENV }, '.env', { saveFilesCommand: 'envsense.saveFiles' });
  const [action] = await codeActions({ only: ['source'] });
  await server.stop();
  assert.deepEqual(action!.command, { title: 'Save', command: 'envsense.saveFiles', arguments: [`${rootUri}/.env.example`] });
});

test('drift is published, and its quick fix edits the template on disk', { timeout: 30_000 }, async () => {
  const { root, server, diagnostics, codeActions } = await session({ '.env': `${ENV}NEW_KEY=1\n`, '.env.example': 'PORT=\nAPI_KEY=\n' }, '.env');
  const drift = diagnostics.filter((d) => d.code === 'missing-from-template');
  assert.deepEqual(drift.map((d) => [d.range.start.line, d.severity, d.message]), [[2, 3, 'NEW_KEY is not in .env.example: whoever sets up the project from .env.example will not know to set it.']]);
  const fixes = await codeActions({ diagnostics: drift, only: ['quickfix'] });
  await server.stop();
  assert.deepEqual(fixes.map((f) => f.title), ['Add NEW_KEY to .env.example']);
  applyToDisk(fixes[0]!.edit!);
  assert.equal(readFileSync(join(root, '.env.example'), 'utf8'), 'PORT=\nAPI_KEY=\nNEW_KEY=\n');
});
