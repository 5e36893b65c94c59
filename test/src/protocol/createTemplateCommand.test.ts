import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { ApplyWorkspaceEditParams, InitializeResult, ShowMessageRequestParams } from 'vscode-languageserver-protocol';
import { applyToDisk } from '../support/applyToDisk';
import { startStdioServer } from '../support/stdioServer';

/**
 * `workspace/executeCommand` "envsense.createTemplate" [uri], as any editor runs it: the server
 * asks with `window/showMessageRequest` before replacing a template, and writes with
 * `workspace/applyEdit`. Skipped until the server advertises the command (server.ts wiring).
 */
const ENV = 'PORT=3000\nAPI_KEY=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n';

async function runCommand(files: Record<string, string>, answer: string | null) {
  const root = mkdtempSync(join(tmpdir(), 'envsense-command-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const rootUri = pathToFileURL(root).href;
  const server = await startStdioServer({ cwd: root });
  const questions: ShowMessageRequestParams[] = [];
  server.connection.onRequest('window/showMessageRequest', (params: ShowMessageRequestParams) => {
    questions.push(params);
    return answer === null ? null : { title: answer };
  });
  server.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
    // As an editor does: a create with `overwrite` empties the file first.
    for (const change of params.edit.documentChanges ?? []) {
      if ('kind' in change && change.kind === 'create' && change.options?.overwrite) writeFileSync(fileURLToPath(change.uri), '');
    }
    applyToDisk(params.edit);
    return { applied: true };
  });
  const initialized = await server.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri, capabilities: { workspace: { applyEdit: true } } });
  await server.connection.sendNotification('initialized', {});
  assert.deepEqual(initialized.capabilities.executeCommandProvider?.commands, ['envsense.createTemplate']);
  const uri = `${rootUri}/.env`;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: files['.env'] } });
  const result: unknown = await server.connection.sendRequest('workspace/executeCommand', { command: 'envsense.createTemplate', arguments: [uri] });
  await server.stop();
  const template = join(root, '.env.example');
  return { result, questions, template: existsSync(template) ? readFileSync(template, 'utf8') : undefined, rootUri };
}

test('no template: the command writes .env.example without asking', { timeout: 30_000 }, async () => {
  const run = await runCommand({ '.env': ENV }, null);
  assert.deepEqual(run.questions, []);
  assert.deepEqual(run.result, { outcome: 'created', written: `${run.rootUri}/.env.example` });
  assert.equal(run.template, 'PORT=3000\nAPI_KEY=\n');
});

test('a template exists: the server asks, Overwrite replaces it and Cancel leaves it', { timeout: 30_000 }, async () => {
  const files = { '.env': ENV, '.env.example': '# ours\nOLD=1\n' };
  const overwrite = await runCommand(files, 'Overwrite');
  assert.deepEqual(overwrite.questions.map((q) => [q.message, q.actions?.map((a) => a.title)]), [
    ['.env.example exists. Replace it with a template made from .env? What .env.example holds now is lost.', ['Overwrite', 'Cancel']],
  ]);
  assert.equal(overwrite.template, 'PORT=3000\nAPI_KEY=\n');
  const cancel = await runCommand(files, 'Cancel');
  assert.deepEqual(cancel.result, { outcome: 'cancelled' });
  assert.equal(cancel.template, '# ours\nOLD=1\n');
});
