import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../../server/out/cli/main';

/**
 * `envsense print --env` against the real loaders where Debian has them: python-dotenv's
 * `load_dotenv` calls (first call wins, `override=True` wins over earlier ones) and Ruby dotenv's
 * `Dotenv.load(*files)` in the order dotenv-rails gives it (the first file wins). Each runs with an
 * empty environment, so the variables it ends with are exactly what the files gave. Skipped with the
 * reason where the reader is missing, except in CI (ENVSENSE_REQUIRE_READERS=1).
 */
const PYTHON = '/usr/bin/python3';
const RUBY = '/usr/bin/ruby';
const required = process.env['ENVSENSE_REQUIRE_READERS'] === '1';
const runs = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;
const pythonSkip = runs(PYTHON, ['-c', 'import dotenv']) || required ? false : 'python3-dotenv is not installed (apt-get install python3-dotenv)';
const rubySkip = runs(RUBY, ['-e', 'require "dotenv"']) || required ? false : 'Ruby dotenv is not installed (apt-get install ruby ruby-dotenv)';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'envsense-real-loader-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

function printed(...argv: string[]): Record<string, string> {
  let out = '';
  let err = '';
  const code = run(['print', '--json', ...argv], (t) => (out += t), (t) => (err += t));
  assert.equal(code, 0, err);
  return (JSON.parse(out) as { variables: Record<string, string> }).variables;
}

const FAMILY = {
  '.env': 'A=base\nB=base\nEMPTY_LATER=set\nBARE=base\nONLY_BASE=1\n',
  '.env.local': 'A=local\nC=local\nEMPTY_LATER=\nBARE\n',
  '.env.development': 'A=dev\nB=dev\nD=dev\n',
  '.env.development.local': 'D=dev-local\nE=dev-local\n',
  '.env.test': 'A=test\n',
};

test('python-dotenv: print --env default gives what the module’s load_dotenv calls leave in os.environ', { skip: pythonSkip }, () => {
  const calls = "load_dotenv('.env.local')\nload_dotenv('.env.development', override=True)\nload_dotenv(dotenv_path='.env')\n";
  const root = folder({ ...FAMILY, 'app.py': `from dotenv import load_dotenv\n${calls}` });
  const script = `import json, os\nos.chdir(${JSON.stringify(root)})\nos.environ.clear()\nfrom dotenv import load_dotenv\n${calls}print(json.dumps(dict(os.environ)))\n`;
  const real = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8', env: {} });
  assert.equal(real.status, 0, real.stderr);
  assert.deepEqual(printed('--env', 'default', root), JSON.parse(real.stdout));
});

for (const environment of ['development', 'test', 'production']) {
  test(`Rails: print --env ${environment} gives what Dotenv.load leaves in ENV with dotenv-rails's files`, { skip: rubySkip }, () => {
    const root = folder({ ...FAMILY, Gemfile: "gem 'rails'\ngem 'dotenv-rails'\n" });
    const files = [`.env.${environment}.local`, ...(environment === 'test' ? [] : ['.env.local']), `.env.${environment}`, '.env'].map((name) => join(root, name));
    const script = `require "dotenv"\nrequire "json"\nENV.clear\nDotenv.load(*${JSON.stringify(files)})\nputs JSON.generate(ENV.to_h)\n`;
    const real = spawnSync(RUBY, ['-e', script], { encoding: 'utf8', env: { LANG: 'C.UTF-8' } });
    assert.equal(real.status, 0, real.stderr);
    const ours = printed('--env', environment, root);
    // Ruby dotenv reads `BARE` alone as nothing, as EnvSense's port does.
    assert.deepEqual(ours, JSON.parse(real.stdout) as Record<string, string>);
  });
}
