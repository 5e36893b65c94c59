// npm run test:e2e:vim — EnvSense's server in Vim 9 with ALE (Debian's `vim-nox` and `vim-ale`):
// diagnostics, completion, hover and a code action, as ALE receives them.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const workspace = mkdtempSync(join(tmpdir(), 'envsense-vim-'));
const resultFile = join(workspace, 'result.json');
writeFileSync(join(workspace, '.env'), '# envsense: schema=flagsmith\nLOG_LEVEL=\nA=1\nA=2\nEXPORT B=1\n');

const started = Date.now();
const vim = spawnSync('vim', ['-N', '-u', 'NONE', '-i', 'NONE', '-n', '--not-a-term', '-S', join(root, 'test/e2e/vim.vim')], {
  env: { ...process.env, ENVSENSE_ROOT: root, ENVSENSE_WS: workspace, ENVSENSE_RESULT: resultFile },
  encoding: 'utf8',
  timeout: 90_000,
});
if (vim.error) throw new Error(`vim could not run (${vim.error.message}); install Debian's vim-nox and vim-ale`);
assert.equal(vim.status, 0, `vim exited with ${vim.status}`);
const result = JSON.parse(readFileSync(resultFile, 'utf8'));

assert.deepEqual(result.diagnostics.map((d) => `${d.line} ${d.code}`).sort(), ['3 duplicate-key', '5 ignored-line']);
assert.deepEqual(result.completion, ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']);
assert.match(result.hover, /\*\*LOG_LEVEL\*\* — Flagsmith/);
assert.deepEqual(result.actions, ['Remove this earlier A line']);
console.log(`vim e2e: diagnostics, completion, hover and a code action as expected (${Date.now() - started} ms)`);
