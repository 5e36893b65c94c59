import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { run } from '../../../server/out/cli/main';
import { folderWith } from '../support/cliRun';

const CLI = resolve(__dirname, '../../../dist/cli.js');

/** Any control character a terminal or a CI log could act on, line breaks aside. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = {
  'x\n::error file=x::forged.env': 'A=1\nA=2\n',
  '::error file=y::forged.env': 'A=1\nA=2\n',
  '##vso[task.setvariable variable=X]1.env': 'A=1\nA=2\n',
  'esc\u001b[31mred\u009b2J.env': 'A=1\nA=2\n',
  'dir\r\n::warning::folder/.env': 'A=1\nA=2\n',
  'bidi\u202egnp.env': 'A=1\nA=2\n',
  'line\u2028sep.env': 'A=1\nA=2\n',
  // The message quotes the line's text: its controls must be escaped too.
  'content.env': 'K\u009b=2\nC="x\u001b]0;title\u0007y\n',
  '.envsense/bad\u001b[2J\n::error::schema.json': '{ "id": 1 }',
};

test('check writes no raw control character and no line a CI system reads as a command', () => {
  const root = folderWith(HOSTILE);
  const result = spawnSync(process.execPath, [CLI, 'check', '.'], { encoding: 'utf8', cwd: root });
  const lines = result.stdout.split('\n').slice(0, -1);
  assert.equal(lines.length, 9, result.stdout);
  for (const output of [result.stdout, result.stderr]) {
    assert.doesNotMatch(output, RAW_CONTROL);
    for (const line of output.split('\n')) {
      assert.doesNotMatch(line, /^\s*(?::|##)/, line);
    }
  }
  assert.ok(lines.includes('./::error file=y::forged.env:1:1 warning duplicate-key A is set again on line 2; the last value wins, so this line has no effect.'));
  assert.ok(lines.some((l) => l.startsWith('x\\n::error file=x::forged.env:1:1 warning duplicate-key ')));
  assert.ok(lines.some((l) => l.startsWith('esc\\x1B[31mred\\x9B2J.env:1:1 ')));
  assert.ok(lines.some((l) => l.startsWith('dir\\r\\n::warning::folder/.env:1:1 ')));
  assert.ok(lines.some((l) => l.startsWith('bidi\\u202Egnp.env:1:1 ')));
  assert.ok(lines.some((l) => l.startsWith('content.env:1:1 ') && l.includes('`\\x9B`')), result.stdout);
  assert.ok(lines.some((l) => l.startsWith('content.env:2:3 ') && l.includes('`"x\\x1B]0;title\\x07y`')), result.stdout);
  assert.equal(result.stderr.split('\n').length, 2, result.stderr);
  assert.match(result.stderr, /^envsense: .*\/\.envsense\/bad\\x1B\[2J\\n::error::schema\.json: this schema is not used: /);
});

test('check --format json stays valid JSON that gives back the exact paths, with no raw control character', () => {
  const root = folderWith(HOSTILE);
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { encoding: 'utf8', cwd: root });
  assert.doesNotMatch(result.stdout, RAW_CONTROL);
  const rows = JSON.parse(result.stdout) as { path: string }[];
  const names = Object.keys(HOSTILE).filter((n) => n.endsWith('.env'));
  assert.deepEqual([...new Set(rows.map((r) => r.path))].sort(), names.sort());
});

test('SARIF artifact URIs are percent-encoded relative URIs that resolve back to the file', () => {
  const names = ['dir with space/a#b%c \u00e9\u00df.env', 'semi;colon/?q=1&x.env', 'c:olon.env', 'x\n::error::y.env'];
  const root = folderWith(Object.fromEntries(names.map((n) => [n, 'A=1\nA=2\n'])));
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'sarif', '.'], { encoding: 'utf8', cwd: root });
  const sarif = JSON.parse(result.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
  assert.equal(uris.length, names.length);
  assert.ok(uris.includes('dir%20with%20space/a%23b%25c%20%C3%A9%C3%9F.env'), uris.join(' '));
  const base = pathToFileURL(`${root}/`);
  for (const uri of uris) {
    // Only unreserved characters, sub-delimiters, `/` and escapes; no scheme, so it is relative.
    assert.match(uri, /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@/]|%[0-9A-F]{2})+$/, uri);
  }
  assert.deepEqual(uris.map((uri) => fileURLToPath(new URL(uri, base))).sort(), names.map((n) => join(root, n)).sort());
});

test('the CLI survives a pathological file: one line naming it, the other files still checked, exit 2', () => {
  const root = folderWith({ 'good.env': 'A=1\nA=2\n', 'huge.env': 'A=1\n'.repeat(125_000) + 'B=2\n'.repeat(125_000) });
  let out = '';
  let err = '';
  const code = run(['check', join(root, 'huge.env'), join(root, 'good.env')], (t) => (out += t), (t) => (err += t));
  assert.ok(!err.includes('    at '), 'no stack trace');
  assert.ok(out.includes(`${join(root, 'good.env')}:1:1 warning duplicate-key `), 'the file after it is still checked');
  if (!out.includes(join(root, 'huge.env'))) {
    assert.equal(code, 2);
    assert.match(err, new RegExp(`^envsense: ${join(root, 'huge.env').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: could not be checked \\(.+\\); please report this\\n$`));
  }
});

test('print escapes the control characters of values, and its JSON gives the exact values back', () => {
  const value = 'x\u2028y\u009bz\u001b[2J\u202e';
  const root = folderWith({ '.env': `A="${value}"\nB=plain\n` });
  const text = spawnSync(process.execPath, [CLI, 'print', '.env'], { encoding: 'utf8', cwd: root }).stdout;
  assert.equal(text, 'A="x\\u2028y\\u009bz\\u001b[2J\\u202e"\nB=plain\n');
  const json = spawnSync(process.execPath, [CLI, 'print', '--json', '.env'], { encoding: 'utf8', cwd: root }).stdout;
  assert.doesNotMatch(json, RAW_CONTROL);
  assert.deepEqual(JSON.parse(json), { A: value, B: 'plain' });
});
