import { parseArgs } from 'node:util';
import { runStorm } from './lspStorm';

/**
 * `npm run fuzz:lsp -- [--storms N | --seconds S] [--seed S] [--steps N] [--huge N] [--reuse-versions]`:
 * storms against the built server, each with its own seed (seed, seed + 1, …), until the count or the
 * time is reached.
 * A failing storm prints its seed and the command that replays exactly that storm.
 */
const { values } = parseArgs({
  options: {
    storms: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string' },
    steps: { type: 'string', default: '2000' },
    huge: { type: 'string', default: '20000' },
    'reuse-versions': { type: 'boolean', default: false },
  },
});

const number = (name: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    process.stderr.write(`--${name} must be a whole number, not ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return value;
};

const firstSeed = number('seed', values.seed, Date.now() % 1_000_000_000);
const steps = number('steps', values.steps, 2000);
const hugeLine = number('huge', values.huge, 20_000);
const seconds = number('seconds', values.seconds, 0);
const storms = number('storms', values.storms, seconds > 0 ? Number.POSITIVE_INFINITY : 20);

async function main(): Promise<number> {
  const started = Date.now();
  let requests = 0;
  let notifications = 0;
  let matchedAnswers = 0;
  let run = 0;
  const serverErrors = new Set<string>();
  while (run < storms && (seconds === 0 || Date.now() - started < seconds * 1000)) {
    const seed = firstSeed + run;
    const result = await runStorm({ seed, steps, hugeLine, patienceMs: 60_000, reuseVersions: values['reuse-versions'] });
    run += 1;
    requests += result.requests;
    notifications += result.notifications;
    matchedAnswers += result.matchedAnswers;
    result.serverErrors.forEach((line) => serverErrors.add(line));
    if (result.failures.length > 0) {
      console.log(`FAILED: storm with seed ${seed} (${steps} steps, huge lines of ${hugeLine}):`);
      for (const failure of result.failures.slice(0, 20)) console.log(`  ${failure}`);
      if (result.failures.length > 20) console.log(`  … and ${result.failures.length - 20} more`);
      console.log(`replay: npm run fuzz:lsp -- --seed ${seed} --storms 1 --steps ${steps} --huge ${hugeLine}${values['reuse-versions'] ? ' --reuse-versions' : ''}`);
      return 1;
    }
    process.stdout.write(`storm ${run} (seed ${seed}): clean\n`);
  }
  console.log(`${run} storms from seed ${firstSeed}: ${requests} requests and ${notifications} notifications, all answered (${matchedAnswers} non-empty answers equal to the service's on the expected text), no crash, final diagnostics equal a fresh server's (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (serverErrors.size > 0) console.log(`handlers that failed on malformed params (answered empty, logged):\n  ${[...serverErrors].join('\n  ')}`);
  return 0;
}

main().then((code) => process.exit(code));
