// npm run bench: EnvSense measured as an editor and a CI job see it, each number beside dotenv.parse
// on the same text in the same run (a ratio is time / dotenv.parse time), with the targets of issue 8.
// Benchmarks assert nothing: a missed target is printed, never a failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkSection } from './checkSection.mjs';
import { codeSection } from './codeSection.mjs';
import { parserSection } from './parserSection.mjs';
import { serviceSection } from './serviceSection.mjs';
import { startSection } from './startSection.mjs';
import { stdioSection } from './stdioSection.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const context = { serverPath: join(root, 'dist', 'server.js'), cliPath: join(root, 'dist', 'cli.js'), tmp: mkdtempSync(join(tmpdir(), 'envsense-bench-')) };
const sections = [parserSection, serviceSection, startSection, stdioSection, checkSection, codeSection];

// The temp dir goes however the bench ends; Ctrl-C ends it through 'exit', which also stops every process it started.
process.on('exit', () => rmSync(context.tmp, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const started = performance.now();
console.log(`EnvSense bench: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(`Load average ${loadavg()[0].toFixed(1)} at the start: a busy machine inflates every time, the ratios less.`);
console.log('Times are medians unless p50/p95 is given; N× = time / dotenv.parse time on the same text in this run.');
for (const section of sections) {
  try {
    await section(context);
  } catch (error) {
    // One section failing (a server that does not answer, say) still leaves the others' numbers.
    console.log(`  ${section.name} stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
