// The CLI as users get it: `npm pack`, the tarball installed into an empty folder, then `envsense check`
// and `envsense-language-server --stdio` run from there (what `npx envsense` does). Needs the npm registry
// for the package's dependencies.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'envsense-package-'));
const fail = (message) => {
  console.error(`package e2e: ${message}`);
  process.exit(1);
};

execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
if (!tarball) fail('npm pack wrote no tarball');
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, tarball)], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });

// envsense check: a duplicate key is a warning, so the check exits 0 and lists it.
writeFileSync(join(app, '.env'), 'A=1\nA=2\n');
const bin = (name) => join(app, 'node_modules', '.bin', name);
let output;
try {
  output = execFileSync(bin('envsense'), ['check', '--format', 'json', '.env'], { cwd: app, encoding: 'utf8' });
} catch (error) {
  fail(`envsense check failed: ${error.stderr || error.message}`);
}
const codes = JSON.parse(output).map((problem) => problem.code);
if (!codes.includes('duplicate-key')) fail(`envsense check did not report the duplicate key: ${JSON.stringify(codes)}`);

// The language server: initialize over stdio answers with its capabilities.
const server = spawn(bin('envsense-language-server'), ['--stdio'], { cwd: app });
const message = (body) => {
  const json = JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
};
let received = '';
const answered = new Promise((resolveAnswer, reject) => {
  const timer = setTimeout(() => reject(new Error('no answer to initialize in 20 s')), 20_000);
  server.stdout.on('data', (chunk) => {
    received += chunk;
    if (/"completionProvider"/.test(received)) {
      clearTimeout(timer);
      resolveAnswer();
    }
  });
});
server.stdin.write(message({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: `file://${app}`, capabilities: {} } }));
try {
  await answered;
} catch (error) {
  server.kill();
  fail(error.message);
}
server.stdin.write(message({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
server.stdin.write(message({ jsonrpc: '2.0', method: 'exit' }));
console.log(`package e2e: ${tarball} installed; envsense check reported ${codes.join(', ')}; the language server initialized over stdio`);
