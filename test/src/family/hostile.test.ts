import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { createLanguageService } from '../../../server/out/service';
import { diskWorkspace } from '../support/diskWorkspace';
import { hoverAt, schemaService } from '../support/service';

/** A hang turns into a failure instead of a stuck run. */
const GUARD = { timeout: 20_000 };


test('a family of 2,000 files: a dozen environments are listed and the rest counted', GUARD, () => {
  const files: Record<string, string> = { '/workspace/package.json': JSON.stringify({ dependencies: { vite: '5.0.0' } }), '/workspace/.env': 'A=base\n' };
  for (let i = 0; i < 2000; i++) files[`/workspace/.env.mode${String(i).padStart(4, '0')}`] = `A=mode${i}\n`;
  const service = schemaService(files);
  const hover = hoverAt(service, '|A=base\n', 'file:///workspace/.env');
  const lines = hover!.slice(hover!.indexOf('**Per environment**')).split('\n').filter((line) => line.startsWith('- '));
  assert.equal(lines.length, 13);
  assert.equal(lines[2], '- `mode0000`: `.env.mode0000` gives `mode0`, over `.env` (`base`)');
  assert.equal(lines[12], '- …and 1990 more environments, not shown');
});

test('a key repeated 50,000 times in two files of the family: hover gives the last value of each', GUARD, () => {
  const repeated = (value: string) => Array.from({ length: 50_000 }, (_, i) => `KEY=${value}${i}\n`).join('');
  const files = { '/workspace/package.json': JSON.stringify({ dependencies: { next: '14.0.0' } }), '/workspace/.env': repeated('base'), '/workspace/.env.local': repeated('local') };
  const service = schemaService(files);
  const hover = hoverAt(service, `|${files['/workspace/.env']}`, 'file:///workspace/.env');
  assert.match(hover!, /- `development`: `\.env\.local` gives `local49999`, over `\.env` \(`base49999`\)/);
});

test('a member that is a symbolic link out of the workspace is not read: its value never shows, the hover says why', GUARD, () => {
  const dirs = diskWorkspace(
    { 'package.json': JSON.stringify({ dependencies: { next: '14.0.0' } }), '.env': 'A=base\n', '.env.local': { link: '../outside/stolen.env' } },
    { 'stolen.env': 'A=outside-value\n' },
  );
  const service = createLanguageService({ fs: nodeFs, workspaceFolders: [dirs.root] });
  const path = join(dirs.root, '.env');
  const document = TextDocument.create(pathToFileURL(path).href, 'dotenv', 1, 'A=base\n');
  const hover = service.doHover(document, { line: 0, character: 0 });
  const text = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.doesNotMatch(text, /outside-value/);
  assert.match(text, /- `development`: `\.env` gives `base`\n/);
  assert.match(text, /_`\.env\.local`: not read: it leads out of the workspace through a symbolic link, which EnvSense does not follow\._/);
});

test('a compose file with 5,000 services and a module with 10,000 load_dotenv calls stay bounded', GUARD, () => {
  const services = Array.from({ length: 5000 }, (_, i) => `  s${i}:\n    env_file: [.env, .env.local]\n`).join('');
  const compose = { '/workspace/compose.yaml': `services:\n${services}`, '/workspace/.env': 'A=1\n', '/workspace/.env.local': 'A=2\n' };
  const hover = hoverAt(schemaService(compose), '|A=1\n', 'file:///workspace/.env');
  assert.match(hover!, /- …and 4988 more environments, not shown/);
  const python = { '/workspace/app.py': "load_dotenv('.env.local')\n".repeat(10_000) + "load_dotenv('.env')\n", '/workspace/.env': 'A=1\n', '/workspace/.env.local': 'A=2\n' };
  const calls = hoverAt(schemaService(python), '|A=1\n', 'file:///workspace/.env');
  // Only the first 20 calls are read: the `.env` of the last one is past them.
  assert.doesNotMatch(calls ?? '', /Per environment/);
});
