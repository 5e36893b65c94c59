import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { diskWorkspace } from '../support/diskWorkspace';
import { cli, folderWith } from '../support/cliRun';

const CLI = resolve(__dirname, '../../../dist/cli.js');

/** The Next.js app: `.env`, `.env.local`, `.env.production` and a committed `.env.example`. */
const NEXT_APP = {
  'package.json': JSON.stringify({ dependencies: { next: '^14.2.0' } }),
  '.env': 'API_URL=http://localhost:3000\nPORT=3000\nLOG=debug\nDB_PASSWORD=base-password-1234\n',
  '.env.local': 'API_URL=http://local:3000\nDB_PASSWORD=local-password-5678\n',
  '.env.production': 'API_URL=https://api.example.com\nPORT=8080\nLOG=warn\n',
  '.env.example': 'API_URL=\nPORT=\nLOG=\nDB_PASSWORD=\nONLY_IN_EXAMPLE=x\n',
};

test('print --env production --json: the documented Next.js winner of each key, with the file it comes from', () => {
  const root = folderWith(NEXT_APP);
  const result = cli('print', '--env', 'production', '--json', root);
  assert.equal(result.code, 0, result.err);
  assert.deepEqual(JSON.parse(result.out), {
    loader: 'nextjs',
    environment: 'production',
    files: ['.env.local', '.env.production', '.env'],
    variables: { API_URL: 'http://local:3000', DB_PASSWORD: 'local-password-5678', PORT: '8080', LOG: 'warn' },
    sources: { API_URL: '.env.local', DB_PASSWORD: '.env.local', PORT: '.env.production', LOG: '.env.production' },
  });
  assert.equal(result.err, '');
});

test('print --env test: .env.local is not loaded in test; .env.example never is', () => {
  const root = folderWith(NEXT_APP);
  const result = cli('print', '--env', 'test', '--json', root);
  assert.deepEqual(JSON.parse(result.out).variables, { API_URL: 'http://localhost:3000', PORT: '3000', LOG: 'debug', DB_PASSWORD: 'base-password-1234' });
});

test('print --env without --json: a dotenv file, each line saying where its value comes from', () => {
  const root = folderWith({ ...NEXT_APP, '.env.production': 'API_URL=https://api.example.com\nGREETING=hello world\n' });
  assert.equal(
    cli('print', '--env', 'production', root).out,
    [
      '# Next.js, production: .env.local, .env.production, .env (the first file that sets a key wins)',
      'API_URL=http://local:3000  # .env.local',
      'DB_PASSWORD=local-password-5678  # .env.local',
      'GREETING="hello world"  # .env.production',
      'PORT=3000  # .env',
      'LOG=debug  # .env',
      '',
    ].join('\n'),
  );
});

test('print --env in the working directory by default, as the dist CLI', () => {
  const root = folderWith(NEXT_APP);
  const result = spawnSync(process.execPath, [CLI, 'print', '--env', 'development', '--json'], { encoding: 'utf8', cwd: root });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).files, ['.env.local', '.env']);
});

test('named files: only those count, in the loader’s order whatever the order given', () => {
  const root = folderWith(NEXT_APP);
  const result = cli('print', '--env', 'production', '--json', join(root, '.env'), join(root, '.env.production'));
  assert.deepEqual(JSON.parse(result.out).files, ['.env.production', '.env']);
  assert.equal(JSON.parse(result.out).variables.API_URL, 'https://api.example.com');
});

test('--loader names the loader (Vite: a later file wins; modes are any name); the setting does too', () => {
  const root = folderWith({ ...NEXT_APP, '.env.staging': 'API_URL=https://staging\n' });
  const vite = JSON.parse(cli('print', '--env', 'production', '--loader', 'vite', '--json', root).out);
  assert.deepEqual(vite.files, ['.env', '.env.local', '.env.production']);
  assert.deepEqual(vite.sources, { API_URL: '.env.production', PORT: '.env.production', LOG: '.env.production', DB_PASSWORD: '.env.local' });
  assert.deepEqual(JSON.parse(cli('print', '--env', 'qa', '--loader', 'vite', '--json', root).out).files, ['.env', '.env.local']);
  writeFileSync(join(root, '.envsense.json'), JSON.stringify({ loader: 'dotenv-flow' }));
  const result = spawnSync(process.execPath, [CLI, 'print', '--env', 'staging', '--json'], { encoding: 'utf8', cwd: root });
  assert.equal(JSON.parse(result.stdout).loader, 'dotenv-flow');
  assert.deepEqual(JSON.parse(result.stdout).files, ['.env', '.env.local', '.env.staging']);
});

test('--reader reads each file with another reader; the loader still decides the order', () => {
  const root = folderWith({ 'package.json': NEXT_APP['package.json'], '.env': 'A=x#1\n', '.env.local': 'B=y#2\n' });
  assert.deepEqual(JSON.parse(cli('print', '--env', 'development', '--json', root).out).variables, { B: 'y', A: 'x' });
  assert.deepEqual(JSON.parse(cli('print', '--env', 'development', '--reader', 'python-dotenv', '--json', root).out).variables, { B: 'y#2', A: 'x#1' });
});

test('bad input exits 2 with one line: an environment the loader lacks, no loader known, unknown names, files of two folders', () => {
  const root = folderWith({ ...NEXT_APP, 'sub/.env': 'A=1\n', 'plain/.env': 'A=1\n', 'plain/.env.local': 'A=2\n' });
  assert.deepEqual(cli('print', '--env', 'staging', root), { code: 2, out: '', err: "envsense: Next.js has no environment 'staging'; it has development, production, test\n" });
  const none = cli('print', '--env', 'production', join(root, 'plain'));
  assert.equal(none.code, 2);
  assert.match(none.err, /^envsense: no loader is known for .*plain: the folder shows none of the dependencies next, vite/);
  assert.deepEqual(cli('print', '--env', 'production', '--loader', 'bun', root), { code: 2, out: '', err: "envsense: --loader must be one of nextjs, vite, dotenv-flow, symfony, rails, compose, dotenv, python-dotenv, not 'bun'\n" });
  assert.equal(cli('print', '--loader', 'vite', join(root, '.env')).err, 'envsense: --loader goes with --env\n');
  assert.match(cli('print', '--env', 'production', join(root, '.env'), join(root, 'sub', '.env')).err, /^envsense: --env reads one family: the files must lie in one folder/);
  assert.equal(cli('print', '--env', 'production', '--override', root).err, 'envsense: --override does not go with --env: the loader decides which file wins\n');
});

test('a member linked out of the folder is not read: print --env refuses with the reason, printing nothing', () => {
  const dirs = diskWorkspace({ 'package.json': NEXT_APP['package.json'], '.env': 'A=1\n', '.env.local': { link: '../outside/stolen.env' } }, { 'stolen.env': 'A=outside-value\n' });
  const result = spawnSync(process.execPath, [CLI, 'print', '--env', 'development'], { encoding: 'utf8', cwd: dirs.root });
  assert.equal(result.status, 2);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `envsense: ${join(dirs.root, '.env.local')}: not read: it leads out of the workspace through a symbolic link, which EnvSense does not follow\n`);
});

test('print without --env is unchanged: the first file wins, --override the last', () => {
  const root = folderWith(NEXT_APP);
  assert.deepEqual(JSON.parse(cli('print', '--json', join(root, '.env.local'), join(root, '.env')).out).API_URL, 'http://local:3000');
  assert.deepEqual(JSON.parse(cli('print', '--json', '--override', join(root, '.env.local'), join(root, '.env')).out).API_URL, 'http://localhost:3000');
});
