import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeIndex } from '../../../server/out/service/code/codeIndex';
import { gitFactsFromFiles } from '../../../server/out/service/workspace/filesGitFacts';
import type { WorkspaceFs } from '../../../server/out/service/workspace/workspaceFs';
import { WorkspaceView } from '../../../server/out/service/workspace/workspaceView';
import { codeParsers, codeService } from '../support/codeService';
import { memoryFs } from '../support/memoryFs';
import { toProblem } from '../support/service';

const CODE = `export const env = createEnv({ server: { PORT: z.coerce.number() }, runtimeEnv: process.env });\n`;

async function view(files: Record<string, string>, fs: WorkspaceFs = memoryFs(files)): Promise<{ workspace: WorkspaceView; index: CodeIndex }> {
  const workspace = new WorkspaceView(fs, () => [], gitFactsFromFiles(fs));
  workspace.setWorkspaceFolders(['/workspace']);
  const index = new CodeIndex(fs, gitFactsFromFiles(fs), await codeParsers());
  await index.build(['/workspace']);
  workspace.setCodeIndex(index);
  return { workspace, index };
}

test('typing in an env file asks the code index nothing again: the declared schemas are converted once', async () => {
  const { service, index } = await codeService({ '/workspace/src/env.ts': CODE, '/workspace/.env': 'PORT=1\n' });
  let asked = 0;
  const declaredSchemas = index.declaredSchemas.bind(index);
  index.declaredSchemas = () => {
    asked++;
    return declaredSchemas();
  };
  let document = TextDocument.create('file:///workspace/.env', 'dotenv', 1, 'PORT=1\n');
  assert.deepEqual(service.doValidation(document), []);
  assert.equal(asked, 1);
  for (let i = 0; i < 20; i++) {
    document = TextDocument.update(document, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `K${i}=v\n` }], document.version + 1);
    service.doValidation(document);
  }
  document = TextDocument.update(document, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } }, text: 'x' }], document.version + 1);
  assert.equal(asked, 1, 'not asked again while typing');
  assert.deepEqual(service.doValidation(document).map(toProblem).map((p) => p.code), ['invalid-value'], 'and the schema still applies');
});

test('codeChanged: only a change of what the declarations say makes them read again', async () => {
  const { workspace, index } = await view({ '/workspace/src/env.ts': CODE, '/workspace/.env': '' });
  const first = workspace.declaredSchemas('/workspace');
  assert.equal(first.length, 1);
  assert.equal(workspace.declaredSchemas('/workspace'), first, 'kept');
  index.update('/workspace/src/env.ts', `// a comment above moves the schema\n${CODE}fetch(process.env.OTHER);\n`);
  assert.equal(workspace.codeChanged(), false, 'moved, and a read elsewhere: nothing to do');
  assert.equal(workspace.declaredSchemas('/workspace'), first);
  index.update('/workspace/src/env.ts', CODE.replace('z.coerce.number()', 'z.coerce.number().default(8080)'));
  assert.equal(workspace.codeChanged(), true);
  const second = workspace.declaredSchemas('/workspace');
  assert.notEqual(second, first);
  assert.equal(second[0]?.variables['PORT']?.default, '8080');
  assert.equal(workspace.implicitSchemas('/workspace/.env', 'dotenv')[0]?.variables['PORT']?.default, '8080', 'the env file sees the new schema');
  index.remove('/workspace/src/env.ts');
  assert.equal(workspace.codeChanged(), true);
  assert.deepEqual(workspace.declaredSchemas('/workspace'), []);
});

test('a new code index (setCodeIndex) drops what was made of the old one', async () => {
  const { service, index } = await codeService({ '/workspace/src/env.ts': CODE, '/workspace/.env': 'PORT=x\n' });
  const document = TextDocument.create('file:///workspace/.env', 'dotenv', 1, 'PORT=x\n');
  assert.equal(service.doValidation(document).length, 1);
  index.update('/workspace/src/env.ts', CODE.replace('z.coerce.number()', 'z.string()'));
  service.setCodeIndex(index);
  assert.deepEqual(service.doValidation(document), []);
});

test('family keys: the other members\' keys, unknown when one cannot be read', async () => {
  const files = { '/workspace/src/env.ts': CODE, '/workspace/.env': '', '/workspace/.env.local': 'A=1\n' };
  const plain = memoryFs(files);
  const unreadable: WorkspaceFs = { ...plain, readFile: (path) => (path === '/workspace/.env.local' ? undefined : plain.readFile(path)) };
  assert.deepEqual([...((await view(files)).workspace.familyKeys('/workspace/.env') ?? [])], ['A']);
  assert.equal((await view(files, unreadable)).workspace.familyKeys('/workspace/.env'), undefined);
});
