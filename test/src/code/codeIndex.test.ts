import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../../server/out/node/codeParsers';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { nodeGitFacts } from '../../../server/out/node/nodeGitFacts';
import { CodeIndex, MAX_SOURCE_LENGTH } from '../../../server/out/service/code/codeIndex';
import type { CodeParser } from '../../../server/out/service/code/syntaxNode';
import { isolatedEnv } from '../support/gitFixture';

let parse: CodeParser;
before(async () => {
  parse = await loadCodeParsers();
});

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'envsense-index-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const reads = (index: CodeIndex, root: string, key: string) => index.readsOf(key).map(({ path }) => relative(root, path)).sort();

test('the index reads the project code: not what git ignores, not node_modules, not minified bundles', async () => {
  const root = repository({
    '.gitignore': 'generated/\n',
    'src/config.ts': 'export const url = process.env.DATABASE_URL;\n',
    'app/settings.py': "import os\nSECRET_KEY = os.environ['SECRET_KEY']\nURL = os.getenv('DATABASE_URL')\n",
    'generated/client.js': 'process.env.DATABASE_URL;\n',
    'node_modules/lib/index.js': 'process.env.DATABASE_URL;\n',
    'public/bundle.js': `process.env.DATABASE_URL;${' '.repeat(MAX_SOURCE_LENGTH)}`,
    'src/env.ts': 'export const env = createEnv({ server: { DATABASE_URL: z.string().url() }, runtimeEnv: process.env });\n',
  });
  const outside = mkdtempSync(join(tmpdir(), 'envsense-outside-'));
  writeFileSync(join(outside, 'secret.ts'), 'process.env.OUTSIDE_KEY;\n');
  symlinkSync(join(outside, 'secret.ts'), join(root, 'src/linked.ts'));
  const index = new CodeIndex(nodeFs, nodeGitFacts(isolatedEnv()), parse);
  const steps: string[] = [];
  await index.build([root], ({ done, total }) => steps.push(`${done}/${total}`));
  assert.deepEqual(reads(index, root, 'DATABASE_URL'), ['app/settings.py', 'src/config.ts']);
  assert.deepEqual([...index.keysRead()].sort(), ['DATABASE_URL', 'SECRET_KEY']);
  assert.deepEqual(index.declaredSchemas().map(({ path, schema }) => `${relative(root, path)} ${schema.library} ${schema.variables.map((v) => v.name).join(',')}`), ['src/env.ts t3-env DATABASE_URL']);
  // The link out of the workspace is walked past but not read.
  assert.equal(steps.at(-1), '5/5');
  assert.equal(index.size, 3);
});

test('one changed file is read again, from the editor text when given; a deleted one is dropped', async () => {
  const root = repository({ 'a.ts': 'process.env.OLD;\n', 'b.py': "import os\nos.environ['KEEP']\n" });
  const index = new CodeIndex(nodeFs, nodeGitFacts(isolatedEnv()), parse);
  await index.build([root]);
  index.update(join(root, 'a.ts'), 'process.env.NEW;\n');
  assert.deepEqual([...index.keysRead()].sort(), ['KEEP', 'NEW']);
  index.remove(join(root, 'b.py'));
  assert.deepEqual([...index.keysRead()], ['NEW']);
});

test('a cancelled build stops between batches, keeping what it read', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) files[`src/f${i}.ts`] = `process.env.K${i};\n`;
  const root = repository(files);
  const index = new CodeIndex(nodeFs, nodeGitFacts(isolatedEnv()), parse);
  let batches = 0;
  await index.build([root], () => batches++, () => batches >= 2);
  assert.ok(index.size > 0 && index.size < 200, `${index.size} files read before the cancel`);
  assert.equal(index.truncated, false);
});
