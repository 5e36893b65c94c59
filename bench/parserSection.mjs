// EnvSense's lossless parser beside dotenv.parse (default and { fast: true }) on the same text.
import { createRequire } from 'node:module';
import { realisticFile } from './realisticFile.mjs';
import { heading, timeInTurn } from './stats.mjs';

const require = createRequire(import.meta.url);
const dotenv = require('dotenv');
const { parse } = require('../server/out/service/index.js');

export function parserSection() {
  heading('parser: EnvSense parse beside dotenv.parse on the same realistic file (median ms, the three timed in turn)');
  const parsers = [(text) => parse(text, 'dotenv'), (text) => dotenv.parse(text), (text) => dotenv.parse(text, { fast: true })];
  console.log('  lines     envsense (ms)  dotenv (ms)  dotenv fast (ms)  envsense/dotenv  envsense/fast');
  for (const lines of [1_000, 10_000, 100_000]) {
    const text = realisticFile(lines);
    const [mine, reference, fast] = timeInTurn(
      parsers.map((fn) => ({ run: () => fn(text) })),
      { minRuns: 15, minMs: lines >= 100_000 ? 4000 : 1500, warmup: 5 },
    );
    console.log(
      `  ${String(lines).padEnd(8)}  ${mine.toFixed(3).padStart(12)}  ${reference.toFixed(3).padStart(11)}  ${fast.toFixed(3).padStart(16)}` +
        `  ${(mine / reference).toFixed(2).padStart(15)}  ${(mine / fast).toFixed(2).padStart(13)}`,
    );
  }
}
