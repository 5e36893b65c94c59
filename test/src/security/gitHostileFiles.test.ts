import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseGitIndex } from '../../../server/out/service/workspace/gitIndex';
import { checkWithCli, diagnosticsFromServer, git, gitRepository, isolatedEnv } from '../support/gitFixture';

/**
 * Git's files in a repository are the repository's to choose: an index or a `.git` file may be
 * truncated, garbage, a FIFO or a device. EnvSense reads only regular files with a size limit: no
 * hang, no crash, and an index it cannot read means "tracked: unknown", answered as not tracked.
 */
const ENV_TEXT = 'DB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\nA=1\nA=2\n';

/** A repository whose `.env` is tracked (so git would say secret-file-tracked), then broken by `breakIt`. */
function brokenRepository(breakIt: (root: string) => void): { root: string; env: NodeJS.ProcessEnv } {
  const env = isolatedEnv();
  const root = gitRepository(env, { '.env': ENV_TEXT });
  git(root, env, 'add', '.env');
  breakIt(root);
  return { root, env };
}

function secretFileCodes(root: string, env: NodeJS.ProcessEnv): string[] {
  const result = checkWithCli(root, ['--format', 'json', '.env'], env);
  assert.equal(result.timedOut, false, 'envsense check hung');
  assert.equal(result.status, 0);
  const codes = (JSON.parse(result.out) as { code: string }[]).map((row) => row.code);
  assert.ok(codes.includes('duplicate-key'), 'the file was checked');
  return codes.filter((code) => code.startsWith('secret-file'));
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const replaceWithLink = (target: string, path: string) => {
  rmSync(path, { recursive: true, force: true });
  symlinkSync(target, path);
};

const UNREADABLE_INDEXES: readonly [string, (root: string) => void][] = [
  ['a truncated index', (root) => writeFileSync(join(root, '.git/index'), readFileSync(join(root, '.git/index')).subarray(0, 50))],
  ['a garbage index that claims 4 billion entries', (root) => writeFileSync(join(root, '.git/index'), Buffer.concat([Buffer.from('DIRC\0\0\0\x02\xff\xff\xff\xff', 'latin1'), Buffer.alloc(4096, 0x41)]))],
  ['an index that is a FIFO', (root) => (rmSync(join(root, '.git/index')), mkfifo(join(root, '.git/index')))],
  ['an index that links to /dev/zero', (root) => replaceWithLink('/dev/zero', join(root, '.git/index'))],
];

for (const [name, breakIt] of UNREADABLE_INDEXES) {
  test(`${name}: check ends, and the file reads as not tracked`, () => {
    const { root, env } = brokenRepository(breakIt);
    assert.deepEqual(secretFileCodes(root, env), ['secret-file-not-ignored']);
  });
}

const BROKEN_GIT_FOLDERS: readonly [string, (root: string) => void][] = [
  ['a .git file pointing to /dev/zero', (root) => (rmSync(join(root, '.git'), { recursive: true }), writeFileSync(join(root, '.git'), 'gitdir: /dev/zero\n'))],
  ['a commondir pointing to /dev/zero, and an index that is a FIFO', (root) => {
    writeFileSync(join(root, '.git/commondir'), '/dev/zero\n');
    rmSync(join(root, '.git/index'));
    mkfifo(join(root, '.git/index'));
  }],
];

for (const [name, breakIt] of BROKEN_GIT_FOLDERS) {
  test(`${name}: check ends, and the file reads as not tracked`, () => {
    const { root, env } = brokenRepository(breakIt);
    assert.deepEqual(secretFileCodes(root, env), ['secret-file-not-ignored']);
  });
}

/** As for git, a `.git` that is neither a folder nor a regular file does not make a repository. */
const NOT_A_REPOSITORY: readonly [string, (root: string) => void][] = [
  ['a .git that links to /dev/zero', (root) => replaceWithLink('/dev/zero', join(root, '.git'))],
  ['a .git that is a FIFO', (root) => (rmSync(join(root, '.git'), { recursive: true }), mkfifo(join(root, '.git')))],
];

for (const [name, breakIt] of NOT_A_REPOSITORY) {
  test(`${name}: check ends, and the folder is in no repository`, () => {
    const { root, env } = brokenRepository(breakIt);
    assert.deepEqual(secretFileCodes(root, env), []);
  });
}

test('ignore files that are a FIFO or link to /dev/zero are skipped: the other rules still apply', () => {
  const { root, env } = brokenRepository((root) => {
    rmSync(join(root, '.git/index'));
    mkfifo(join(root, '.gitignore'));
    replaceWithLink('/dev/zero', join(root, '.git/info/exclude'));
  });
  assert.deepEqual(secretFileCodes(root, env), ['secret-file-not-ignored']);
  rmSync(join(root, '.gitignore'));
  writeFileSync(join(root, '.gitignore'), '.env\n');
  assert.deepEqual(secretFileCodes(root, env), []);
});

test('the server opening .env with a FIFO index and a FIFO .gitignore answers at once', async () => {
  const { root, env } = brokenRepository((root) => {
    rmSync(join(root, '.git/index'));
    mkfifo(join(root, '.git/index'));
    mkfifo(join(root, '.gitignore'));
  });
  const codes = (await diagnosticsFromServer(root, '.env', ENV_TEXT, env)).map((d) => String(d.code));
  assert.deepEqual(codes.filter((c) => c.startsWith('secret-file')), ['secret-file-not-ignored']);
});

test('a split index (its entries in another file) is unknown, and every cut of a real index parses or is refused without throwing', () => {
  const env = isolatedEnv();
  const root = gitRepository(env, { '.env': ENV_TEXT, 'a/b.env': '', 'a/c d.env': '' });
  git(root, env, 'add', '-A');
  const whole = readFileSync(join(root, '.git/index'));
  assert.equal(parseGitIndex(whole)?.has('a/c d.env'), true);
  for (let length = 0; length < whole.length; length++) assert.equal(parseGitIndex(whole.subarray(0, length))?.has('a/c d.env') ?? false, false, `cut at ${length}`);
  git(root, env, 'update-index', '--split-index');
  assert.equal(parseGitIndex(readFileSync(join(root, '.git/index'))), undefined);
});

test('a .gitignore pattern built to backtrack (ten ** against a path 45 folders deep) is left out; the others still count', () => {
  const deep = Array.from({ length: 45 }, () => 'a').join('/');
  const hostile = `${Array.from({ length: 10 }, () => 'a/**/').join('')}c\n`;
  const env = isolatedEnv();
  const root = gitRepository(env, { '.gitignore': `${hostile}**/.env\n`, [`${deep}/.env`]: ENV_TEXT, [`${deep}/x.env`]: ENV_TEXT });
  const result = checkWithCli(root, ['--format', 'json', deep], env);
  assert.equal(result.timedOut, false, 'envsense check hung');
  const rows = JSON.parse(result.out) as { path: string; code: string }[];
  assert.deepEqual(
    rows.filter((row) => row.code.startsWith('secret-file')).map((row) => [row.path.split('/').pop(), row.code]),
    [['x.env', 'secret-file-not-ignored']],
  );
});
