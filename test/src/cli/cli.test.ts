import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import * as dotenv from 'dotenv';
import { cli, folderWith } from '../support/cliRun';

const CLI = resolve(__dirname, '../../../dist/cli.js');

test('check prints path:line:col severity code message and exits 0 without errors', () => {
  const root = folderWith({ '.env': 'A=1\nA=2\n' });
  const result = cli('check', join(root, '.env'));
  assert.equal(result.out, `${join(root, '.env')}:1:1 warning duplicate-key A is set again on line 2; the last value wins, so this line has no effect.\n`);
  assert.equal(result.code, 0);
});

test('check walks directories for env and secrets files, skipping node_modules', () => {
  const root = folderWith({
    '.env': 'stray\n',
    'config/.env.production': 'EXPORT A=1\n',
    'app/secrets.py': "X = '1'\nX = '2'\n",
    'node_modules/pkg/.env': 'stray\n',
    'README.md': 'stray\n',
  });
  const rows = cli('check', '--format', 'json', root);
  const parsed = JSON.parse(rows.out) as { path: string; code: string; line: number }[];
  assert.deepEqual(parsed.map((r) => [r.path.slice(root.length + 1), r.code, r.line]), [
    ['.env', 'ignored-line', 1],
    ['app/secrets.py', 'duplicate-key', 1],
    ['config/.env.production', 'ignored-line', 1],
  ]);
});

test('check exits 1 when .envsense.json raises a rule to error, through the real executable', () => {
  const root = folderWith({ '.env': 'A=1\nA=2\n' });
  const before = spawnSync(process.execPath, [CLI, 'check', '.env'], { encoding: 'utf8', cwd: root });
  assert.equal(before.status, 0);
  writeFileSync(join(root, '.envsense.json'), '{ "rules": { "duplicate-key": "error" } }');
  const after = spawnSync(process.execPath, [CLI, 'check', '.env'], { encoding: 'utf8', cwd: root });
  assert.equal(after.status, 1);
  assert.match(after.stdout, /^\.env:1:1 error duplicate-key /);
});

test('check reads envsense.* from .vscode/settings.json, comments allowed; a broken file is named', () => {
  const root = folderWith({
    '.env': 'A=1\nA=2\n',
    '.vscode/settings.json': '{\n  // team settings\n  "envsense.rules": { "duplicate-key": "off" },\n}\n',
  });
  const quiet = spawnSync(process.execPath, [CLI, 'check', '.env'], { encoding: 'utf8', cwd: root });
  assert.equal(quiet.stdout, '');
  writeFileSync(join(root, '.envsense.json'), '{ "rules": ');
  const broken = spawnSync(process.execPath, [CLI, 'check', '.env'], { encoding: 'utf8', cwd: root });
  assert.equal(broken.status, 2);
  assert.equal(broken.stderr, `envsense: ${join(root, '.envsense.json')}:1:12: ValueExpected\n`);
});

