import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
// js-yaml reads YAML 1.2, so a workflow's `on:` stays a string.
import { load } from 'js-yaml';
import { collectFiles } from '../../../server/out/cli/files';
import { DEFAULT_SECRETS_FILES } from '../../../server/out/service/settings';
import { diskWorkspace } from '../support/diskWorkspace';
import { codeScanningProblems } from '../support/githubSarif';

/**
 * The two CI integrations the README documents, run as their tools run them: the pre-commit hook of
 * `.pre-commit-hooks.yaml` (entry + args + the staged files its `files` regex picks), and the GitHub
 * Actions workflow of docs/github-actions/envsense.yml (its shell step, then the SARIF it wrote
 * checked against what code scanning accepts). Both run the built CLI, dist/cli.js.
 */
const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
  pass_filenames?: boolean;
}

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const hook = (): Hook => {
  const hooks = load(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  assert.deepEqual(hooks.map((h) => h.id), ['envsense']);
  return hooks[0]!;
};

const workflow = (): Workflow => load(readFileSync(join(ROOT, 'docs/github-actions/envsense.yml'), 'utf8')) as Workflow;

// Synthetic secrets of real shapes: none may reach a report.
const STRIPE_KEY = 'sk_live_NZoIPUSeETmKpLYiZKashVnm';
const DB_PASSWORD = 'zWYkij5d27bvJnQLX4JxHPcHbBbok6ONutRP8deMXBW4k1d25Z';
const API_TOKEN = '17rjnN9hlVKljGPAf5poJ0eEGadmf47Z';

/** A project with findings of three severities, one an error, one in a folder whose name SARIF percent-encodes. */
const PROJECT_WITH_FINDINGS = {
  '.env': `NEXT_PUBLIC_STRIPE_SECRET_KEY=${STRIPE_KEY}\nPORT=3000\n`,
  'config/.env.production': `DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app\nDATABASE_URL=postgres://db/app\n`,
  'app/my settings/local_settings.py': `SECRET_KEY = '<your-secret-key>'\nAPI_TOKEN = '${API_TOKEN}'\n`,
  'clean.env': 'PORT=3000\nNODE_ENV=production\n',
  'src/index.ts': 'export const port = 3000;\n',
};

// Paths as pre-commit passes them: relative to the repository root, with forward slashes.
const MATCHED = ['.env', 'config/.env.production', 'app/secrets.py', 'secrets.py.template', '.flaskenv', '.env.local', 'prod.env', 'app_secrets.py', 'settings/local_settings.py', 'settings.py.example'];
const NOT_MATCHED = ['src/index.ts', 'README.md', 'environment.py', '.envrc', 'env.py', 'settings.py', 'secrets.pyc', '.envsense.json', 'config/.env.d/README.md', 'a.envx', 'my.flaskenv', 'notlocal_settings.py', 'app.env.local'];

test('the pre-commit hook runs the CLI the package installs, on the file names pre-commit passes', () => {
  const { id, name, entry, language, pass_filenames: passFilenames } = hook();
  assert.equal(id, 'envsense');
  assert.ok(name.length > 0);
  assert.equal(language, 'node');
  // pre-commit splits the entry with shlex: without quotes that is a split at spaces.
  assert.doesNotMatch(entry, /["'\\]/);
  const [command, ...args] = entry.split(/\s+/);
  const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
  assert.equal(bin[command!], 'dist/cli.js');
  assert.deepEqual(args, ['check']);
  assert.notEqual(passFilenames, false);
});

test('the hook `files` regex picks env and secrets files, and nothing else', () => {
  const files = new RegExp(hook().files);
  assert.deepEqual(MATCHED.filter((path) => !files.test(path)), []);
  assert.deepEqual(NOT_MATCHED.filter((path) => files.test(path)), []);
});

test('the hook `files` regex picks exactly the files `envsense check .` looks for', () => {
  const names = [...new Set([...MATCHED, ...NOT_MATCHED].map((path) => path.slice(path.lastIndexOf('/') + 1)))];
  const paths = [...names, ...names.map((name) => `nested/folder/${name}`)];
  const root = diskWorkspace(Object.fromEntries(paths.map((path) => [path, 'A=1\n']))).root;
  const walked = collectFiles([root], DEFAULT_SECRETS_FILES).map((path) => relative(root, path).split(sep).join('/'));
  const files = new RegExp(hook().files);
  assert.deepEqual(paths.filter((path) => files.test(path)).sort(), walked.sort());
});

// pre-commit compiles `files` with Python's `re` and calls `search`; the regex keeps to the syntax
// Python and JavaScript read alike (groups, classes, `^`, `$`), and Python must agree path by path.
const PYTHON = '/usr/bin/python3';
const pythonSkip = spawnSync(PYTHON, ['-c', '']).status === 0 ? false : 'python3 is not installed';

test('Python `re.search` agrees with the JavaScript reading of the `files` regex', { skip: pythonSkip }, () => {
  const paths = [...MATCHED, ...NOT_MATCHED];
  const script = 'import json, re, sys\nd = json.load(sys.stdin)\nprint(json.dumps([bool(re.search(d["files"], p)) for p in d["paths"]]))';
  const result = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify({ files: hook().files, paths }), encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const files = new RegExp(hook().files);
  assert.deepEqual(JSON.parse(result.stdout), paths.map((path) => files.test(path)));
});

/**
 * Runs the hook as pre-commit does in a project (no git needed): the files its regex picks from
 * `staged`, appended to entry and args, with the package's bin on PATH as `npm install -g` puts it.
 * When it picks none, pre-commit skips the hook: `envsense check` without a file would check `.`.
 */
function runHook(project: Record<string, string>, staged: readonly string[]): { status: number | null; stdout: string; stderr: string } | 'skipped' {
  const { entry, files, args = [] } = hook();
  const root = diskWorkspace(project).root;
  const bin = mkdtempSync(join(tmpdir(), 'envsense-bin-'));
  const [command, ...entryArgs] = entry.split(/\s+/);
  symlinkSync(CLI, join(bin, command!));
  const picked = staged.filter((path) => new RegExp(files).test(path));
  if (picked.length === 0) return 'skipped';
  const env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
  return spawnSync(command!, [...entryArgs, ...args, ...picked], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
}

test('the hook fails a commit that stages a file with an error, naming the file and the code', () => {
  const result = runHook(PROJECT_WITH_FINDINGS, Object.keys(PROJECT_WITH_FINDINGS));
  assert.ok(result !== 'skipped', 'pre-commit runs the hook');
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^\.env:1:1 error public-secret /m);
  assert.match(result.stdout, /^config\/\.env\.production:1:1 warning duplicate-key /m);
  assert.match(result.stdout, /^app\/my settings\/local_settings\.py:1:\d+ information placeholder-value /m);
  assert.doesNotMatch(result.stdout, /index\.ts/);
  for (const secret of [STRIPE_KEY, DB_PASSWORD, API_TOKEN]) assert.ok(!result.stdout.includes(secret) && !result.stderr.includes(secret));
});

test('the hook passes a commit whose staged env files are clean, and is skipped for one that stages none', () => {
  const result = runHook(PROJECT_WITH_FINDINGS, ['clean.env', 'src/index.ts']);
  assert.ok(result !== 'skipped', 'pre-commit runs the hook');
  assert.deepEqual([result.status, result.stdout, result.stderr], [0, '', '']);
  assert.equal(runHook(PROJECT_WITH_FINDINGS, ['src/index.ts']), 'skipped');
});

// The real pre-commit installs the hook from a clone of this repository: `npm install` (from the
// npm registry), then `npm pack`, whose stdout it takes as the tarball's name, so the `prepare`
// build must print nothing there; about 30 s. Opt in with ENVSENSE_TEST_PRE_COMMIT=1.
const preCommitSkip =
  process.env['ENVSENSE_TEST_PRE_COMMIT'] !== '1'
    ? 'set ENVSENSE_TEST_PRE_COMMIT=1 to install the hook with the real pre-commit (needs the npm registry)'
    : spawnSync('pre-commit', ['--version']).status !== 0
      ? 'pre-commit is not installed (apt-get install pre-commit)'
      : false;

test('the real pre-commit installs the hook from this repository and fails on the error', { skip: preCommitSkip, timeout: 300_000 }, () => {
  const root = diskWorkspace(PROJECT_WITH_FINDINGS).root;
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  const env = { ...process.env, PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'envsense-pre-commit-')) };
  const result = spawnSync('pre-commit', ['try-repo', ROOT, 'envsense', '--files', '.env', 'clean.env', 'src/index.ts'], { cwd: root, env, encoding: 'utf8', timeout: 280_000 });
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /^\.env:1:1 error public-secret /m);
  assert.doesNotMatch(result.stdout, /clean\.env|index\.ts/);
});

