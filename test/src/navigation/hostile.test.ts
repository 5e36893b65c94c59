import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { createLanguageService, type LanguageService } from '../../../server/out/service';
import { diskWorkspace, type DiskEntry } from '../support/diskWorkspace';

/** A service over a real folder on the disk, with nothing open in the editor. */
function onDisk(workspace: Record<string, DiskEntry>, outside: Record<string, DiskEntry> = {}): { service: LanguageService; root: string; open: (name: string) => TextDocument } {
  const { root } = diskWorkspace(workspace, outside);
  const service = createLanguageService({ fs: nodeFs, workspaceFolders: [root] });
  const open = (name: string) => TextDocument.create(pathToFileURL(join(root, name)).href, 'dotenv', 1, readFileSync(join(root, name), 'utf8'));
  return { service, root, open };
}


test('5,000 env files in 5,000 folders: workspace symbols find any of them, bounded', () => {
  const { root } = diskWorkspace({});
  for (let i = 0; i < 5_000; i++) {
    mkdirSync(join(root, `pkg-${i}`));
    writeFileSync(join(root, `pkg-${i}`, '.env'), `KEY_${i}=value\nSHARED=1\n`);
  }
  const service = createLanguageService({ fs: nodeFs, workspaceFolders: [root] });
  const first = service.findWorkspaceSymbols('KEY_4999');
  assert.deepEqual(first.map((s) => `${s.name} ${s.containerName}`), ['KEY_4999 pkg-4999/.env']);
  const again = service.findWorkspaceSymbols('shared');
  assert.equal(again.length, 1_000, 'one answer holds at most 1,000 symbols');
});

test('a family of 5,000 .env.* files in one folder: definitions come from the first members, a rename refuses instead of leaving files behind', () => {
  const workspace: Record<string, DiskEntry> = { '.env': 'A=1\n' };
  for (let i = 0; i < 5_000; i++) workspace[`.env.${String(i).padStart(4, '0')}`] = 'A=2\n';
  const { service, open } = onDisk(workspace);
  const document = open('.env');
  const definitions = service.findDefinition(document, { line: 0, character: 0 });
  assert.equal(definitions.length, 64);
  assert.deepEqual(service.rename(document, { line: 0, character: 0 }, 'B', { documentChanges: false }), {
    refused: 'Cannot rename A everywhere: its folder holds more than 64 env files of this family, so the rename could leave some of its files behind.',
  });
});

test('symbolic link loops: the walk never follows a link into a folder, a family member that loops is skipped', () => {
  const { service, root, open } = onDisk({
    '.env': 'A=1\n',
    '.env.loop': { link: '.env.loop' },
    'nested/.env': 'NESTED=1\n',
    'nested/up': { link: '..' },
    'nested/self': { link: 'self' },
  });
  const symbols = service.findWorkspaceSymbols('');
  assert.deepEqual(symbols.map((s) => `${s.name} ${s.containerName}`).sort(), ['A .env', 'NESTED nested/.env']);
  assert.deepEqual(
    service.findDefinition(open('.env'), { line: 0, character: 0 }).map((l) => l.uri),
    [pathToFileURL(join(root, '.env')).href],
  );
});

test('a link to a file or a folder outside the workspace is never read: not listed, not a definition, not renamed', () => {
  const { service, root, open } = onDisk(
    { '.env': 'TOKEN=1\n', '.env.production': { link: '../outside/.env' }, linked: { link: '../outside' } },
    { '.env': 'TOKEN=outside\nOUTSIDE_ONLY=1\n' },
  );
  assert.deepEqual(service.findWorkspaceSymbols('').map((s) => `${s.name} ${s.containerName}`), ['TOKEN .env']);
  const document = open('.env');
  assert.equal(service.findReferences(document, { line: 0, character: 0 }, true).length, 1);
  const answer = service.rename(document, { line: 0, character: 0 }, 'API_TOKEN', { documentChanges: false });
  assert.deepEqual(answer, { edit: { changes: { [pathToFileURL(join(root, '.env')).href]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, newText: 'API_TOKEN' }] } } });
});

test('a key set 50,000 times: a rename edits every one, lists stay bounded', () => {
  const text = 'A=1\n'.repeat(50_000) + 'B=${A}\n';
  const { service, open } = onDisk({ '.env': text, '.env.local': 'A=2\n' });
  const document = open('.env');
  const at = { line: 50_000, character: 4 };
  const rename = service.rename(document, at, 'RENAMED', { documentChanges: false });
  assert.ok('edit' in rename);
  const edits = Object.values(rename.edit.changes ?? {});
  assert.deepEqual(edits.map((e) => e.length), [50_001, 1]);
  const references = service.findReferences(document, at, true);
  const highlights = service.findDocumentHighlights(document, at);
  assert.equal(references.length, 5_000);
  assert.equal(highlights.length, 5_000);
  assert.equal(service.findWorkspaceSymbols('A').length, 2, 'one symbol per key and file');
});

test('1 MB lines: a value, a comment that holds the name, a key; answers stay quick', () => {
  const long = 'x'.repeat(1_000_000);
  const key = 'K'.repeat(1_000_000);
  const text = `A=${long}\${B}\n# ${'B'.repeat(1_000_000)}\nB=1\n${key}=1\n`;
  const { service, open } = onDisk({ '.env': text });
  const document = open('.env');
  const highlights = service.findDocumentHighlights(document, { line: 2, character: 0 });
  assert.deepEqual(highlights.map((h) => h.range.start), [{ line: 0, character: 1_000_004 }, { line: 2, character: 0 }]);
  const renamed = service.rename(document, { line: 3, character: 5 }, 'SHORT', { documentChanges: false });
  assert.ok('edit' in renamed);
});

test('a keystroke in a 10,000-line file: highlights come from the new version', () => {
  const lines = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `# KEY_${i}=old` : `KEY_${i}=\${KEY_${i - 1}}`));
  const service = createLanguageService({});
  const document = TextDocument.create('file:///workspace/.env', 'dotenv', 1, lines.join('\n'));
  service.findDocumentHighlights(document, { line: 5_000, character: 2 });
  const edited = TextDocument.update(document, [{ range: { start: { line: 5_000, character: 0 }, end: { line: 5_000, character: 0 } }, text: 'X' }], 2);
  const result = service.findDocumentHighlights(edited, { line: 5_000, character: 12 });
  assert.equal(result.length, 2);
});

test('a member that is a link to another member is read and renamed once, through the first name', () => {
  const { service, root, open } = onDisk({ '.env': 'A=1\n', '.env.local': { link: '.env' }, '.env.example': 'A=\n' });
  const answer = service.rename(open('.env'), { line: 0, character: 0 }, 'B', { documentChanges: false });
  assert.ok('edit' in answer);
  assert.deepEqual(Object.keys(answer.edit.changes ?? {}).sort(), [pathToFileURL(join(root, '.env')).href, pathToFileURL(join(root, '.env.example')).href]);
});