test('bad usage and bad input: one line naming the problem, exit 2, no stack trace', () => {
  const root = folderWith({ 'bin.env': Buffer.from([0x41, 0x3d, 0x00, 0x01]) });
  const cases: [string[], string][] = [
    [['check', '--format', 'xml'], "envsense: --format must be text, json or sarif, not 'xml'\n"],
    [['print'], 'envsense: print needs at least one FILE\n'],
    [['print', join(root, 'missing.env')], `envsense: ${join(root, 'missing.env')}: no such file\n`],
    [['print', root], `envsense: ${root}: is a directory, not a file\n`],
    [['print', join(root, 'bin.env')], `envsense: ${join(root, 'bin.env')}: binary file (it contains NUL bytes), not a dotenv or secrets file\n`],
    [['frobnicate'], "envsense: unknown command 'frobnicate'\n"],
  ];
  for (const [argv, message] of cases) {
    const result = cli(...argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.ok(result.err.startsWith(message), `${argv.join(' ')}: ${result.err}`);
    assert.ok(!result.err.includes('    at '), 'no stack trace');
  }
  const spawned = spawnSync(process.execPath, [CLI, 'check', '--nope'], { encoding: 'utf8' });
  assert.equal(spawned.status, 2);
  assert.match(spawned.stderr, /^envsense: Unknown option '--nope'/);
});

test('print --json equals dotenv.parse for one file', () => {
  const text = "export A=1\nB='x y' # c\nC=\"l1\\nl2\"\nD=r8Ow#cut\nA=2\nbad line\n";
  const root = folderWith({ '.env': text });
  assert.deepEqual(JSON.parse(cli('print', '--json', join(root, '.env')).out), dotenv.parse(text));
});

test('print --reader python-dotenv prints what python-dotenv loads; an unknown reader is bad usage', () => {
  const root = folderWith({ '.env': 'HOST=db\nURL=http://${HOST}/x#1\nCOLOR=red#1\nFLAG\n' });
  assert.deepEqual(JSON.parse(cli('print', '--json', '--reader', 'python-dotenv', join(root, '.env')).out), { HOST: 'db', URL: 'http://db/x#1', COLOR: 'red#1' });
  assert.deepEqual(JSON.parse(cli('print', '--json', join(root, '.env')).out), { HOST: 'db', URL: 'http://${HOST}/x', COLOR: 'red' });
  assert.deepEqual(cli('print', '--reader', 'bun', join(root, '.env')), { code: 2, out: '', err: "envsense: --reader must be one of dotenv, dotenv-expand, python-dotenv, compose, godotenv, phpdotenv, ruby-dotenv, not 'bun'\n" });
});

test('print with several files: the first value wins, --override makes the last win', () => {
  const root = folderWith({ '.env': 'A=base\nB=base\n', '.env.local': 'A=local\nC=local\n' });
  const files = [join(root, '.env.local'), join(root, '.env')];
  assert.deepEqual(JSON.parse(cli('print', '--json', ...files).out), { A: 'local', C: 'local', B: 'base' });
  const processEnv: Record<string, string> = {};
  dotenv.config({ path: files, processEnv, quiet: true });
  assert.deepEqual(JSON.parse(cli('print', '--json', ...files).out), processEnv);
  assert.deepEqual(JSON.parse(cli('print', '--json', '--override', ...files).out), { A: 'base', C: 'local', B: 'base' });
});

test('print without --json writes KEY=value lines, quoting what needs it', () => {
  const root = folderWith({ '.env': 'A=plain\nB="two words"\nC="l1\\nl2"\n' });
  assert.equal(cli('print', join(root, '.env')).out, 'A=plain\nB="two words"\nC="l1\\nl2"\n');
});

test('check --format sarif writes SARIF 2.1.0 with rules and relative locations', () => {
  const root = folderWith({ '.env': 'A=1\nA=2\nEXPORT B=1\n' });
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'sarif', '.env'], { encoding: 'utf8', cwd: root });
  const sarif = JSON.parse(result.stdout) as {
    version: string;
    runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
  };
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0]!.tool.driver.name, 'envsense');
  assert.ok(sarif.runs[0]!.tool.driver.rules.some((r) => r.id === 'duplicate-key'));
  assert.deepEqual(
    sarif.runs[0]!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine]),
    [['duplicate-key', 'warning', '.env', 1], ['ignored-line', 'warning', '.env', 3]],
  );
});

test('check --fix applies only the safe fixes and reports what is left', () => {
  const text = 'A=1\nA=2\nEXPORT B=1\nC = x y\nSECRET_KEY=r8Ow!!dci#P9x\n';
  const root = folderWith({ '.env': text });
  const result = spawnSync(process.execPath, [CLI, 'check', '--fix', '.env'], { encoding: 'utf8', cwd: root });
  const fixedText = readFileSync(join(root, '.env'), 'utf8');
  assert.equal(fixedText, "A=2\nEXPORT B=1\nC='x y'\nSECRET_KEY=r8Ow!!dci#P9x\n");
  assert.equal(result.stderr, 'envsense: fixed 3 problems in .env\n');
  assert.deepEqual(result.stdout.trim().split('\n').map((line) => line.split(' ')[2]), ['ignored-line', 'weak-secret', 'value-cut-by-hash']);
  assert.deepEqual(dotenv.parse(fixedText), dotenv.parse(text));
});

test('check --fix never lets overlapping fixes or a chain of fixes change what loads', () => {
  const cases: [string, string][] = [
    ['A = two words\nA=3\n', 'A=3\n'],
    ['A=1\nEXPORT A=2\n', 'A=1\nEXPORT A=2\n'],
    ['K: v w\nK: x\n', 'K=x\n'],
  ];
  for (const [text, expected] of cases) {
    const root = folderWith({ '.env': text });
    spawnSync(process.execPath, [CLI, 'check', '--fix', '.env'], { encoding: 'utf8', cwd: root });
    const after = readFileSync(join(root, '.env'), 'utf8');
    assert.equal(after, expected, JSON.stringify(text));
    assert.deepEqual(dotenv.parse(after), dotenv.parse(text));
  }
});
