import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/out/service';
import { codeDiagnostics } from '../../../server/out/service/code/codeDiagnostics';
import { codeDocumentActions } from '../../../server/out/service/code/codeDocumentActions';
import { codeFixes, codeInput, codeProblems, projectOf } from './harness';

const unset = async (files: Record<string, string>, path: string, open?: Record<string, string>) => {
  const project = await projectOf(files);
  for (const [file, text] of Object.entries(open ?? {})) project.open.set(file, text);
  return codeProblems(project, path)
    .filter((p) => p.code === 'read-but-not-set')
    .map((p) => p.message.slice(0, p.message.indexOf(' ')));
};

test('a read with a fallback is not reported, in every form', async () => {
  const files = {
    '/workspace/.env': 'SET=1\n',
    '/workspace/a.ts': [
      "const a = process.env.A || 'a';",
      "const b = process.env.B ?? 'b';",
      'const { C = 1, D: d = 2 } = process.env;',
      'const e = process.env.E;',
      '',
    ].join('\n'),
    '/workspace/b.py': [
      'import os, environ',
      'env = environ.Env()',
      "f = os.environ.get('F', 'f')",
      "g = os.getenv('G', default='g')",
      "h = env.bool('H', default=False)",
      "i = os.environ['I']",
      '',
    ].join('\n'),
  };
  assert.deepEqual(await unset(files, '/workspace/a.ts'), ['E']);
  assert.deepEqual(await unset(files, '/workspace/b.py'), ['I']);
});

test('what the code gets for an unset variable, by how it reads it', async () => {
  const files = {
    '/workspace/.env': 'SET=1\n',
    '/workspace/b.py': "import os, environ\nenv = environ.Env()\na = os.environ['A']\nb = os.environ.get('B')\nc = os.getenv('C')\nd = env('D')\n",
    '/workspace/v.ts': 'const v = import.meta.env.VITE_X;\nconst d = Deno.env.get("DENO_X");\n',
  };
  const project = await projectOf(files);
  const tails = (path: string) => codeProblems(project, path).map((p) => p.message.slice(p.message.indexOf('unless')));
  assert.deepEqual(tails('/workspace/b.py'), [
    "unless the environment provides it, os.environ['A'] raises KeyError here.",
    "unless the environment provides it, os.environ.get('B') returns None here.",
    "unless the environment provides it, os.getenv('C') returns None here.",
    "unless the environment provides it, env('D') raises ImproperlyConfigured here.",
  ]);
  assert.deepEqual(tails('/workspace/v.ts'), [
    'unless the environment provides it, import.meta.env.VITE_X is undefined here.',
    "unless the environment provides it, Deno.env.get('DENO_X') returns undefined here.",
  ]);
});

test('variables the platform or the toolchain sets are never reported', async () => {
  const files = {
    '/workspace/.env': 'SET=1\n',
    '/workspace/a.ts': [
      'process.env.NODE_ENV;',
      'process.env.PORT;',
      'process.env.CI;',
      'process.env.VERCEL_URL;',
      'process.env.GITHUB_SHA;',
      'process.env.NEXT_RUNTIME;',
      'process.env.npm_package_version;',
      'import.meta.env.MODE;',
      'import.meta.env.DEV;',
      'process.env.MODE;',
      '',
    ].join('\n'),
  };
  // `MODE` is Vite's only in import.meta.env.
  assert.deepEqual(await unset(files, '/workspace/a.ts'), ['MODE']);
});

