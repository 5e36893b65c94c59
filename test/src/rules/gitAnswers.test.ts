import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { test } from 'node:test';
import { nodeGitFacts } from '../../../server/out/node/nodeGitFacts';
import { git, gitRepository, isolatedEnv, writeFiles } from '../support/gitFixture';

/**
 * EnvSense reads the ignore files and the index itself; on real repositories its answers must be
 * git's: `git check-ignore` for ignored, `git ls-files` for tracked, for every file of the work tree.
 */
const FILES: Record<string, string> = {
  '.gitignore': [
    '*.local',
    '!keep.local',
    'build/',
    '/root-only.env',
    'logs/**',
    '!logs/important.env',
    'secret dir with space/',
    '\\#hash.env',
    '\\!bang.env',
    'trailing-space.env\\ ',
    'docs/*.env',
    '**/deep/*.env',
    'vendor',
    'ünïcode.env',
    '[Tt]emp*.env',
    'nested/**/deep.env',
    '?.env',
    '',
  ].join('\n'),
  'crlf/.gitignore': '# a comment\r\n*.env\r\n!keep.env\r\n',
  'crlf/a.env': '',
  'crlf/keep.env': '',
  'temp1.env': '',
  'Temp2.env': '',
  'tEmp3.env': '',
  'nested/deep.env': '',
  'nested/a/b/deep.env': '',
  'q.env': '',
  'qq.env': '',
  'a/.gitignore': '!x.local\n*.env\n!keep.env\n',
  'a/b/.gitignore': '!*.env\n',
  'build/.gitignore': '!keep.env\n',
  'x.local': '',
  'keep.local': '',
  'a/x.local': '',
  'a/y.env': '',
  'a/keep.env': '',
  'a/b/z.env': '',
  'a/b/c/w.env': '',
  'build/keep.env': '',
  'build/other.env': '',
  'root-only.env': '',
  'sub/root-only.env': '',
  'logs/sub/a.env': '',
  'logs/important.env': '',
  'logs/other.env': '',
  'secret dir with space/.env': '',
  'with space.env': '',
  '#hash.env': '',
  '!bang.env': '',
  'trailing-space.env ': '',
  'docs/x.env': '',
  'docs/sub/x.env': '',
  'p/deep/x.env': '',
  'deep/y.env': '',
  'vendor/lib/.env': '',
  'ünïcode.env': '',
  'dir ü/ñ.env': '',
  'excluded-by-info.env': '',
  'global-ignored.env': '',
  'plain.env': '',
  'tracked-ignored.local': '',
};

/** A repository with FILES, a global excludes file and info/exclude; what is not ignored is committed, some ignored files are added with -f. */
function richRepository(initArgs: string[] = []): { root: string; env: NodeJS.ProcessEnv } {
  const env = isolatedEnv();
  writeFiles(join(env['HOME']!, '.config', 'git'), { ignore: 'global-ignored.env\n' });
  const root = gitRepository(env, FILES, initArgs);
  writeFileSync(join(root, '.git', 'info', 'exclude'), 'excluded-by-info.env\n');
  git(root, env, 'add', '-A');
  git(root, env, 'add', '-f', 'tracked-ignored.local', 'a/y.env', 'build/other.env');
  git(root, env, 'commit', '-qm', 'fixture');
  return { root, env };
}

function workTreeFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((path) => !path.split(sep).includes('.git') && statSync(join(root, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** git's answers for every file of the work tree. */
function gitAnswers(root: string, env: NodeJS.ProcessEnv, files: readonly string[]) {
  const checked = spawnSync('git', ['check-ignore', '--stdin', '-z'], { cwd: root, env, input: files.join('\0') + '\0', encoding: 'utf8' });
  const ignored = new Set(checked.stdout.split('\0').filter(Boolean));
  const tracked = new Set(git(root, env, 'ls-files', '-z').split('\0').filter(Boolean));
  return files.map((file) => ({ file, ignored: ignored.has(file), tracked: tracked.has(file) }));
}

function envsenseAnswers(root: string, env: NodeJS.ProcessEnv, files: readonly string[]) {
  const facts = nodeGitFacts(env);
  return files.map((file) => {
    const status = facts.status(join(root, file));
    return { file, ignored: status?.ignored, tracked: status?.tracked };
  });
}

function assertSameAsGit(root: string, env: NodeJS.ProcessEnv): ReturnType<typeof gitAnswers> {
  const files = workTreeFiles(root);
  const expected = gitAnswers(root, env, files);
  assert.deepEqual(envsenseAnswers(root, env, files), expected);
  return expected;
}

function indexVersion(gitDir: string): number {
  return readFileSync(join(gitDir, 'index')).readUInt32BE(4);
}

test('ignored and tracked as git says: nested .gitignore files, negations, ignored folders, globs, CRLF, escapes, spaces and non-ASCII, info/exclude, global excludes (index version 2)', () => {
  const { root, env } = richRepository();
  assert.equal(indexVersion(join(root, '.git')), 2);
  const answers = assertSameAsGit(root, env);
  const answer = (file: string) => answers.find((a) => a.file === file)!;
  // The fixture covers both answers of each kind, so a reader that says "no" to everything fails.
  assert.deepEqual(answer('build/keep.env'), { file: 'build/keep.env', ignored: true, tracked: false });
  assert.deepEqual(answer('a/b/z.env'), { file: 'a/b/z.env', ignored: false, tracked: true });
  assert.deepEqual(answer('tracked-ignored.local'), { file: 'tracked-ignored.local', ignored: false, tracked: true });
  assert.deepEqual(answer('dir ü/ñ.env'), { file: 'dir ü/ñ.env', ignored: false, tracked: true });
  for (const ignored of ['global-ignored.env', 'excluded-by-info.env', 'ünïcode.env', 'secret dir with space/.env', 'trailing-space.env ']) assert.equal(answer(ignored).ignored, true, ignored);
});

test('index version 3 (skip-worktree and intent-to-add entries) and version 4 (prefix-compressed paths) read as git lists them', () => {
  const { root, env } = richRepository();
  writeFileSync(join(root, 'intent.env'), '');
  git(root, env, 'add', '-N', 'intent.env');
  git(root, env, 'update-index', '--skip-worktree', 'plain.env');
  assert.equal(indexVersion(join(root, '.git')), 3);
  assert.equal(assertSameAsGit(root, env).find((a) => a.file === 'intent.env')?.tracked, true);
  git(root, env, 'update-index', '--index-version', '4');
  assert.equal(indexVersion(join(root, '.git')), 4);
  assertSameAsGit(root, env);
});

test('a SHA-256 repository: its index is read as well', () => {
  const { root, env } = richRepository(['--object-format=sha256']);
  const answers = assertSameAsGit(root, env);
  assert.deepEqual(answers.find((a) => a.file === 'tracked-ignored.local'), { file: 'tracked-ignored.local', ignored: false, tracked: true });
  assert.equal(answers.filter((a) => a.tracked).length, answers.filter((a) => !a.ignored).length);
});

test('a linked worktree (.git file to <main>/.git/worktrees/x): its own index, the main info/exclude', () => {
  const { root, env } = richRepository();
  const worktree = join(mkdtempSync(join(tmpdir(), 'envsense-worktree-')), 'wt');
  git(root, env, 'worktree', 'add', '-q', worktree);
  writeFiles(worktree, { 'excluded-by-info.env': '', 'new.env': '' });
  git(worktree, env, 'add', 'new.env');
  const answers = assertSameAsGit(worktree, env);
  assert.deepEqual(answers.find((a) => a.file === 'new.env'), { file: 'new.env', ignored: false, tracked: true });
  assert.equal(answers.find((a) => a.file === 'excluded-by-info.env')?.ignored, true);
});

test('a submodule (.git file to ../.git/modules/x): files inside it are answered from its own index and ignore files', () => {
  const env = isolatedEnv();
  const library = gitRepository(env, { '.gitignore': '*.local\n', 'lib.env': '' });
  git(library, env, 'add', '-A');
  git(library, env, 'commit', '-qm', 'library');
  const root = gitRepository(env, { '.gitignore': '*.env\n' });
  git(root, env, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'lib');
  writeFiles(join(root, 'lib'), { 'more/a.env': '', 'x.local': '' });
  const answers = assertSameAsGit(join(root, 'lib'), env);
  assert.deepEqual(answers.find((a) => a.file === 'lib.env'), { file: 'lib.env', ignored: false, tracked: true });
  assert.equal(answers.find((a) => a.file === 'x.local')?.ignored, true);
});

test('a .gitignore that is a symbolic link is not followed, as git does not follow it', () => {
  const env = isolatedEnv();
  const root = gitRepository(env, { 'rules.txt': '*.env\n', 'linked/a.env': '', 'plain/.gitignore': '*.env\n', 'plain/b.env': '' });
  symlinkSync('../rules.txt', join(root, 'linked', '.gitignore'));
  const answers = assertSameAsGit(root, env);
  assert.equal(answers.find((a) => a.file === 'linked/a.env')?.ignored, false);
  assert.equal(answers.find((a) => a.file === 'plain/b.env')?.ignored, true);
});

test('an empty .git folder is not a repository: the files below it belong to the repository above, as for git', () => {
  const env = isolatedEnv();
  const root = gitRepository(env, { '.gitignore': '*.local\n', 'inner/.env.local': '', 'inner/.env': '', 'inner/.git/.keep': '' });
  git(root, env, 'add', 'inner/.env');
  const answers = assertSameAsGit(root, env);
  assert.deepEqual(answers.filter((a) => a.file.startsWith('inner/.env')), [
    { file: 'inner/.env', ignored: false, tracked: true },
    { file: 'inner/.env.local', ignored: true, tracked: false },
  ]);
});
