import * as assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { createLanguageService } from '../../../server/out/service';
import { gitFactsFromFiles } from '../../../server/out/service/workspace/filesGitFacts';
import type { WorkspaceFs } from '../../../server/out/service/workspace/workspaceFs';
import { git, gitRepository, isolatedEnv } from '../support/gitFixture';

const STRONG = 'DB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n';

/** The real disk, counting the files read by name. */
function countingFs(): { fs: WorkspaceFs; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const count = (path: string) => reads.set(basename(path), (reads.get(basename(path)) ?? 0) + 1);
  return {
    reads,
    fs: {
      readFile: (path) => (count(path), nodeFs.readFile(path)),
      readBytes: (path, limits) => (count(path), nodeFs.readBytes!(path, limits)),
      listDirectory: (path) => nodeFs.listDirectory(path),
      entryKind: (path) => nodeFs.entryKind(path),
      realPath: (path) => nodeFs.realPath(path),
    },
  };
}

function repositoryWithFolders(): { root: string; env: NodeJS.ProcessEnv; files: string[] } {
  const env = isolatedEnv();
  const files: Record<string, string> = { '.gitignore': '*.local\n' };
  for (let i = 0; i < 100; i++) {
    files[`svc${i % 10}/.gitignore`] = '!keep.local\n';
    files[`svc${i % 10}/app${i}.env`] = STRONG;
    files[`svc${i % 10}/app${i}.local`] = STRONG;
  }
  const root = gitRepository(env, files);
  git(root, env, 'add', '-A');
  return { root, env, files: Object.keys(files).filter((f) => !f.endsWith('.gitignore')) };
}

test('git facts are gathered once per repository: the index read once, each .gitignore once, until forget()', () => {
  const { root, files } = repositoryWithFolders();
  const { fs, reads } = countingFs();
  const facts = gitFactsFromFiles(fs);
  const answers = files.map((file) => facts.status(join(root, file)));
  assert.equal(answers.filter((a) => a?.tracked).length, 100);
  assert.equal(answers.filter((a) => a?.ignored).length, 100);
  assert.equal(reads.get('index'), 1);
  assert.equal(reads.get('.gitignore'), 11);
  assert.equal(reads.get('exclude'), 1);
  facts.forget();
  facts.status(join(root, files[0]!));
  assert.equal(reads.get('index'), 2);
});

test('typing in an open file reads nothing from git; a changed index counts after workspaceChanged()', () => {
  const env = isolatedEnv();
  const root = gitRepository(env, { '.env': STRONG, 'other.env': STRONG });
  const { fs, reads } = countingFs();
  const service = createLanguageService({ fs, git: gitFactsFromFiles(fs), workspaceFolders: [root] });
  const uri = pathToFileURL(join(root, '.env')).href;
  const secretCodes = (version: number, text = STRONG) =>
    service
      .doValidation(TextDocument.create(uri, 'dotenv', version, text))
      .map((d) => String(d.code))
      .filter((c) => c.startsWith('secret-file'));
  assert.deepEqual(secretCodes(1), ['secret-file-not-ignored']);
  const readsAfterOpen = [...reads.values()].reduce((a, b) => a + b, 0);
  for (let version = 2; version < 20; version++) secretCodes(version, `${STRONG}PORT=${version}\n`);
  assert.equal([...reads.values()].reduce((a, b) => a + b, 0), readsAfterOpen);
  git(root, env, 'add', '.env');
  assert.deepEqual(secretCodes(21), ['secret-file-not-ignored'], 'kept until the server hears of the change');
  service.workspaceChanged();
  assert.deepEqual(secretCodes(22), ['secret-file-tracked']);
  git(root, env, 'rm', '-q', '--cached', '.env');
  service.workspaceChanged();
  assert.deepEqual(secretCodes(23), ['secret-file-not-ignored']);
});
