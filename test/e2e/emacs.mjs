// npm run test:e2e:emacs — EnvSense's server in Emacs 28 with eglot (Debian's `emacs-nox` and
// `elpa-eglot`), headless: diagnostics, completion, hover and a code action, as eglot receives them.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const workspace = mkdtempSync(join(tmpdir(), 'envsense-emacs-'));
const resultFile = join(workspace, 'result.json');
writeFileSync(join(workspace, '.env'), '# envsense: schema=flagsmith\nLOG_LEVEL=\nA=1\nA=2\nEXPORT B=1\n');

const started = Date.now();
const emacs = spawnSync('emacs', ['--batch', '-Q', '-l', join(root, 'test/e2e/emacs.el')], {
  env: { ...process.env, ENVSENSE_ROOT: root, ENVSENSE_WS: workspace, ENVSENSE_RESULT: resultFile },
  encoding: 'utf8',
  timeout: 90_000,
});
if (emacs.error) throw new Error(`emacs could not run (${emacs.error.message}); install Debian's emacs-nox and elpa-eglot`);
assert.equal(emacs.status, 0, `emacs exited with ${emacs.status}: ${emacs.stderr.slice(-2000)}`);
const result = JSON.parse(readFileSync(resultFile, 'utf8'));

assert.deepEqual(
  result.diagnostics.map((d) => `${d.line} ${/\[([\w-]+)\]/.exec(d.text)?.[1]}`).sort(),
  ['3 duplicate-key', '5 ignored-line'],
);
assert.deepEqual(result.completion, ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']);
assert.match(result.hover, /\*\*LOG_LEVEL\*\* — Flagsmith/);
assert.deepEqual(result.actions, ['Remove this earlier A line']);
console.log(`emacs e2e: diagnostics, completion, hover and a code action as expected (${Date.now() - started} ms)`);
