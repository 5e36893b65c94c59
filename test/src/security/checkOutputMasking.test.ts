import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const CLI = resolve(__dirname, '../../../dist/cli.js');

// Synthetic credentials of the real shapes: obviously fake, never a real key.
const PLAIN_TOKEN = 'Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK';
/** Synthetic tokens of the vendors' shapes (random, with GitHub's checksum: samples such as `…EXAMPLE` are not reported as leaks). */
const GH_TOKEN = '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';
const STRIPE_KEY = 'sk_live_Tq7Lm2Vx9Kd4Rb8Nw3Yz6Hc1';

/** A git repository holding `files`, none of them ignored. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'envsense-mask-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  return root;
}

function check(root: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args, '.env'], { encoding: 'utf8', cwd: root });
  return result.stdout + result.stderr;
}

test('check: a key that .env.example lists stays masked in .env, and the file is still a secrets file', () => {
  const root = repository({ '.env.example': 'GITHUB_TOKEN=\n', '.env': `GITHUB_TOKEN='${PLAIN_TOKEN}\n` });
  for (const format of ['text', 'json', 'sarif']) {
    const output = check(root, '--format', format);
    assert.doesNotMatch(output, new RegExp(PLAIN_TOKEN.slice(0, 8)), format);
    assert.match(output, /GITHUB_TOKEN loads a 33-character value/, format);
    assert.match(output, /secret-file-not-ignored/, format);
  }
});

test('check: leaked-format tokens and URL passwords show in no message, whatever the key is called', () => {
  const root = repository({
    '.env': `GH_PAT='${GH_TOKEN}\nSTRIPE_KEY="${STRIPE_KEY}\nBROKER=amqp://guest:p@ss/w#rd@rabbit/\n`,
  });
  const output = check(root);
  assert.doesNotMatch(output, /e71lHFE8l6|Tq7Lm2Vx9K|p@ss|w#rd/);
  assert.match(output, /GH_PAT loads a 41-character value/);
  assert.match(output, /STRIPE_KEY loads a 33-character value/);
  assert.match(output, /secret-file-not-ignored This file holds secrets \(GH_PAT, STRIPE_KEY\)/);
});
