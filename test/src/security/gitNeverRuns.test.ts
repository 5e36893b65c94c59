import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkWithCli, diagnosticsFromServer, git, gitRepository, isolatedEnv } from '../support/gitFixture';

/**
 * A repository's git configuration can name commands (fsmonitor, hooks, pagers, …) that git runs.
 * EnvSense never runs git: for each vector, `envsense check` and the server over stdio both answer
 * as git would, and the command the repository names never runs (its marker file is not created).
 */
const ENV_TEXT = 'DB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\nA=1\nA=2\n';

interface Hostile {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  readonly marker: string;
}

/** A repository with `.env`, prepared by `build` with git, then made hostile by `poison` (git never runs after it). */
function hostileRepository(build: (root: string, env: NodeJS.ProcessEnv) => void, poison: (root: string, command: string) => void, initArgs: string[] = []): Hostile {
  const env = isolatedEnv();
  const marker = join(mkdtempSync(join(tmpdir(), 'envsense-marker-')), 'PWNED');
  const root = gitRepository(env, { '.env': ENV_TEXT }, initArgs);
  build(root, env);
  poison(root, `touch '${marker}'`);
  return { root, env, marker };
}

/** Both entry points give the secret-file answer git would give, and the marker was never created. */
async function assertSafeAndRight({ root, env, marker }: Hostile, expected: 'secret-file-not-ignored' | 'secret-file-tracked' | 'ignored'): Promise<void> {
  const cli = checkWithCli(root, ['--format', 'json', '.env'], env);
  assert.equal(cli.timedOut, false);
  const cliCodes = (JSON.parse(cli.out) as { code: string }[]).map((row) => row.code);
  const serverCodes = (await diagnosticsFromServer(root, '.env', ENV_TEXT, env)).map((d) => String(d.code));
  assert.equal(existsSync(marker), false, 'a command named by the repository ran');
  for (const codes of [cliCodes, serverCodes]) {
    assert.ok(codes.includes('duplicate-key'), 'the file was checked');
    assert.deepEqual(codes.filter((c) => c.startsWith('secret-file')), expected === 'ignored' ? [] : [expected]);
  }
}

const nothing = () => undefined;
const trackEnv = (root: string, env: NodeJS.ProcessEnv) => git(root, env, 'add', '.env');
const configure = (root: string, key: string, value: string) => git(root, isolatedEnv(), 'config', key, value);

test('core.fsmonitor in .git/config never runs', async () => {
  const repository = hostileRepository(nothing, (root, command) => configure(root, 'core.fsmonitor', `${command}; false`));
  await assertSafeAndRight(repository, 'secret-file-not-ignored');
});

test('hooks, in .git/hooks and in a folder named by core.hooksPath, never run', async () => {
  const hookNames = ['post-index-change', 'pre-commit', 'post-checkout', 'reference-transaction', 'fsmonitor-watchman', 'pre-auto-gc', 'post-merge'];
  const repository = hostileRepository(trackEnv, (root, command) => {
    const hooksPath = join(root, 'evil-hooks');
    mkdirSync(hooksPath);
    for (const folder of [hooksPath, join(root, '.git', 'hooks')]) {
      for (const name of hookNames) {
        writeFileSync(join(folder, name), `#!/bin/sh\n${command}\n`);
        chmodSync(join(folder, name), 0o755);
      }
    }
    configure(root, 'core.hooksPath', hooksPath);
  });
  await assertSafeAndRight(repository, 'secret-file-tracked');
});

test('include.path to another config that sets core.fsmonitor never runs it', async () => {
  const repository = hostileRepository(
    (root) => writeFileSync(join(root, '.gitignore'), '.env\n'),
    (root, command) => {
      const included = join(mkdtempSync(join(tmpdir(), 'envsense-include-')), 'evil.config');
      writeFileSync(included, `[core]\n\tfsmonitor = ${command}; false\n\texcludesFile = /dev/zero\n`);
      configure(root, 'include.path', included);
    },
  );
  await assertSafeAndRight(repository, 'ignored');
});

test('includeIf.gitdir to another config that sets core.fsmonitor never runs it', async () => {
  const repository = hostileRepository(nothing, (root, command) => {
    const included = join(root, 'evil.config');
    writeFileSync(included, `[core]\n\tfsmonitor = ${command}; false\n`);
    configure(root, 'includeIf.gitdir:/.path', included);
  });
  await assertSafeAndRight(repository, 'secret-file-not-ignored');
});

test('a .git file pointing to a git folder elsewhere, whose config sets core.fsmonitor: the index there is read, the command never runs', async () => {
  const elsewhere = join(mkdtempSync(join(tmpdir(), 'envsense-gitdir-')), 'repo.git');
  const repository = hostileRepository(trackEnv, (_root, command) => configure(elsewhere, 'core.fsmonitor', `${command}; false`), ['--separate-git-dir', elsewhere]);
  assert.equal(existsSync(join(repository.root, '.git', 'config')), false, 'the fixture has a .git file, not a folder');
  await assertSafeAndRight(repository, 'secret-file-tracked');
});

const COMMAND_SETTINGS: readonly [string, (command: string) => string][] = [
  ['core.sshCommand', (c) => c],
  ['core.pager', (c) => c],
  ['core.editor', (c) => c],
  ['core.askPass', (c) => c],
  ['core.gitProxy', (c) => c],
  ['diff.external', (c) => c],
  ['sequence.editor', (c) => c],
  ['credential.helper', (c) => `!${c}`],
  ['gpg.program', (c) => c],
  ['filter.evil.clean', (c) => c],
  ['alias.ls-files', (c) => `!${c}`],
];

for (const [key, value] of COMMAND_SETTINGS) {
  test(`${key} in .git/config never runs`, async () => {
    const repository = hostileRepository(
      (root) => writeFileSync(join(root, '.gitattributes'), '* filter=evil diff=evil\n'),
      (root, command) => configure(root, key, value(command)),
    );
    await assertSafeAndRight(repository, 'secret-file-not-ignored');
  });
}
