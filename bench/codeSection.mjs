// Issue 13: the code index of a generated 5,000-file workspace (in process, as the server builds it),
// and completion inside code at `process.env.` over stdio right after a keystroke, each beside dotenv.parse.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { dotenvAlongside } from './dotenvReference.mjs';
import { initializedServer } from './lspClient.mjs';
import { heading, median, ms, percentile, ratio, report } from './stats.mjs';
import { writeFile } from './workspace.mjs';

const require = createRequire(import.meta.url);
const FILES = 5_000;
const KEYS = 400;

/** 4,000 TypeScript and 1,000 Python modules of about 30 lines, each reading a few of the 400 keys of the project's .env. */
function codeWorkspace(dir) {
  const env = Array.from({ length: KEYS }, (_, k) => `KEY_${k}=value-${k}`).join('\n');
  writeFile(join(dir, '.env'), `${env}\n`);
  writeFile(join(dir, '.gitignore'), '.env\n');
  const paths = [];
  for (let i = 0; i < FILES; i++) {
    const python = i % 5 === 4;
    const path = join(dir, 'src', `m${Math.floor(i / 100)}`, python ? `mod${i}.py` : `mod${i}.ts`);
    const lines = [];
    for (let j = 0; j < 10; j++) {
      const key = `KEY_${(i * 7 + j) % KEYS}`;
      lines.push(python ? `value_${j} = os.environ.get('${key}', 'x')  # read ${j}` : `export const value${j} = process.env.${key} ?? 'x'; // read ${j}`);
      lines.push(python ? `def f${j}(a):\n    return a + ${j}` : `export function f${j}(a: number): number { return a + ${j}; }`);
    }
    writeFile(path, `${python ? 'import os\n' : ''}${lines.join('\n')}\n`);
    paths.push(path);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return paths;
}

export async function codeSection({ serverPath, tmp }) {
  const dir = join(tmp, 'code');
  const paths = codeWorkspace(dir);
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  const dotenv = dotenvAlongside(texts);
  heading(`code index of a generated workspace: ${FILES.toLocaleString('en-US')} files (4,000 TypeScript, 1,000 Python, ${texts.reduce((n, t) => n + t.split('\n').length, 0).toLocaleString('en-US')} lines)`);
  const { loadCodeParsers } = require('../server/out/node/codeParsers.js');
  const { nodeFs } = require('../server/out/node/nodeFs.js');
  const { nodeGitFacts } = require('../server/out/node/nodeGitFacts.js');
  const { CodeIndex } = require('../server/out/service/code/codeIndex.js');
  const t0 = performance.now();
  const parse = await loadCodeParsers();
  const loaded = performance.now() - t0;
  const builds = [];
  let index;
  for (let run = 0; run < 3; run++) {
    index = new CodeIndex(nodeFs, nodeGitFacts(), parse);
    const started = performance.now();
    await index.build([dir]);
    builds.push(performance.now() - started);
    dotenv.sample(1);
  }
  report('dotenv.parse of the same files’ text', ms(dotenv.median()));
  report('tree-sitter and 4 grammars loaded', ms(loaded));
  report('index built (walk, git ignore rules, read, parse, read sites)', ms(median(builds)), `${ratio(median(builds), dotenv.median())}  median of 3, ${index.size} files, ${index.keysRead().size} keys read`, {
    text: 'a few seconds',
    met: median(builds) <= 5000,
  });

  heading('completion inside code over stdio: `process.env.` in a 300-line TypeScript file, right after a keystroke (send → last byte back)');
  const { server } = await initializedServer(serverPath, dir);
  try {
    const path = join(dir, 'src', 'typing.ts');
    const lines = Array.from({ length: 300 }, (_, i) => `export const v${i} = process.env.KEY_${i % KEYS};`);
    const text = `${lines.join('\n')}\n`;
    writeFile(path, text);
    const uri = pathToFileURL(path).href;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
    const line = 150;
    const character = lines[line].indexOf('process.env.') + 'process.env.'.length;
    // The index is built in the background: wait until completion answers with the keys.
    const waitStarted = performance.now();
    for (;;) {
      const answer = await server.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
      if ((answer.result?.items ?? []).length > 0) break;
      if (performance.now() - waitStarted > 60_000) throw new Error('the server did not finish reading the code within 60 s');
      await new Promise((wake) => setTimeout(wake, 200));
    }
    report('server start → code index ready (completion answers)', ms(performance.now() - waitStarted), '(over stdio, the same workspace)');
    const perLine = dotenvAlongside(text);
    const times = [];
    let items = 0;
    for (let version = 2; version < 60; version++) {
      // One character typed at the end of the file, then completion where the user is.
      server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 300, character: 0 }, end: { line: 300, character: version === 2 ? 0 : 1 } }, text: version % 2 ? 'x' : 'y' }] });
      const answer = await server.request('textDocument/completion', { textDocument: { uri }, position: { line, character }, context: { triggerKind: 2, triggerCharacter: '.' } });
      if (version > 4) times.push(answer.ms);
      items = answer.result?.items?.length ?? 0;
      perLine.sample(1);
    }
    report('dotenv.parse of the same file', ms(perLine.median()));
    report('completion at process.env. p50', ms(percentile(times, 0.5)), `${ratio(percentile(times, 0.5), perLine.median())}  ${items} keys offered`);
    report('completion at process.env. p95', ms(percentile(times, 0.95)), ratio(percentile(times, 0.95), perLine.median()));
  } finally {
    await server.stop();
  }
}
