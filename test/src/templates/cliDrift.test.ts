import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { folderWith } from '../support/cliRun';

/** `envsense check` reports drift, so that a commit hook or CI catches a template that fell behind. */
const CLI = resolve(__dirname, '../../../dist/cli.js');
const PASSWORD = 'Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK';

const check = (root: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { encoding: 'utf8', cwd: root });

test('check reports both directions of drift, for dotenv and Python, as information (exit 0), with no value shown', () => {
  const root = folderWith({
    '.env': `PORT=3000\nDB_PASSWORD=${PASSWORD}\n`,
    '.env.example': 'PORT=\nSENTRY_DSN=\n',
    'app/secrets.py': `SECRET_KEY = '${PASSWORD}'\n`,
    'app/secrets.py.template': "SECRET_KEY = ''\nDEBUG = False\n",
  });
  const result = check(root);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stdout,
    [
      '.env:1:1 information template-key-not-set Listed in .env.example but not set in this file: SENTRY_DSN.',
      '.env:2:1 information missing-from-template DB_PASSWORD is not in .env.example: whoever sets up the project from .env.example will not know to set it.',
      'app/secrets.py:1:1 information template-key-not-set Listed in secrets.py.template but not set in this file: DEBUG.',
      '',
    ].join('\n'),
  );
  assert.ok(!result.stdout.includes(PASSWORD));
});

test('a team that wants CI to fail on drift raises the codes in .envsense.json: exit 1', () => {
  const root = folderWith({
    '.env': 'PORT=3000\nNEW_KEY=1\n',
    '.env.example': 'PORT=\n',
    '.envsense.json': '{ "rules": { "missing-from-template": "error" } }',
  });
  const result = check(root, '.env');
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '.env:2:1 error missing-from-template NEW_KEY is not in .env.example: whoever sets up the project from .env.example will not know to set it.\n');
});

test('check --fix never writes the template: drift fixes are the user\'s choice', () => {
  const root = folderWith({ '.env': 'PORT=3000\nNEW_KEY=1\n', '.env.example': 'PORT=\n' });
  const result = check(root, '--fix', '.env');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /missing-from-template/);
  assert.equal(readFileSync(join(root, '.env.example'), 'utf8'), 'PORT=\n');
});
