// Timing helpers: medians and percentiles of repeated runs, and the lines every section prints.
import { performance } from 'node:perf_hooks';

export function percentile(samples, fraction) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

export const median = (samples) => percentile(samples, 0.5);

/** Runs `fn` at least `minRuns` times and for at least `minMs`, after `warmup` untimed runs; returns the times (ms). */
export function timeRuns(fn, { minRuns = 15, minMs = 1000, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Median ms of each `run(setup())` of `entries`, timed in turn in blocks of five, so that a busy moment
 * of the machine weighs on all alike while the garbage one leaves seldom falls in another's timing;
 * `setup` (if any) is not timed.
 */
export function timeInTurn(entries, { minRuns = 15, minMs = 1000, warmup = 3 } = {}) {
  const BLOCK = 5;
  const setupOf = (entry) => (entry.setup ? entry.setup() : undefined);
  for (let i = 0; i < warmup; i++) entries.forEach((entry) => entry.run(setupOf(entry)));
  const times = entries.map(() => []);
  const started = performance.now();
  while (times[0].length < minRuns || performance.now() - started < minMs) {
    entries.forEach((entry, index) => {
      for (let i = 0; i < BLOCK; i++) {
        const state = setupOf(entry);
        const t0 = performance.now();
        entry.run(state);
        times[index].push(performance.now() - t0);
      }
    });
  }
  return times.map(median);
}

/** `fn` beside `reference`, timed in turn (see timeInTurn): { time, reference } in ms. */
export function timePaired(fn, reference, { setup, ...options } = {}) {
  const [time, referenceTime] = timeInTurn([{ run: fn, setup }, { run: reference }], options);
  return { time, reference: referenceTime };
}

export const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const ratio = (value, reference) => `${(value / reference).toFixed(2)}×`;
export const bytesOf = (count) => `${count.toLocaleString('en-US')} bytes`;
export const mb = (kilobytes) => `${(kilobytes / 1024).toFixed(0)} MB`;

export function heading(title) {
  console.log(`\n== ${title}`);
}

/** One measured line: what, how much, beside what, and the target with whether it is met. */
export function report(label, measured, beside = '', target) {
  const mark = target ? `   target ${target.text}: ${target.met ? 'met' : 'NOT met'}` : '';
  console.log(`  ${label.padEnd(44)} ${measured.padStart(24)}   ${beside}${mark}`);
}
