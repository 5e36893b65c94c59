import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { walkWorkspace } from '../../../server/out/service/workspace/workspaceWalk';

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'envsense-walk-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

const isCode = (name: string) => /\.(?:[cm]?[jt]sx?|py)$/.test(name);
const LIMITS = { depth: 20, directories: 1000, entries: 10_000, files: 100 };

test('the project files are found; installed and generated folders and virtualenvs are not entered; links to folders are not followed', () => {
  const root = tree(['src/app.ts', 'src/lib/util.py', 'README.md', 'node_modules/x/index.js', '.venv/lib/site.py', 'dist/bundle.js', 'web/.next/chunk.js', 'pyenv/pyvenv.cfg', 'pyenv/lib/x.py']);
  symlinkSync(root, join(root, 'src/loop'));
  symlinkSync('/usr/lib', join(root, 'outside'));
  const { files, complete } = walkWorkspace(nodeFs, [root], isCode, LIMITS);
  assert.deepEqual(files.map((file) => relative(root, file)), ['src/app.ts', 'src/lib/util.py']);
  assert.equal(complete, true);
});

test('the limits stop the walk and say so: breadth first, so the top folders come first', () => {
  const root = tree([...Array.from({ length: 50 }, (_, i) => `gen/${i}.ts`), 'a.ts', 'deep/1/2/3/4/5/6/z.ts']);
  const few = walkWorkspace(nodeFs, [root], isCode, { ...LIMITS, files: 10 });
  assert.equal(few.complete, false);
  assert.equal(few.files.length, 10);
  assert.equal(relative(root, few.files[0]!), 'a.ts');
  const shallow = walkWorkspace(nodeFs, [root], isCode, { ...LIMITS, depth: 3 });
  assert.equal(shallow.complete, false);
  assert.ok(!shallow.files.some((file) => file.endsWith('z.ts')));
});
