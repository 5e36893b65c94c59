import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import ignore from 'ignore';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { createLanguageService } from '../../../server/out/service';
import { gitignoreLineFor } from '../../../server/out/service/workspace/gitignoreLine';
import { applyToDisk } from '../support/applyToDisk';
import { diskWorkspace, type DiskEntry } from '../support/diskWorkspace';

/**
 * "Add … to .gitignore" writes only a regular `.gitignore` inside the workspace, never through a
 * link, and writes the file's path as a pattern that matches that file and nothing else.
 */
const STRONG = 'DB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n';

function repository(workspace: Record<string, DiskEntry>, outside: Record<string, DiskEntry> = {}) {
  const dirs = diskWorkspace(workspace, outside);
  execFileSync('git', ['init', '-q'], { cwd: dirs.root });
  return dirs;
}

/** The quick fixes offered on "git would commit this secrets file", as titles and edits. */
function gitignoreFixes(root: string, file: string, workspaceFolder = root) {
  const service = createLanguageService({ fs: nodeFs, workspaceFolders: [workspaceFolder] });
  const path = join(root, file);
  const document = TextDocument.create(pathToFileURL(path).href, 'dotenv', 1, readFileSync(path, 'utf8'));
  const diagnostics = service.doValidation(document).filter((d) => d.code === 'secret-file-not-ignored');
  assert.equal(diagnostics.length, 1, 'the file is reported as not ignored');
  return service.getCodeActions(document, { diagnostics });
}

const gitIgnores = (root: string, path: string) => spawnSync('git', ['check-ignore', '-q', '--', path], { cwd: root }).status === 0;

test('a .gitignore that links outside the workspace gets no fix, and the file outside stays unchanged', () => {
  const { root, outside } = repository({ '.env': STRONG, '.gitignore': { link: '../outside/gitignore' } }, { gitignore: 'node_modules\n' });
  const actions = gitignoreFixes(root, '.env');
  assert.deepEqual(actions.map((a) => a.title), []);
  for (const action of actions) applyToDisk(action.edit!);
  assert.equal(readFileSync(join(outside, 'gitignore'), 'utf8'), 'node_modules\n');
});

test('a dangling .gitignore link gets no fix, so its target is never created', () => {
  const { root, outside } = repository({ '.env': STRONG, '.gitignore': { link: '../outside/created-by-envsense' } });
  assert.deepEqual(gitignoreFixes(root, '.env').map((a) => a.title), []);
  assert.equal(existsSync(join(outside, 'created-by-envsense')), false);
});

test('a .gitignore that links to a file inside the workspace gets no fix either: a fix writes no link', () => {
  const { root } = repository({ '.env': STRONG, '.gitignore': { link: 'config/gitignore' }, 'config/gitignore': '' });
  assert.deepEqual(gitignoreFixes(root, '.env').map((a) => a.title), []);
});

test('a .gitignore that is a FIFO or a folder gets no fix', () => {
  const fifo = repository({ '.env': STRONG, '.gitignore': { fifo: true } });
  assert.deepEqual(gitignoreFixes(fifo.root, '.env').map((a) => a.title), []);
  const folder = repository({ '.env': STRONG, '.gitignore/x': '' });
  assert.deepEqual(gitignoreFixes(folder.root, '.env').map((a) => a.title), []);
});

test('a repository whose root lies above the workspace folder: its .gitignore is outside, so no fix', () => {
  const { root } = repository({ 'app/.env': STRONG });
  assert.deepEqual(gitignoreFixes(root, 'app/.env', join(root, 'app')).map((a) => a.title), []);
});

test('a regular .gitignore in the workspace still gets both fixes (the guard above is not blanket)', () => {
  const { root } = repository({ '.env': STRONG, '.gitignore': 'node_modules\n' });
  const actions = gitignoreFixes(root, '.env');
  assert.deepEqual(actions.map((a) => a.title), ['Add .env to .gitignore', 'Add .env and .env.* to .gitignore, keeping the templates']);
  applyToDisk(actions[0]!.edit!);
  assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), 'node_modules\n.env\n');
});

/** Folders whose names gitignore reads as syntax, each with a decoy the unescaped line would also hide. */
const TRICKY_FOLDERS: readonly { folder: string; decoy?: string }[] = [
  { folder: '#notes' },
  { folder: '!keep' },
  { folder: 'with space' },
  { folder: 'back\\slash', decoy: 'backslash' },
  { folder: 'star*dir', decoy: 'starXdir' },
  { folder: 'q?[x]', decoy: 'qZx' },
];

test('folder names with #, !, spaces, \\, * and ?[ are escaped: the line git reads hides that file and no other', () => {
  const files: Record<string, string> = {};
  for (const { folder, decoy } of TRICKY_FOLDERS) {
    files[`${folder}/.env.local`] = STRONG;
    if (decoy) files[`${decoy}/.env.local`] = STRONG;
  }
  const { root } = repository(files);
  for (const { folder } of TRICKY_FOLDERS) {
    const [own] = gitignoreFixes(root, `${folder}/.env.local`);
    assert.equal(own!.title, `Add ${folder}/.env.local to .gitignore`);
    applyToDisk(own!.edit!);
  }
  const written = readFileSync(join(root, '.gitignore'), 'utf8');
  assert.equal(written, '\\#notes/.env.local\n\\!keep/.env.local\nwith space/.env.local\nback\\\\slash/.env.local\nstar\\*dir/.env.local\nq\\?\\[x]/.env.local\n');
  const rules = ignore().add(written);
  for (const { folder, decoy } of TRICKY_FOLDERS) {
    assert.equal(gitIgnores(root, `${folder}/.env.local`), true, `git hides ${folder}`);
    assert.equal(rules.ignores(`${folder}/.env.local`), true, `the ignore package hides ${folder}`);
    if (decoy) assert.equal(gitIgnores(root, `${decoy}/.env.local`), false, `git keeps ${decoy}`);
  }
});

test('trailing spaces of a name are kept as escaped spaces, which git does not strip', () => {
  const { root } = repository({});
  const name = 'notes  ';
  mkdirSync(join(root, 'dir'));
  writeFileSync(join(root, 'dir', name), '');
  writeFileSync(join(root, 'dir', 'notes'), '');
  writeFileSync(join(root, '.gitignore'), `${gitignoreLineFor(`dir/${name}`)}\n`);
  assert.equal(gitignoreLineFor(`dir/${name}`), 'dir/notes\\ \\ ');
  assert.equal(gitIgnores(root, `dir/${name}`), true);
  assert.equal(gitIgnores(root, 'dir/notes'), false);
});

test('a folder name holding a line break gets no fix naming its path; only the fixed .env patterns are offered', () => {
  const folder = 'evil\n!/important\n*';
  const { root } = repository({ [`${folder}/.env`]: STRONG });
  const actions = gitignoreFixes(root, `${folder}/.env`);
  assert.deepEqual(actions.map((a) => a.title), ['Add .env and .env.* to .gitignore, keeping the templates']);
  applyToDisk(actions[0]!.edit!);
  assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), '.env\n.env.*\n!.env.example\n!.env.template\n!.env.sample\n!.env.dist\n!.env.defaults\n!.env.schema\n');
  assert.equal(gitignoreLineFor('a\rb'), undefined);
});
