import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { startStdioServer } from '../support/stdioServer';

const STRONG = 'DB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n';

async function gitignoreFixes(initializationOptions: unknown): Promise<CodeAction[]> {
  const root = mkdtempSync(join(tmpdir(), 'envsense-save-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  writeFileSync(join(root, '.env'), STRONG);
  const rootUri = pathToFileURL(root).href;
  const server = await startStdioServer({ cwd: root, initialize: { rootUri, initializationOptions } });
  const uri = `${rootUri}/.env`;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: STRONG } });
  const diagnostics = (await server.diagnostics(uri, 1)).filter((d) => d.code === 'secret-file-not-ignored');
  assert.equal(diagnostics.length, 1);
  const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0]!.range,
    context: { diagnostics },
  });
  await server.stop();
  return actions;
}

test('an editor that offers a save command gets it on "Add .env to .gitignore", naming .gitignore', { timeout: 30_000 }, async () => {
  const actions = await gitignoreFixes({ saveFilesCommand: 'envsense.saveFiles' });
  assert.equal(actions[0]!.title, 'Add .env to .gitignore');
  const gitignore = actions[0]!.edit!.documentChanges!.flatMap((change) => ('textDocument' in change ? [change.textDocument.uri] : []));
  assert.deepEqual(actions[0]!.command, { title: 'Save', command: 'envsense.saveFiles', arguments: [gitignore[0]] });
  assert.match(gitignore[0]!, /\/\.gitignore$/);
});

test('an editor that offers none gets the edit alone', { timeout: 30_000 }, async () => {
  const actions = await gitignoreFixes(undefined);
  assert.equal(actions[0]!.title, 'Add .env to .gitignore');
  assert.equal(actions[0]!.command, undefined);
  assert.ok(actions[0]!.edit);
});
