// The yardstick of every ratio: dotenv.parse (the `dotenv` package) on the same text, in the same run.
import { createRequire } from 'node:module';
import { median, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);
const dotenv = require('dotenv');

export const dotenvParse = (text) => dotenv.parse(text);

/** Median ms of dotenv.parse over `texts` (one text, or all of them in turn). */
export function dotenvParseMs(texts) {
  const all = Array.isArray(texts) ? texts : [texts];
  return median(timeRuns(() => all.forEach(dotenvParse), { minRuns: 15, minMs: 500, warmup: 5 }));
}
