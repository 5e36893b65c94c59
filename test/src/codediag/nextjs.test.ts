import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeFixes, codeProblems, envFixes, envProblems, projectOf } from './harness';

const PAGE = [
  "export default function Page() {",
  "  const api = process.env.API_URL;",
  "  const missing = process.env.MISSING;",
  "  const titled = process.env.WITH_DEFAULT || 'x';",
  "  return <main>{api}{missing}{titled}</main>;",
  "}",
  "",
].join('\n');

const FILES = {
  '/workspace/package.json': JSON.stringify({ dependencies: { next: '14.2.0', react: '18.3.0' } }),
  '/workspace/src/app/page.tsx': PAGE,
  '/workspace/.env': 'API_URL=https://api.example.com\nUNUSED_KEY=1\n',
  '/workspace/.env.example': '# Copy to .env\nAPI_URL=\n',
};

test('Next.js: a key the page reads that no env file sets, on the read site, as information naming the files looked at', async () => {
  const project = await projectOf(FILES);
  assert.deepEqual(codeProblems(project, '/workspace/src/app/page.tsx'), [
    {
      code: 'read-but-not-set',
      at: '3:31-3:38',
      message: 'MISSING is set in no env file of this project (.env, .env.example): unless the environment provides it, process.env.MISSING is undefined here.',
      severity: 3,
    },
  ]);
});

test('Next.js: the fix adds the key to .env.example, after the key the page reads before it', async () => {
  const project = await projectOf(FILES);
  assert.deepEqual(codeFixes(project, '/workspace/src/app/page.tsx'), [
    { title: 'Add MISSING to .env.example', files: { '/workspace/.env.example': '# Copy to .env\nAPI_URL=\nMISSING=\n' } },
  ]);
});

test('Next.js: a key of .env that no code reads is a hint on its key, with a fix that comments it out', async () => {
  const project = await projectOf(FILES);
  assert.deepEqual(
    envProblems(project, '/workspace/.env').filter((p) => p.code === 'set-but-never-read'),
    [
      {
        code: 'set-but-never-read',
        at: '2:1-2:11',
        message: 'No code reads UNUSED_KEY: the one file of this project that reads environment variables does not name it, nor does any other code of the workspace.',
        severity: 4,
      },
    ],
  );
  assert.deepEqual(envFixes(project, '/workspace/.env', 'set-but-never-read'), [{ title: 'Comment out UNUSED_KEY', result: 'API_URL=https://api.example.com\n# UNUSED_KEY=1\n' }]);
  assert.deepEqual(envProblems(project, '/workspace/.env.example').filter((p) => p.code === 'set-but-never-read'), []);
});
