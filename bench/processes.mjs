// Every process the bench starts goes through here, so that none outlives it, whatever happens.
import { spawn } from 'node:child_process';

const running = new Set();
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** Spawns Node itself with `args`; `exited` resolves with { code, signal } when the process is gone. */
export function spawnNode(args, options) {
  const child = spawn(process.execPath, args, options);
  running.add(child);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exited, isRunning: () => running.has(child) };
}
