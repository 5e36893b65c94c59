// `envsense check` (dist/cli.js) on a generated repository of 1,000 env files, beside dotenv.parse of them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dotenvAlongside } from './dotenvReference.mjs';
import { spawnNode } from './processes.mjs';
import { bytesOf, heading, median, ms, ratio, report } from './stats.mjs';
import { generateRepository } from './workspace.mjs';

const FILES = 1_000;
const count = (n) => n.toLocaleString('en-US');
const TIMEOUT_MS = 100_000;

/** One `envsense check` in `cwd`: wall ms, exit code, bytes written; killed after TIMEOUT_MS. */
async function runCheck(cliPath, cwd) {
  const t0 = performance.now();
  const { child, exited } = spawnNode([cliPath, 'check'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let bytes = 0;
  child.stdout.on('data', (chunk) => (bytes += chunk.length));
  child.stderr.on('data', () => {});
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  const { code, signal } = await exited;
  clearTimeout(timer);
  return { ms: performance.now() - t0, code, timedOut: signal === 'SIGKILL', bytes };
}

export async function checkSection({ cliPath, tmp }) {
  const dir = join(tmp, 'repository');
  const paths = generateRepository(dir, FILES);
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  const dotenv = dotenvAlongside(texts);
  heading(`envsense check on a git repository of ${count(FILES)} env files (${count(texts.reduce((n, t) => n + t.split('\n').length - 1, 0))} lines; ignored, committed, untracked, templates)`);
  // Runs again while it is quick, so that the median means something without making a slow build take minutes.
  const runs = [];
  const started = performance.now();
  do {
    runs.push(await runCheck(cliPath, dir));
    dotenv.sample(5);
  } while (runs.length < 5 && !runs.at(-1).timedOut && performance.now() - started < 8_000);
  const reference = dotenv.median();
  report(`dotenv.parse of all ${count(FILES)} files`, ms(reference), '(in this process, texts already read)');
  const last = runs.at(-1);
  if (last.timedOut) {
    report('envsense check (wall)', `> ${ms(TIMEOUT_MS)}`, 'killed', { text: '≤ 1 s', met: false });
    return;
  }
  const wall = median(runs.map((run) => run.ms));
  const runsNote = runs.length === 1 ? '1 run' : `median of ${runs.length} runs`;
  report('envsense check (wall, process start to exit)', ms(wall), `${ratio(wall, reference)}  ${runsNote}, exit ${last.code}, ${bytesOf(last.bytes)} of output`, {
    text: '≤ 1 s',
    met: wall <= 1000,
  });
}
