// The yardstick of every ratio: dotenv.parse (the `dotenv` package) on the same text, in the same run.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { median, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);
const dotenv = require('dotenv');

export const dotenvParse = (text) => dotenv.parse(text);

/** Median ms of dotenv.parse over `texts` (one text, or all of them in turn). */
export function dotenvParseMs(texts) {
  const all = Array.isArray(texts) ? texts : [texts];
  return median(timeRuns(() => all.forEach(dotenvParse), { minRuns: 15, minMs: 500, warmup: 5 }));
}

/**
 * dotenv.parse of `texts` timed in turn with a measurement elsewhere (the server's answers): call
 * `sample()` between that measurement's samples, so that both see the same moments of the machine.
 */
export function dotenvAlongside(texts) {
  const all = Array.isArray(texts) ? texts : [texts];
  for (let i = 0; i < 5; i++) all.forEach(dotenvParse);
  const times = [];
  return {
    sample(count = 3) {
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        all.forEach(dotenvParse);
        times.push(performance.now() - t0);
      }
    },
    median: () => median(times),
  };
}
