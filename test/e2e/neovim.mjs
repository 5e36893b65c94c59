// npm run test:e2e:neovim — EnvSense's server in a real second editor (Neovim, from Debian's
// `neovim` package): diagnostics, completion, hover and the outline, as Neovim receives them.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const workspace = mkdtempSync(join(tmpdir(), 'envsense-nvim-'));
const resultFile = join(workspace, 'result.json');
writeFileSync(join(workspace, '.env'), '# envsense: schema=flagsmith\nLOG_LEVEL=\nA=1\nA=2\nEXPORT B=1\n');

const started = Date.now();
const nvim = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(root, 'test/e2e/neovim.lua')}`], {
  env: { ...process.env, ENVSENSE_ROOT: root, ENVSENSE_WS: workspace, ENVSENSE_RESULT: resultFile },
  encoding: 'utf8',
  timeout: 60_000,
});
if (nvim.error) throw new Error(`nvim could not run (${nvim.error.message}); install Debian's neovim package`);
assert.equal(nvim.status, 0, `nvim exited with ${nvim.status}: ${nvim.stderr}`);
const result = JSON.parse(readFileSync(resultFile, 'utf8'));

assert.equal(result.diagnosed, true, 'diagnostics arrived');
assert.deepEqual(
  result.diagnostics.map((d) => `${d.line} ${d.code}`).sort(),
  ['3 duplicate-key', '5 ignored-line'],
);
assert.deepEqual(result.completion, ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']);
assert.match(result.hover, /\*\*LOG_LEVEL\*\* — Flagsmith/);
assert.deepEqual(result.symbols, ['LOG_LEVEL', 'A', 'A']);
console.log(`neovim e2e: diagnostics, completion, hover and outline as expected (${Date.now() - started} ms)`);
