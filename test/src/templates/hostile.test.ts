import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { createLanguageService } from '../../../server/out/service';
import { applyToDisk } from '../support/applyToDisk';
import { diskWorkspace } from '../support/diskWorkspace';
import { MemoryWorkspace } from './templateWorkspace';

/** A workspace is untrusted input: templates that are links, not UTF-8, huge files and families. */
const DRIFT = ['missing-from-template', 'template-key-not-set'];

function onDisk(root: string, file: string) {
  const service = createLanguageService({ fs: nodeFs, workspaceFolders: [root] });
  const path = join(root, file);
  const document = TextDocument.create(pathToFileURL(path).href, 'dotenv', 1, readFileSync(path, 'utf8'));
  const diagnostics = service.doValidation(document).filter((d) => DRIFT.includes(String(d.code)));
  return { service, document, diagnostics, actions: service.getCodeActions(document, { diagnostics, only: ['quickfix'] }) };
}

test('a template that links out of the workspace is not read: no drift, no fix, and the file outside is never written', () => {
  const { root, outside } = diskWorkspace({ '.env': 'A=1\nNEW=2\n', '.env.example': { link: '../outside/example' } }, { example: 'A=\nOUTSIDE_KEY=\n' });
  const { diagnostics, actions, service, document } = onDisk(root, '.env');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(actions, []);
  // The family has a template (the link), so Create template is not offered either.
  assert.deepEqual(service.getCodeActions(document, { diagnostics: [], only: ['source'] }), []);
  assert.equal(readFileSync(join(outside, 'example'), 'utf8'), 'A=\nOUTSIDE_KEY=\n');
});

test('a template that links inside the workspace is read (drift is reported) but a fix never writes through a link', () => {
  const { root } = diskWorkspace({ '.env': 'A=1\nNEW=2\n', '.env.example': { link: 'config/env.example' }, 'config/env.example': 'A=\n' });
  const { diagnostics, actions } = onDisk(root, '.env');
  assert.deepEqual(diagnostics.map((d) => d.code), ['missing-from-template']);
  assert.deepEqual(actions, []);
});

test('a template that is not valid UTF-8: drift is reported, no fix edits it', () => {
  const { root } = diskWorkspace({ '.env': 'A=1\nNEW=2\n' });
  writeFileSync(join(root, '.env.example'), Buffer.from([0x41, 0x3d, 0x0a, 0x23, 0x20, 0xff, 0xfe, 0x0a]));
  const { diagnostics, actions } = onDisk(root, '.env');
  assert.deepEqual(diagnostics.map((d) => d.code), ['missing-from-template']);
  assert.deepEqual(actions, []);
});

test('a regular template on disk: the fix writes it as an editor would', () => {
  const { root } = diskWorkspace({ '.env': 'A=1\nNEW=2\n', '.env.example': 'A=\n' });
  const { actions } = onDisk(root, '.env');
  assert.deepEqual(actions.map((a) => a.title), ['Add NEW to .env.example']);
  applyToDisk(actions[0]!.edit!);
  assert.equal(readFileSync(join(root, '.env.example'), 'utf8'), 'A=\nNEW=\n');
});

test('Create template is not offered, nor run, where the template would be written through a link', () => {
  const { root } = diskWorkspace({ 'app/.env': 'A=1\n', 'app/.env.example': { link: '../../outside/nothing-yet' } });
  const { service, document } = onDisk(root, 'app/.env');
  assert.deepEqual(service.getCodeActions(document, { diagnostics: [], only: ['source'] }), []);
});

test('50,000 keys: the template is made and drift judged, findings capped', () => {
  const keys = Array.from({ length: 50_000 }, (_, i) => `KEY_${i}=value${i}`);
  const env = `${keys.join('\n')}\n`;
  const workspace = new MemoryWorkspace({ '/workspace/.env': env });
  const [action] = workspace.sourceActions('/workspace/.env');
  workspace.apply(action!.edit);
  assert.equal(workspace.files['/workspace/.env.example'], env);
  // Now the template lists none of 50,000 other keys, and .env none of the template's.
  workspace.files['/workspace/.env.example'] = env.replace(/KEY_/g, 'OTHER_');
  const problems = workspace.problems('/workspace/.env');
  const notSet = problems.find((p) => p.code === 'template-key-not-set')!;
  assert.match(notSet.message, /OTHER_19 and 49980 more\.$/);
  assert.equal(problems.filter((p) => p.code === 'missing-from-template').length, 999);
  assert.equal(problems.at(-1)!.code, 'analysis-limit');
});

test('1 MB values: a secret and a generated-looking one left out of the template, a repetitive public one kept', () => {
  let seed = 7;
  const random = Array.from({ length: 1024 * 1024 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[seed % 62];
  }).join('');
  const repetitive = 'x9Yq'.repeat(256 * 1024);
  const workspace = new MemoryWorkspace({ '/workspace/.env': `PUBLIC=1\nBLOB=${random}\nAPI_TOKEN=${repetitive}\nBANNER=${repetitive}\n` });
  workspace.apply(workspace.sourceActions('/workspace/.env')[0]!.edit);
  const template = workspace.files['/workspace/.env.example']!;
  assert.ok(template === `PUBLIC=1\nBLOB=\nAPI_TOKEN=\nBANNER=${repetitive}\n`, template.slice(0, 200));
});

test('a folder of 20,000 .env.* files: the family is read within its bounds and says nothing it cannot know', () => {
  const files: Record<string, string> = { '/workspace/.env': 'A=1\nNEW=1\n', '/workspace/.env.example': 'A=\nB=\n' };
  for (let i = 0; i < 20_000; i++) files[`/workspace/.env.${i}`] = 'A=2\n';
  const workspace = new MemoryWorkspace(files);
  const problems = workspace.problems('/workspace/.env');
  // Too many members to read them all: whether B is set somewhere is not known, so only the template's own lack is said.
  assert.deepEqual(problems.filter((p) => DRIFT.includes(p.code)).map((p) => `${p.code} ${p.at}`), ['missing-from-template 2:1-2:4']);
});
