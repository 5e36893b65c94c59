import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { diskWorkspace, type DiskEntry } from '../support/diskWorkspace';

const CLI = resolve(__dirname, '../../../dist/cli.js');

/**
 * Runs the real `envsense` in `cwd` with stdin a pipe that stays open (as in a CI step or a shell
 * pipeline), so that a read of `/dev/stdin` would wait forever. A run still going after the limit is
 * killed and reported as hung: the assertion then fails instead of the whole test run stalling.
 */
function envsense(cwd: string, ...argv: string[]): Promise<{ status: number | 'hung'; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...argv], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const limit = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('close', (code) => {
      clearTimeout(limit);
      done({ status: code ?? 'hung', stdout, stderr });
    });
  });
}

async function checkOne(entry: DiskEntry, name = '.env') {
  const { root } = diskWorkspace({ [name]: entry });
  return envsense(root, 'check', name);
}

test('check .env -> /dev/stdin exits 2 with one line naming the file, instead of waiting on stdin', async () => {
  const result = await checkOne({ link: '/dev/stdin' });
  assert.deepEqual([result.status, result.stdout], [2, '']);
  // Node hands a child's stdin over as a socket; in a shell pipeline it is a FIFO.
  assert.match(result.stderr, /^envsense: \.env: not a regular file \((a socket|a pipe or FIFO)\)\n$/);
});

test('check .env -> /dev/zero exits 2 instead of reading forever', async () => {
  assert.deepEqual(await checkOne({ link: '/dev/zero' }), { status: 2, stdout: '', stderr: 'envsense: .env: not a regular file (a character device)\n' });
});

test('check of a FIFO named .env exits 2 instead of waiting for a writer', async () => {
  assert.deepEqual(await checkOne({ fifo: true }), { status: 2, stdout: '', stderr: 'envsense: .env: not a regular file (a pipe or FIFO)\n' });
});

test('print of a .env -> /dev/zero exits 2 the same way', async () => {
  const { root } = diskWorkspace({ '.env': { link: '/dev/zero' } });
  assert.deepEqual(await envsense(root, 'print', '.env'), { status: 2, stdout: '', stderr: 'envsense: .env: not a regular file (a character device)\n' });
});

test('a file over the 16 MiB limit is refused, not read', async () => {
  const { root } = diskWorkspace({ '.env': 'A=1\n' });
  truncateSync(join(root, '.env'), 16 * 1024 * 1024 + 1);
  assert.deepEqual(await envsense(root, 'check', '.env'), { status: 2, stdout: '', stderr: 'envsense: .env: larger than 16 MiB, not read\n' });
});

test('a committed .envsense.json -> /dev/zero (the CLI settings) exits 2 instead of reading forever', async () => {
  const { root } = diskWorkspace({ '.envsense.json': { link: '/dev/zero' }, '.env': 'A=1\n' });
  const result = await envsense(root, 'check', '.env');
  assert.deepEqual(result, { status: 2, stdout: '', stderr: `envsense: ${join(root, '.envsense.json')}: not a regular file (a character device)\n` });
});

test('walking a folder skips a .env linked to a device and reads no linked template, FIFO team schema or device directive', async () => {
  const { root } = diskWorkspace({
    'app/.env': { link: '/dev/zero' },
    'app/.env.local': 'A=1\nA=2\n',
    'app/.env.example': { link: '/dev/zero' },
    '.envsense/team.json': { fifo: true },
  });
  writeFileSync(join(root, 'app', '.env.production'), '# envsense: schema=/dev/zero\n');
  const result = await envsense(root, 'check', '.');
  assert.equal(result.status, 0);
  assert.equal(
    result.stdout,
    [
      'app/.env.local:1:1 warning duplicate-key A is set again on line 2; the last value wins, so this line has no effect.',
      'app/.env.production:1:20 warning unknown-schema The schema file /dev/zero cannot be used: it is outside the workspace, and only a bundled schema id or a file inside the workspace can be named.',
      '',
    ].join('\n'),
  );
});
