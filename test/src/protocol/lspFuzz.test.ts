import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { runStorm } from '../fuzz/lspStorm';

/** A short protocol storm with a fixed seed; `npm run fuzz:lsp` runs long ones with fresh seeds. */
const SEED = 20261129;
const STEPS = 800;
const HUGE_LINE = 2000;

test('after a storm of edits, requests and malformed messages the server is alive, has answered everything, and agrees with a fresh server', async () => {
  const result = await runStorm({ seed: SEED, steps: STEPS, hugeLine: HUGE_LINE, patienceMs: 20_000, reuseVersions: true });
  assert.deepEqual(result.failures, [], `replay: npm run fuzz:lsp -- --seed ${SEED} --storms 1 --steps ${STEPS} --huge ${HUGE_LINE} --reuse-versions`);
  assert.ok(result.requests > STEPS / 4 && result.notifications > STEPS / 4, 'the storm sent both requests and notifications');
  assert.ok(result.matchedAnswers > STEPS / 10, `only ${result.matchedAnswers} non-empty answers were checked against the expected text`);
});