const steps = (): Step[] => Object.values(workflow().jobs).flatMap((job) => job.steps);

/** The workflow's EnvSense step with `npx --yes envsense@VERSION` replaced by the built CLI. */
function envsenseStep(): { step: Step; script: string; sarifFile: string } {
  const step = steps().find((s) => s.id === 'envsense');
  assert.ok(step?.run, 'a step with id envsense runs the CLI');
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const npx = `npx --yes envsense@${version} check --format sarif > `;
  assert.ok(step.run.includes(npx), `the step runs ${npx}… (the version this package has)`);
  const sarifFile = step.run.slice(step.run.indexOf(npx) + npx.length).split(/\s/)[0]!;
  return { step, script: step.run.replace(`npx --yes envsense@${version}`, `node '${CLI}'`), sarifFile };
}

/** Runs a workflow `run:` script as the runner does (bash -e, GITHUB_OUTPUT a file) and returns the outputs it set. */
function runStep(script: string, cwd: string, env: Record<string, string> = {}): { status: number | null; outputs: Record<string, string> } {
  const outputFile = join(mkdtempSync(join(tmpdir(), 'envsense-gh-')), 'output');
  writeFileSync(outputFile, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile }, encoding: 'utf8', timeout: 30_000 });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { status: result.status, outputs };
}

