// The server as an editor sees it: `node dist/server.js --stdio`, from the message sent to the last byte back.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { initializedServer, TimeoutError } from './lspClient.mjs';
import { benchDocument, positionOf } from './realisticFile.mjs';
import { dotenvAlongside, dotenvParseMs } from './dotenvReference.mjs';
import { editorWorkspace, writeFile } from './workspace.mjs';
import { completionPositions, hoverPositions, toggleChange } from './positions.mjs';
import { bytesOf, heading, mb, median, ms, percentile, ratio, report } from './stats.mjs';

const DELAY_NOTE = '(includes any delay the server applies)';

/** Opens `text` as `path` and resolves with the ms from didOpen to its first diagnostics. */
async function openAndWait(server, path, text, timeoutMs = 30_000) {
  const uri = pathToFileURL(path).href;
  const diagnostics = server.nextNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && (p.version ?? 1) === 1, timeoutMs);
  const sentAt = performance.now();
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text } });
  return { uri, ms: (await diagnostics).at - sentAt };
}

/** Sends one toggling change as version `version` of `uri`. */
function change(server, uri, version, next) {
  server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [next()] });
}

export async function stdioSection({ serverPath, tmp }) {
  const dir = join(tmp, 'editor');
  editorWorkspace(dir);
  const text = benchDocument(13_000);
  const dotenv = dotenvAlongside(text);
  const { server } = await initializedServer(serverPath, dir);
  try {
    heading('over stdio, 13,000-line file (dist/server.js; dotenv.parse timed here between the samples)');
    const opens = [];
    for (let i = 0; i < 8; i++) {
      const path = join(dir, `service-${i}`, '.env');
      writeFile(path, text);
      const { uri, ms: openMs } = await openAndWait(server, path, text);
      opens.push(openMs);
      dotenv.sample();
      server.notify('textDocument/didClose', { textDocument: { uri } });
    }
    const openMs = median(opens.slice(1));
    report('dotenv.parse of the same text', ms(dotenv.median()));
    report('first didOpen → publishDiagnostics', ms(opens[0]), `${ratio(opens[0], dotenv.median())}  ${DELAY_NOTE}`);
    report('didOpen → publishDiagnostics, median', ms(openMs), `${ratio(openMs, dotenv.median())}  ${DELAY_NOTE}`);

    const editPath = join(dir, 'edited', '.env');
    writeFile(editPath, text);
    const { uri } = await openAndWait(server, editPath, text);
    const next = toggleChange(positionOf(text, /^[A-Z0-9_]+=value-/));
    const edits = [];
    for (let version = 2; version < 12; version++) {
      const diagnostics = server.nextNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && (p.version ?? version) === version);
      const sentAt = performance.now();
      change(server, uri, version, next);
      edits.push((await diagnostics).at - sentAt);
      dotenv.sample();
    }
    report('didChange (1 char) → publishDiagnostics', ms(median(edits)), `${ratio(median(edits), dotenv.median())}  ${DELAY_NOTE}`);
    server.notify('textDocument/didClose', { textDocument: { uri } });

    await requestsSection(server, dir);
  } finally {
    await server.stop();
  }
  await memorySection(serverPath, dir);
}

/** Completion and hover p50/p95 in a 10,000-line file, each request right after a one-character edit elsewhere, as while typing. */
async function requestsSection(server, dir) {
  const text = benchDocument(10_000);
  const dotenv = dotenvAlongside(text);
  heading('over stdio, 10,000-line file: each request right after a one-character edit elsewhere (send → last byte back)');
  const path = join(dir, 'requests', '.env');
  writeFile(path, text);
  const { uri } = await openAndWait(server, path, text);
  const next = toggleChange(positionOf(text, /^# .*$/, 100));
  let version = 1;
  const measure = async (method, position) => {
    const times = [];
    let bytes = 0;
    const started = performance.now();
    for (let i = 0; i < 3 + 40 || (performance.now() - started < 1500 && i < 300); i++) {
      change(server, uri, ++version, next);
      const answer = await server.request(method, { textDocument: { uri }, position });
      if (i >= 3) times.push(answer.ms);
      bytes = answer.bytes;
      dotenv.sample(1);
    }
    // Let the validation of the last edit run now, not during the next measurement.
    await server.nextNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && (p.version ?? version) === version, 5000).catch(() => {});
    return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), bytes };
  };
  const COMPLETION = 'textDocument/completion';
  const asked = [
    ...Object.entries(completionPositions(text)).map(([where, position]) => ({ label: `completion at ${where}`, method: COMPLETION, position })),
    ...Object.entries(hoverPositions(text)).map(([where, position]) => ({ label: `hover on ${where}`, method: 'textDocument/hover', position })),
  ];
  const results = [];
  for (const { label, method, position } of asked) results.push({ label, method, ...(await measure(method, position)) });
  const reference = dotenv.median();
  report('dotenv.parse of the same text', ms(reference));
  for (const { label, method, p50, p95, bytes } of results) {
    const target = method === COMPLETION ? { text: '≤ 2 ms p50', met: p50 <= 2 } : undefined;
    report(label, `p50 ${ms(p50)} p95 ${ms(p95)}`, `${ratio(p50, reference)} (p50)  answer ${bytesOf(bytes)}`, target);
  }
  server.notify('textDocument/didClose', { textDocument: { uri } });
}

const statusKb = (pid, field) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

/** RSS of a fresh server once the diagnostics of a 100,000-line file arrived, beside a process that only dotenv.parses it. */
async function memorySection(serverPath, dir) {
  const text = benchDocument(100_000);
  const path = join(dir, 'large', '.env');
  writeFile(path, text);
  heading('memory: a fresh server with a 100,000-line file open, read from /proc/<pid>/status after its diagnostics');
  const alone = spawnSync(
    process.execPath,
    ['-e', `require('dotenv').parse(require('fs').readFileSync(${JSON.stringify(path)}, 'utf8')); process.stdout.write(/VmRSS:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1])`],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' },
  );
  const referenceKb = Number(alone.stdout);
  report('node reading + dotenv.parse of it, VmRSS', mb(referenceKb));
  const { server } = await initializedServer(serverPath, dir);
  try {
    const { ms: openMs } = await openAndWait(server, path, text, 120_000);
    report('didOpen → publishDiagnostics', ms(openMs), `${ratio(openMs, dotenvParseMs(text))} dotenv.parse  ${DELAY_NOTE}`);
    const rss = statusKb(server.pid, 'VmRSS');
    report('server VmRSS', mb(rss), `${(rss / referenceKb).toFixed(2)}× the dotenv process  (peak VmHWM ${mb(statusKb(server.pid, 'VmHWM'))})`, { text: '≤ 150 MB', met: rss <= 150 * 1024 });
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    report('server VmRSS', 'n/a', `${error.message}; VmRSS then ${mb(statusKb(server.pid, 'VmRSS'))}`, { text: '≤ 150 MB', met: false });
  } finally {
    await server.stop();
  }
}
