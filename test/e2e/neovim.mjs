// npm run test:e2e:neovim — EnvSense's server in a real second editor (Neovim, from Debian's
// `neovim` package): diagnostics, completion, hover, the outline, go to definition and a rename
// across a family, as Neovim receives and applies them.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const workspace = mkdtempSync(join(tmpdir(), 'envsense-nvim-'));
const resultFile = join(workspace, 'result.json');
writeFileSync(join(workspace, '.env'), '# envsense: schema=flagsmith\nLOG_LEVEL=\nA=1\nA=2\nEXPORT B=1\n');
mkdirSync(join(workspace, 'nav'));
writeFileSync(join(workspace, 'nav/.env'), 'HOST=localhost\nURL=http://${HOST}/\n');
writeFileSync(join(workspace, 'nav/.env.local'), 'HOST=127.0.0.1\nAPI=${HOST}/api\n');

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
assert.deepEqual(result.definition, { reference: ['.env 1:1'], key: ['.env 1:1', '.env.local 1:1'] });
assert.deepEqual(result.renamed, {
  '.env': 'SERVER_HOST=localhost\nURL=http://${SERVER_HOST}/',
  '.env.local': 'SERVER_HOST=127.0.0.1\nAPI=${SERVER_HOST}/api',
});
console.log(`neovim e2e: diagnostics, completion, hover, outline, definition and rename as expected (${Date.now() - started} ms)`);