test('the workflow may write code-scanning alerts and uploads the SARIF file the EnvSense step writes', () => {
  assert.equal(workflow().permissions['security-events'], 'write');
  assert.equal(workflow().permissions['contents'], 'read');
  const upload = steps().find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.ok(upload, 'an upload-sarif step');
  assert.equal(upload.uses, 'github/codeql-action/upload-sarif@v3');
  assert.equal(upload.with?.['sarif_file'], envsenseStep().sarifFile);
  const all = steps();
  assert.ok(all.findIndex((s) => s.uses === upload.uses) > all.findIndex((s) => s.id === 'envsense'), 'the upload comes after the check');
  assert.equal(upload.if, "steps.envsense.outputs.wrote-sarif == 'true'");
  const fail = all[all.length - 1]!;
  assert.equal(fail.if, "steps.envsense.outputs.status != '0'");
  assert.equal(fail.env?.['STATUS'], '${{ steps.envsense.outputs.status }}');
});

test('the workflow step writes SARIF that code scanning accepts, keeps exit 1 for the last step, and leaks no secret', () => {
  const { script, sarifFile } = envsenseStep();
  const root = diskWorkspace(PROJECT_WITH_FINDINGS).root;
  const { status, outputs } = runStep(script, root);
  assert.equal(status, 0, 'the step itself succeeds, so that the upload runs');
  assert.deepEqual(outputs, { status: '1', 'wrote-sarif': 'true' });
  const text = readFileSync(join(root, sarifFile), 'utf8');
  assert.deepEqual(codeScanningProblems(text), []);
  const log = JSON.parse(text) as { runs: { tool: { driver: { name: string } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  assert.equal(log.runs[0]!.tool.driver.name, 'envsense');
  const found = log.runs[0]!.results.map((r) => [decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri), r.ruleId]);
  assert.deepEqual(found, [
    ['.env', 'public-secret'],
    ['app/my settings/local_settings.py', 'placeholder-value'],
    ['config/.env.production', 'duplicate-key'],
  ]);
  assert.ok(text.includes('app/my%20settings/local_settings.py'));
  for (const secret of [STRIPE_KEY, DB_PASSWORD, API_TOKEN]) assert.ok(!text.includes(secret), 'a secret value reached the SARIF');
  const fail = steps()[steps().length - 1]!;
  assert.equal(runStep(fail.run!, root, { STATUS: outputs['status']! }).status, 1);
});

test('the workflow step on a clean project: exit 0 kept, an empty SARIF run uploaded', () => {
  const { script, sarifFile } = envsenseStep();
  const root = diskWorkspace({ '.env': 'PORT=3000\n', 'README.md': 'stray\n' }).root;
  const { outputs } = runStep(script, root);
  assert.deepEqual(outputs, { status: '0', 'wrote-sarif': 'true' });
  const text = readFileSync(join(root, sarifFile), 'utf8');
  assert.deepEqual(codeScanningProblems(text), []);
  assert.deepEqual((JSON.parse(text) as { runs: { results: unknown[] }[] }).runs[0]!.results, []);
  assert.deepEqual(readdirSync(root).sort(), ['.env', 'README.md', sarifFile].sort());
});

test('the SARIF check itself rejects what code scanning rejects', () => {
  const result = (uri: string, startLine: number, ruleId: string) => ({ ruleId, message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine } } }] });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'envsense', rules: [{ id: 'a' }] } }, results: [result('file:///repo/.env', 1, 'a'), result('C:\\repo\\.env', 1, 'a'), result('.env', 0, 'a'), result('.env', 1, 'b'), result('../.env', 1, 'a')] }],
  };
  assert.equal(codeScanningProblems(JSON.stringify(log)).length, 5);
  assert.deepEqual(codeScanningProblems(JSON.stringify({ ...log, runs: [{ ...log.runs[0], results: [result('.env', 1, 'a')] }] })), []);
});
