import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeGitFacts } from '../../../server/out/node/nodeGitFacts';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { createLanguageService } from '../../../server/out/service';
import { gitFactsFromFiles } from '../../../server/out/service/workspace/filesGitFacts';
import { applyToDisk } from '../support/applyToDisk';
import { isolatedEnv } from '../support/gitFixture';
import { memoryFs } from '../support/memoryFs';
import { toProblem } from '../support/service';

const STRONG = 'DB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n';

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'envsense-git-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

function gitService(root: string) {
  return createLanguageService({ fs: nodeFs, git: nodeGitFacts(isolatedEnv()), workspaceFolders: [root] });
}

function problemsIn(service: ReturnType<typeof gitService>, path: string) {
  const document = TextDocument.create(pathToFileURL(path).href, 'dotenv', 1, readFileSync(path, 'utf8'));
  const diagnostics = service.doValidation(document);
  return { document, diagnostics, problems: diagnostics.map(toProblem).filter((p) => p.code.startsWith('secret-file')) };
}

test('a .env with secrets in a repository without .gitignore: warning, and "Add to .gitignore" creates it and ends the warning', () => {
  const root = repository({ '.env': STRONG });
  const service = gitService(root);
  const { document, diagnostics, problems } = problemsIn(service, join(root, '.env'));
  assert.deepEqual(problems, [
    { code: 'secret-file-not-ignored', at: '1:1-1:2', message: 'This file holds secrets (DB_PASSWORD) and git would commit it: add it to .gitignore.', severity: 2 },
  ]);
  const actions = service.getCodeActions(document, { diagnostics: diagnostics.filter((d) => d.code === 'secret-file-not-ignored') });
  assert.deepEqual(actions.map((a) => a.title), ['Add .env to .gitignore', 'Add .env and .env.* to .gitignore, keeping the templates']);
  applyToDisk(actions[0]!.edit!);
  assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), '.env\n');
  service.workspaceChanged();
  assert.deepEqual(problemsIn(service, join(root, '.env')).problems, []);
});

test('an existing .gitignore keeps every line and its CRLF endings; a final newline is added only where needed', () => {
  const root = repository({ '.env': STRONG, '.gitignore': 'node_modules\r\n# build\r\ndist' });
  const service = gitService(root);
  const { document, diagnostics } = problemsIn(service, join(root, '.env'));
  const [, pattern] = service.getCodeActions(document, { diagnostics });
  applyToDisk(pattern!.edit!);
  assert.equal(
    readFileSync(join(root, '.gitignore'), 'utf8'),
    'node_modules\r\n# build\r\ndist\r\n.env\r\n.env.*\r\n!.env.example\r\n!.env.template\r\n!.env.sample\r\n!.env.dist\r\n!.env.defaults\r\n!.env.schema\r\n',
  );
  service.workspaceChanged();
  assert.deepEqual(problemsIn(service, join(root, '.env')).problems, []);
  const git = nodeGitFacts(isolatedEnv());
  assert.equal(git.status(join(root, '.env.local'))!.ignored, true);
  for (const shared of ['.env.example', '.env.schema', '.envsense/team.json']) assert.equal(git.status(join(root, shared))!.ignored, false, shared);
});

test("git's own answer counts: nested .gitignore files and negations", () => {
  const root = repository({
    '.gitignore': '.env*\n!config/.env.production\n',
    'config/.env.production': STRONG,
    'app/.env': STRONG,
    'app/sub/.gitignore': '!.env.local\n',
    'app/sub/.env.local': STRONG,
  });
  const service = gitService(root);
  assert.deepEqual(problemsIn(service, join(root, 'app/.env')).problems, []);
  assert.deepEqual(problemsIn(service, join(root, 'config/.env.production')).problems.map((p) => p.code), ['secret-file-not-ignored']);
  assert.deepEqual(problemsIn(service, join(root, 'app/sub/.env.local')).problems.map((p) => p.code), ['secret-file-not-ignored']);
  const { document, diagnostics } = problemsIn(service, join(root, 'config/.env.production'));
  assert.equal(service.getCodeActions(document, { diagnostics })[0]!.title, 'Add config/.env.production to .gitignore');
});

test('a tracked file gets a different message: ignoring it now does not remove it from history', () => {
  const root = repository({ '.env': STRONG, '.gitignore': '.env\n' });
  execFileSync('git', ['add', '-f', '.env'], { cwd: root });
  const { problems } = problemsIn(gitService(root), join(root, '.env'));
  assert.deepEqual(problems.map((p) => p.code), ['secret-file-tracked']);
  assert.match(problems[0]!.message, /git already tracks it: adding it to \.gitignore now does not remove it from the repository or its history\. Untrack it with `git rm --cached \.env`/);
});

test('no warning for files without secrets, for placeholders, and for templates', () => {
  const root = repository({ '.env': 'PORT=3000\nDB_PASSWORD=<your-password>\n', '.env.example': STRONG });
  const service = gitService(root);
  assert.deepEqual(problemsIn(service, join(root, '.env')).problems, []);
  assert.deepEqual(problemsIn(service, join(root, '.env.example')).problems, []);
});

test('through any WorkspaceFs, the ignore files are read with the ignore package', () => {
  const facts = gitFactsFromFiles(
    memoryFs({
      '/repo/.git/HEAD': 'ref: refs/heads/main',
      '/repo/.git/info/exclude': 'local.env\n',
      '/repo/.gitignore': '.env\nsecrets/\n',
      '/repo/app/.gitignore': '!.env\n',
      '/repo/app/.env': '',
      '/repo/.env': '',
      '/repo/secrets/x.env': '',
      '/repo/local.env': '',
      '/repo/other.env': '',
    }),
  );
  const ignored = (path: string) => facts.status(path)?.ignored;
  assert.equal(ignored('/repo/.env'), true);
  assert.equal(ignored('/repo/app/.env'), false);
  assert.equal(ignored('/repo/secrets/x.env'), true);
  assert.equal(ignored('/repo/local.env'), true);
  assert.equal(ignored('/repo/other.env'), false);
  assert.equal(facts.status('/elsewhere/.env'), undefined);
});

test('a real-looking credential in a file git would commit is an error; once ignored, it is not', () => {
  const root = repository({ '.env': 'AWS_ACCESS_KEY_ID=AKIAQ7ZK3M9XV2PLR4TN\n' });
  const service = gitService(root);
  const codes = () => {
    const document = TextDocument.create(pathToFileURL(join(root, '.env')).href, 'dotenv', 1, readFileSync(join(root, '.env'), 'utf8'));
    return service.doValidation(document).map((d) => `${d.code} ${d.severity}`);
  };
  // A leaked-format value is a secret whatever its name, so the file also holds secrets git would commit.
  assert.deepEqual(codes(), ['secret-file-not-ignored 2', 'leaked-credential 1']);
  writeFileSync(join(root, '.gitignore'), '.env\n');
  service.workspaceChanged();
  assert.deepEqual(codes(), []);
});

test('samples are not leaks: AWS\'s documented example key, a counting run, a key block without a body', () => {
  const root = repository({ '.env': 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nGH=ghp_1234567890abcdefghijklmnopqrstuvwxyz\nKEY="-----BEGIN RSA PRIVATE KEY-----\\n[redacted]\\n-----END RSA PRIVATE KEY-----"\n' });
  const document = TextDocument.create(pathToFileURL(join(root, '.env')).href, 'dotenv', 1, readFileSync(join(root, '.env'), 'utf8'));
  assert.deepEqual(gitService(root).doValidation(document).map((d) => d.code), []);
});
