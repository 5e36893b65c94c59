import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import * as dotenv from 'dotenv';
import { parse } from '../../../server/out/service/parser';
import { quickFixesOf, SECRETS_URI } from '../support/service';

const CLI = resolve(__dirname, '../../../dist/cli.js');

/** Runs `envsense check --fix NAME` on a file holding `content`; returns the bytes after and the CLI's output. */
function fix(name: string, content: string | Buffer): { after: Buffer; stdout: string; stderr: string; status: number | null } {
  const root = mkdtempSync(join(tmpdir(), 'envsense-fix-'));
  writeFileSync(join(root, name), content);
  const result = spawnSync(process.execPath, [CLI, 'check', '--fix', name], { encoding: 'utf8', cwd: root });
  return { after: readFileSync(join(root, name)), stdout: result.stdout, stderr: result.stderr, status: result.status };
}

test('--fix quotes a value holding a quote with the other quote, once, and dotenv loads the same', () => {
  const text = "PASSWORD=p@ss word's\n";
  const { after, stderr } = fix('.env', text);
  assert.equal(after.toString('utf8'), 'PASSWORD="p@ss word\'s"\n');
  assert.equal(stderr, 'envsense: fixed 1 problem in .env\n');
  assert.deepEqual(dotenv.parse(after), dotenv.parse(text));
});

test('--fix keeps the byte order mark and every export, and dotenv loads the same', () => {
  const cases: [string, string][] = [
    ['\uFEFFA=1\nA=2\n', '\uFEFFA=2\n'],
    ['\uFEFFexport A=1\nexport A=2\n', '\uFEFFexport A=2\n'],
    // A shell that sources the file would no longer export A if this line went: it stays.
    ['export A=1\nA=2\n', 'export A=1\nA=2\n'],
    ['export B = x y\n', "export B='x y'\n"],
  ];
  for (const [text, expected] of cases) {
    const { after } = fix('.env', text);
    assert.equal(after.toString('utf8'), expected, JSON.stringify(text));
    assert.deepEqual(dotenv.parse(after), dotenv.parse(text), JSON.stringify(text));
  }
});

test('--fix leaves every byte outside the fixed spans alone (CRLF, non-ASCII)', () => {
  const text = 'A=1\r\nB = x y\r\nC=\u00e9t\u00e9\u{1F600}\r\n# fin\r\n';
  const { after } = fix('.env', text);
  assert.deepEqual(after, Buffer.from("A=1\r\nB='x y'\r\nC=\u00e9t\u00e9\u{1F600}\r\n# fin\r\n", 'utf8'));
});

test('--fix does not rewrite a file that is not valid UTF-8, and says why', () => {
  const bytes = Buffer.concat([Buffer.from('A = x y\nB='), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
  const { after, stderr } = fix('.env', bytes);
  assert.deepEqual(after, bytes);
  assert.match(stderr, /^envsense: \.env: not fixed: the file is not valid UTF-8/);
});

test('--fix never removes a Python assignment that later code may still read', () => {
  const text = "API_KEY = 'first'\ndef key():\n    return API_KEY\nAPI_KEY = 'second'\n";
  const { after, stdout, stderr } = fix('secrets.py', text);
  assert.equal(after.toString('utf8'), text);
  assert.equal(stderr, '');
  assert.match(stdout, /^secrets\.py:1:1 warning duplicate-key /);
  const values = parse(after.toString('utf8'), 'python').assignments.map((a) => [a.key, a.value]);
  assert.deepEqual(values, [['API_KEY', 'first'], ['API_KEY', 'second']]);
});

test('the editor offers no quick fix removing an earlier Python assignment either', () => {
  const fixes = quickFixesOf("API_KEY = 'first'\nAPI_KEY = 'second'\n", SECRETS_URI);
  assert.deepEqual(fixes.filter((f) => f.code === 'duplicate-key'), []);
});

test('--fix never writes through a symbolic link: an outside file stays as it was', () => {
  const outside = mkdtempSync(join(tmpdir(), 'envsense-outside-'));
  writeFileSync(join(outside, 'victim.env'), 'A=1\nA=2\n');
  const root = mkdtempSync(join(tmpdir(), 'envsense-fix-'));
  symlinkSync(join(outside, 'victim.env'), join(root, '.env'));
  const result = spawnSync(process.execPath, [CLI, 'check', '--fix', '.env'], { encoding: 'utf8', cwd: root });
  assert.equal(readFileSync(join(outside, 'victim.env'), 'utf8'), 'A=1\nA=2\n');
  assert.equal(result.stderr, 'envsense: .env: not fixed: it is a symbolic link, which EnvSense does not write through\n');
  assert.match(result.stdout, /^\.env:1:1 warning duplicate-key /);
});
