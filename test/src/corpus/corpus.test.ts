import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreCorpus } from './corpusScore';
import { secretlintHits } from './secretlintRun';
import { secretsSideBySide } from './secretsSideBySide';

/**
 * The labelled corpus keeps EnvSense honest on files people wrote: no error or warning may come back
 * that is labelled noise or that has no label at all (a new one must be judged and labelled), and
 * none labelled real may disappear. `npm run corpus` prints the figures.
 */
const score = scoreCorpus();

test('the corpus holds at least 300 files from 250 repositories', () => {
  assert.ok(score.files >= 300, `${score.files} files`);
  assert.ok(score.repositories >= 250, `${score.repositories} repositories`);
});

test('no error on the corpus is labelled noise', () => {
  assert.deepEqual(score.falseErrors.map((f) => `${f.repo}/${f.file}:${f.line} ${f.code}`), []);
});

test('every error and warning on the corpus has a label', () => {
  assert.deepEqual(score.unlabelled.map((f) => `${f.repo}/${f.file}:${f.line} ${f.severity} ${f.code}`), []);
});

test('every problem labelled real is still reported', () => {
  assert.deepEqual(score.realLost.map((l) => `${l.repo}/${l.file}:${l.line} ${l.code}`), []);
});

test('no warning labelled noise comes back beyond those known today', () => {
  // Lower it as the rules get better; it may never rise.
  assert.ok(score.noise <= 6, `${score.noise} noise warnings: ${score.noiseReported.map((f) => `${f.repo}/${f.file}:${f.line} ${f.code}`).join(', ')}`);
});

test('on leaked credentials EnvSense is more precise and finds more than secretlint with its recommended preset, on the same files', async () => {
  const { envsense, secretlint } = secretsSideBySide(await secretlintHits());
  assert.ok(envsense.real / envsense.reported > secretlint.real / secretlint.reported, `precision ${envsense.real}/${envsense.reported} vs ${secretlint.real}/${secretlint.reported}`);
  assert.ok(envsense.real > secretlint.real, `recall ${envsense.real} vs ${secretlint.real} of ${envsense.labelled}`);
});