test('nothing is compared without an env file; the env files of every folder up to the root count, commented-out keys too', async () => {
  assert.deepEqual(await unset({ '/workspace/a.ts': 'process.env.NOWHERE;\n' }, '/workspace/a.ts'), []);
  const monorepo = {
    '/workspace/.env': 'SHARED=1\n',
    '/workspace/apps/web/.env.example': '# OPTIONAL_KEY=\nWEB=\n',
    '/workspace/apps/web/src/a.ts': 'process.env.SHARED; process.env.WEB; process.env.OPTIONAL_KEY; process.env.NOWHERE;\n',
  };
  const project = await projectOf(monorepo);
  assert.deepEqual(
    codeProblems(project, '/workspace/apps/web/src/a.ts').map((p) => p.message),
    ['NOWHERE is set in no env file of this project (apps/web/.env.example, .env): unless the environment provides it, process.env.NOWHERE is undefined here.'],
  );
});

test('a key a compose file names, or a schema of the project gives a default, is provided', async () => {
  const files = {
    '/workspace/package.json': JSON.stringify({ dependencies: { express: '4.0.0' } }),
    '/workspace/.env': 'SET=1\n',
    '/workspace/docker-compose.yml': 'services:\n  web:\n    environment:\n      - FROM_COMPOSE=1\n',
    '/workspace/a.ts': 'process.env.FROM_COMPOSE;\nprocess.env.UV_THREADPOOL_SIZE;\nprocess.env.NOWHERE;\n',
  };
  assert.deepEqual(await unset(files, '/workspace/a.ts'), ['NOWHERE']);
});

test('an env file open in the editor is read as the editor has it', async () => {
  const files = { '/workspace/.env': 'SET=1\n', '/workspace/a.ts': 'process.env.NEW_KEY;\n' };
  assert.deepEqual(await unset(files, '/workspace/a.ts'), ['NEW_KEY']);
  assert.deepEqual(await unset(files, '/workspace/a.ts', { '/workspace/.env': 'SET=1\nNEW_KEY=\n' }), []);
});

test('the severity is the setting’s', async () => {
  const project = await projectOf({ '/workspace/.env': 'SET=1\n', '/workspace/a.ts': 'process.env.X;\n' }, { settings: { ...DEFAULT_SETTINGS, rules: { 'read-but-not-set': 'warning' } } });
  assert.deepEqual(
    codeProblems(project, '/workspace/a.ts').map((p) => p.severity),
    [2],
  );
});

test('the fix: .env without a template, `export KEY=` where the template exports, none where the file is not plain UTF-8', async () => {
  const code = 'const a = process.env.A;\nconst x = process.env.X;\n';
  const plain = await projectOf({ '/workspace/.env': 'A=1\nB=2\n', '/workspace/a.ts': code });
  assert.deepEqual(codeFixes(plain, '/workspace/a.ts'), [{ title: 'Add X to .env', files: { '/workspace/.env': 'A=1\nX=\nB=2\n' } }]);
  const exported = await projectOf({ '/workspace/.env.sample': 'export A=\n', '/workspace/a.ts': code });
  assert.deepEqual(codeFixes(exported, '/workspace/a.ts'), [{ title: 'Add X to .env.sample', files: { '/workspace/.env.sample': 'export A=\nexport X=\n' } }]);
  const broken = await projectOf({ '/workspace/.env.example': 'A=\uFFFD\n', '/workspace/a.ts': code });
  assert.deepEqual(codeFixes(broken, '/workspace/a.ts'), []);
});

test('a fix only for a diagnostic the current text still gives, and only when quick fixes are asked for', async () => {
  const project = await projectOf({ '/workspace/.env': 'A=1\n', '/workspace/a.ts': 'const x = process.env.X;\n' });
  const input = codeInput(project, '/workspace/a.ts');
  const diagnostics = codeDiagnostics(input);
  assert.deepEqual(codeDocumentActions(input, { diagnostics }).map((action) => action.title), ['Add X to .env']);
  assert.deepEqual(codeDocumentActions(input, { diagnostics, only: ['source'] }), []);
  const stale = diagnostics.map((diagnostic) => ({ ...diagnostic, range: { start: diagnostic.range.start, end: { ...diagnostic.range.end, character: diagnostic.range.end.character + 1 } } }));
  assert.deepEqual(codeDocumentActions(input, { diagnostics: stale }), []);
});
