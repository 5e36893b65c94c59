import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemsOf } from '../support/service';
import { codeReads } from '../../../server/out/service/rules/codeReads';
import { envContext, envProblems, projectOf, type Project } from './harness';

const unread = (project: Project, path: string) =>
  envProblems(project, path)
    .filter((p) => p.code === 'set-but-never-read')
    .map((p) => p.message.slice(0, p.message.indexOf(':')));

const APP = { '/workspace/.env': 'API_URL=x\nUNUSED=1\n', '/workspace/src/a.ts': 'fetch(process.env.API_URL);\n' };

test('the control: a key no code reads is reported', async () => {
  assert.deepEqual(unread(await projectOf(APP), '/workspace/.env'), ['No code reads UNUSED']);
});

test('one read that names no key in the project silences the whole file', async () => {
  for (const dynamic of [
    'export const all = { ...process.env };',
    'export const one = (name: string) => process.env[name];',
    "import { ConfigService } from '@nestjs/config';",
    'export const env = cleanEnv(process.env, {});',
  ]) {
    const project = await projectOf({ ...APP, '/workspace/src/config.ts': dynamic });
    assert.deepEqual(unread(project, '/workspace/.env'), [], dynamic);
  }
  const python = await projectOf({ '/workspace/.env': 'UNUSED=1\n', '/workspace/app.py': "import os\nA = os.environ['A']\nchild_env = {**os.environ}\n" });
  assert.deepEqual(unread(python, '/workspace/.env'), []);
});

test('a dynamic read in another project of the workspace does not silence this one', async () => {
  const project = await projectOf({
    '/workspace/api/.env': 'API_URL=x\nUNUSED=1\n',
    '/workspace/api/server.js': 'listen(process.env.API_URL);\n',
    '/workspace/web/config.js': 'module.exports = (name) => process.env[name];\n',
  });
  assert.deepEqual(unread(project, '/workspace/api/.env'), ['No code reads UNUSED']);
});

test('nothing is said without a complete index, without code in the file’s folder, or without an index at all', async () => {
  // An index whose walk stopped at a bound, as the rule sees it.
  const app = await projectOf(APP);
  const truncated = { truncated: true, version: 0, entries: () => app.reads.entries() };
  assert.deepEqual(codeReads.rule!.document!({ ...envContext(app, '/workspace/.env'), code: { ...envContext(app, '/workspace/.env').code!, reads: truncated } }), []);
  const noCodeHere = await projectOf({ '/workspace/docker/.env': 'UNUSED=1\n', '/workspace/app/a.ts': 'process.env.A;\n' });
  assert.deepEqual(unread(noCodeHere, '/workspace/docker/.env'), []);
  assert.deepEqual(problemsOf('UNUSED=1\n').filter((p) => p.code === 'set-but-never-read'), []);
});

test('keys something else reads are not reported', async () => {
  const project = await projectOf({
    '/workspace/package.json': JSON.stringify({ dependencies: { next: '14.2.0', '@sentry/nextjs': '8.0.0' } }),
    '/workspace/.env': [
      'NEXT_PUBLIC_SITE_NAME=Shop',
      'NODE_OPTIONS=--max-old-space-size=4096',
      'SENTRY_DSN=https://public@sentry.example.com/1',
      'OPENAI_API_KEY=sk-test',
      'DB_USER=shop',
      'DATABASE_URL=postgres://${DB_USER}@db/shop',
      'REDIS_PASSWORD=local',
      'CACHE_TTL=60',
      'REALLY_UNUSED=1',
      '',
    ].join('\n'),
    '/workspace/docker-compose.yml': 'services:\n  redis:\n    image: redis\n    command: redis-server --requirepass ${REDIS_PASSWORD}\n',
    '/workspace/src/db.ts': 'connect(process.env.DATABASE_URL);\n',
    '/workspace/settings.py': 'import environ\nenv = environ.Env(CACHE_TTL=(int, 60))\n',
  });
  assert.deepEqual(unread(project, '/workspace/.env'), ['No code reads REALLY_UNUSED']);
});

test('a file compose hands whole to a container is not judged; a template is', async () => {
  const composed = await projectOf({ ...APP, '/workspace/compose.yaml': 'services:\n  web:\n    build: .\n    env_file: .env\n' });
  assert.deepEqual(unread(composed, '/workspace/.env'), []);
  const template = await projectOf({ ...APP, '/workspace/.env.example': 'API_URL=\nOLD_KEY=\n' });
  assert.deepEqual(unread(template, '/workspace/.env.example'), ['No code reads OLD_KEY']);
});

test('when the code changes, the next keystroke in .env sees it (the reads are kept per index version)', async () => {
  const project = await projectOf(APP);
  assert.deepEqual(unread(project, '/workspace/.env'), ['No code reads UNUSED']);
  project.reads.update('/workspace/src/a.ts', 'fetch(process.env.API_URL + process.env.UNUSED);\n');
  assert.deepEqual(unread(project, '/workspace/.env'), []);
  project.reads.update('/workspace/src/a.ts', 'fetch(process.env[key]);\n');
  project.reads.update('/workspace/src/b.ts', 'fetch(process.env.API_URL);\n');
  assert.deepEqual(unread(project, '/workspace/.env'), []);
});
