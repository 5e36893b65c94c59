import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { runCreateTemplate, type TemplateCommandHost } from '../../../server/out/service/templates/createTemplateCommand';
import { MemoryWorkspace } from './templateWorkspace';

/** "EnvSense: Create template" as the server runs it: it asks before replacing a template, and writes nothing else. */
interface Conversation {
  readonly asked: { message: string; choices: readonly string[] }[];
  readonly told: string[];
  readonly edits: WorkspaceEdit[];
}

function host(answer: string | undefined, applies = true): TemplateCommandHost & Conversation {
  const asked: Conversation['asked'] = [];
  const told: string[] = [];
  const edits: WorkspaceEdit[] = [];
  return {
    asked,
    told,
    edits,
    ask: async (message, choices) => {
      asked.push({ message, choices });
      return answer;
    },
    applyEdit: async (_label, edit) => {
      edits.push(edit);
      return applies;
    },
    tell: (message) => told.push(message),
  };
}

async function run(workspace: MemoryWorkspace, path: string, editor: TemplateCommandHost & Conversation) {
  const result = await runCreateTemplate(workspace.service().fixContext(workspace.document(path)), editor);
  for (const edit of editor.edits) workspace.apply(edit);
  return result;
}

const ENV = 'API_URL=https://api.example.com\nAPI_KEY=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n';

test('no template yet: written at once, nothing asked; the answer names the file for the client to save', async () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env': ENV });
  const editor = host(undefined);
  assert.deepEqual(await run(workspace, '/workspace/.env', editor), { outcome: 'created', written: 'file:///workspace/.env.example' });
  assert.deepEqual(editor.asked, []);
  assert.equal(workspace.files['/workspace/.env.example'], 'API_URL=https://api.example.com\nAPI_KEY=\n');
});

test('a template exists: the user is asked; Cancel or no answer leaves it untouched, Overwrite replaces it', async () => {
  const files = { '/workspace/.env': ENV, '/workspace/.env.example': '# ours\nOLD=1\n' };
  for (const answer of ['Cancel', undefined]) {
    const workspace = new MemoryWorkspace({ ...files });
    const editor = host(answer);
    assert.deepEqual(await run(workspace, '/workspace/.env', editor), { outcome: 'cancelled' });
    assert.deepEqual(editor.asked, [{ message: '.env.example exists. Replace it with a template made from .env? What .env.example holds now is lost.', choices: ['Overwrite', 'Cancel'] }]);
    assert.deepEqual(editor.edits, []);
    assert.equal(workspace.files['/workspace/.env.example'], '# ours\nOLD=1\n');
  }
  const workspace = new MemoryWorkspace({ ...files });
  const editor = host('Overwrite');
  assert.deepEqual(await run(workspace, '/workspace/.env', editor), { outcome: 'overwritten', written: 'file:///workspace/.env.example' });
  assert.deepEqual(editor.edits[0]!.documentChanges![0], { kind: 'create', uri: 'file:///workspace/.env.example', options: { overwrite: true } });
  assert.equal(workspace.files['/workspace/.env.example'], 'API_URL=https://api.example.com\nAPI_KEY=\n');
});

test("the family's template is the one replaced, whatever its name", async () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env.local': ENV, '/workspace/.env.sample': 'OLD=1\n' });
  const editor = host('Overwrite');
  await run(workspace, '/workspace/.env.local', editor);
  assert.match(editor.asked[0]!.message, /^\.env\.sample exists/);
  assert.equal(workspace.files['/workspace/.env.sample'], 'API_URL=https://api.example.com\nAPI_KEY=\n');
  assert.equal(workspace.files['/workspace/.env.example'], undefined);
});

test('refused with a reason, nothing written: in a template, in a file of no family; an editor that refuses the edit is told', async () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env.example': 'A=\n', '/workspace/app.env': 'A=1\n', '/workspace/.env': 'A=1\n' });
  const inTemplate = host('Overwrite');
  assert.deepEqual(await run(workspace, '/workspace/.env.example', inTemplate), { outcome: 'refused' });
  assert.deepEqual(inTemplate.told, ['.env.example is a template already.']);
  const noFamily = host('Overwrite');
  assert.deepEqual(await run(workspace, '/workspace/app.env', noFamily), { outcome: 'refused' });
  assert.match(noFamily.told[0]!, /^Create template works in a \.env file/);
  assert.deepEqual([...inTemplate.edits, ...noFamily.edits], []);
  const refusing = host('Overwrite', false);
  assert.deepEqual(await runCreateTemplate(workspace.service().fixContext(workspace.document('/workspace/.env')), refusing), { outcome: 'failed' });
  assert.deepEqual(refusing.told, ['The editor did not write .env.example.']);
});

test('messages name files, never a value', async () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env': ENV, '/workspace/.env.example': 'API_KEY=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n' });
  const editor = host('Cancel');
  await run(workspace, '/workspace/.env', editor);
  assert.ok(!JSON.stringify(editor.asked).includes('Zq8vN3kP'));
});
