import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { toProblem } from '../support/service';
import { codeReadsOf } from '../../../server/out/service/code/codeReads';
import { codeReads } from '../../../server/out/service/rules/codeReads';
import { codeDiagnostics } from '../../../server/out/service/code/codeDiagnostics';
import { codeInput, envContext, projectOf } from './harness';

const ENV_KEYS = 10_000;
const SITES = 20_000;
const HOT_READS = 50_000;


/** .env with 10,000 keys; a page reading 20,000 variables (half of them set); a module reading one key 50,000 times. */
function hostileFiles(): Record<string, string> {
  const env = Array.from({ length: ENV_KEYS }, (_, i) => `KEY_${i}=${i}`).join('\n');
  const page = Array.from({ length: SITES }, (_, i) => `process.env.KEY_${i * 2};`).join('\n');
  const hot = Array.from({ length: HOT_READS }, () => 'process.env.KEY_1;').join('\n');
  return { '/workspace/.env': `${env}\n`, '/workspace/src/page.ts': page, '/workspace/src/hot.ts': hot };
}

test('hostile: 20,000 read sites in one document, 10,000 env keys — bounded findings, the same on a second run', async () => {
  const project = await projectOf(hostileFiles());
  const input = codeInput(project, '/workspace/src/page.ts');
  assert.equal(input.sites.length, SITES);
  const first = codeDiagnostics(input).map(toProblem);
  const again = codeDiagnostics(input).map(toProblem);
  // 15,000 of the 20,000 keys read are set in no file: the first 1,000 and one finding that says how many more.
  assert.equal(first.length, 1_001);
  assert.equal(first[0]?.message.startsWith('KEY_10000 is set in no env file of this project (.env)'), true);
  assert.equal(first[1_000]?.code, 'analysis-limit');
  assert.deepEqual(again, first);
});

test('hostile: a keystroke in a .env of 10,000 keys does not walk the 70,000 read sites again', async () => {
  const project = await projectOf(hostileFiles());
  const context = envContext(project, '/workspace/.env');
  const rule = codeReads.rule!.document!;
  const first = rule(context);
  // The page reads the even keys, the hot module KEY_1: the other odd keys of the file are never read.
  assert.equal(first.length, ENV_KEYS / 2 - 1);
  assert.equal(rule(context).length, first.length);
  assert.equal(codeReadsOf(project.reads), codeReadsOf(project.reads), 'the reads are kept while the index version is the same');
});
