import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreCodeCorpus } from './codeCorpus';

/**
 * The code corpus keeps the code-versus-env-files rules honest on projects people wrote: every
 * finding must be judged, no warning may be noise, a finding labelled real may not disappear, and the
 * noise of the two quiet rules may not grow. `node test/out/corpus/runCodeCorpus.js` prints the figures.
 */
const scored = scoreCodeCorpus();
const where = (f: { repo: string; file: string; line: number; code: string }) => `${f.repo}/${f.file}:${f.line} ${f.code}`;

test('the code corpus holds at least 15 projects', async () => {
  assert.ok((await scored).repositories >= 15);
});

test('every finding on the code corpus has a label', async () => {
  assert.deepEqual((await scored).unlabelled.map(where), []);
});

test('no read-type-mismatch (a warning) is labelled noise', async () => {
  assert.deepEqual((await scored).noise.filter((f) => f.code === 'read-type-mismatch').map(where), []);
});

test('every finding labelled real is still reported', async () => {
  assert.deepEqual((await scored).stale.filter((l) => l.verdict === 'real').map(where), []);
});

test('the noise of read-but-not-set and set-but-never-read stays within what was measured', async () => {
  // Measured: 23 read-but-not-set and 8 set-but-never-read when the corpus was labelled; 3 and 8 once a
  // read the code tests first, or makes in a branch the environment decides, was no longer reported. It may never rise.
  const noise = (await scored).noise.filter((f) => f.code === 'read-but-not-set' || f.code === 'set-but-never-read');
  assert.ok(noise.length <= 11, `${noise.length} noise findings: ${noise.map(where).join(', ')}`);
});
