import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../../server/out/cli/main';
import { dialectOf } from '../../../server/out/service/dialect';
import { globMatcher } from '../../../server/out/service/globMatcher';
import { DEFAULT_SETTINGS } from '../../../server/out/service/settings';

const PATHOLOGICAL = '*a*a*a*a*a*a*a*b';
const LONG_NAME = 'a'.repeat(250);

test('a pathological secretsFiles glob from the repository does not hang `check` on a long file name', () => {
  const root = mkdtempSync(join(tmpdir(), 'envsense-glob-'));
  writeFileSync(join(root, '.envsense.json'), JSON.stringify({ secretsFiles: [PATHOLOGICAL, 'secrets.py'] }));
  writeFileSync(join(root, LONG_NAME), "A = '1'\nA = '2'\n");
  writeFileSync(join(root, 'secrets.py'), "B = '1'\nB = '2'\n");
  const cwd = process.cwd();
  let out = '';
  let code: number;
  try {
    process.chdir(root);
    code = run(['check', '.'], (t) => (out += t), () => undefined);
  } finally {
    process.chdir(cwd);
  }
  assert.equal(code, 0);
  assert.equal(out, 'secrets.py:1:1 warning duplicate-key B is set again on line 2; the last value wins, so this line has no effect.\n');
});

test('the dialect of a long path under a pathological glob is answered, and the default globs still pick Python files', () => {
  assert.equal(dialectOf(`file:///w/${LONG_NAME}`, [PATHOLOGICAL]), 'dotenv');
  assert.equal(dialectOf(`file:///w/${LONG_NAME}b`, [PATHOLOGICAL]), 'python');
  const python = ['secrets.py', 'app/my_secrets_v2.py', 'settings/local_settings.py', 'a.py.template', 'b.py.example'];
  for (const name of python) assert.equal(dialectOf(`file:///w/${name}`, DEFAULT_SETTINGS.secretsFiles), 'python', name);
  for (const name of ['.env', 'secrets.pyc', 'settings.py', '.env.secrets']) assert.equal(dialectOf(`file:///w/${name}`, DEFAULT_SETTINGS.secretsFiles), 'dotenv', name);
});

test('file globs: names without a slash match the file name; *, ?, **, classes and braces', () => {
  const cases: [string, string, boolean][] = [
    ['*.{env,py}', '/w/x/a.py', true],
    ['*.{env,py}', '/w/x/a.pyc', false],
    ['.env.{local,prod*}', '/w/.env.production', true],
    ['.env.{local,prod*}', '/w/.env.dev', false],
    ['[abc]?.env', '/w/b1.env', true],
    ['[!abc]?.env', '/w/b1.env', false],
    ['[!abc]?.env', '/w/d1.env', true],
    ['**/config/*.env', '/w/config/x.env', true],
    ['**/config/*.env', '/w/config/sub/x.env', false],
    ['/w/**/s.py', '/w/s.py', true],
    ['/w/**/s.py', '/w/a/b/s.py', true],
    ['/w/app/**', '/w/app', true],
    ['x\\*y.env', '/w/x*y.env', true],
    ['x\\*y.env', '/w/xzy.env', false],
    ['*', '/w/line\nbreak.env', true],
  ];
  for (const [glob, path, expected] of cases) assert.equal(globMatcher([glob])(path), expected, `${glob} ~ ${JSON.stringify(path)}`);
});

test('a glob of 200,000 unclosed braces or brackets is refused at once and the other globs still match', () => {
  const matcher = globMatcher(['{'.repeat(200_000), '['.repeat(200_000), 'secrets.py']);
  assert.equal(matcher('/w/secrets.py'), true);
  assert.equal(matcher(`/w/${'{'.repeat(10)}`), false);
});
