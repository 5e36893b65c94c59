import * as assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { findDynamicRead } from '../../../server/out/service/code/dynamicReads';
import type { CodeLanguage, CodeParser } from '../../../server/out/service/code/syntaxNode';
import { codeParsers } from '../support/codeService';

let parse: CodeParser;
before(async () => {
  parse = await codeParsers();
});

/** What the file's first dynamic read is, and the source text it spans; 'none' when every read names its key. */
function dynamic(text: string, language: CodeLanguage): string {
  const found = findDynamicRead(parse(text, language)!, language);
  return found ? `${found.what} @ ${text.slice(found.start, found.end)}` : 'none';
}

test('JavaScript and TypeScript: reads that name their key are not dynamic', () => {
  const source = [
    'const a = process.env.API_URL;',
    "const b = process.env['DB_URL'];",
    'const { X, Y: y, Z = 1 } = process.env;',
    'process.env.WRITTEN = "1";',
    "if ('A' in process.env) {}",
    'const v = import.meta.env.VITE_KEY;',
    "const d = Deno.env.get('DENO_KEY');",
    'type E = typeof process.env;',
    "const p = process.env.PORT || '3000';",
  ].join('\n');
  assert.equal(dynamic(source, 'typescript'), 'none');
  assert.equal(dynamic(source, 'tsx'), 'none');
});

test('JavaScript and TypeScript: the whole object, a computed name, a config library', () => {
  assert.equal(dynamic('const x = process.env[name];', 'javascript'), 'a computed name in `process.env[…]` @ process.env');
  assert.equal(dynamic('const x = process.env[`A_${n}`];', 'javascript'), 'a computed name in `process.env[…]` @ process.env');
  assert.equal(dynamic('const all = { ...process.env };', 'javascript'), '`process.env` passed whole @ process.env');
  assert.equal(dynamic('const env = cleanEnv(process.env, { PORT: port() });', 'typescript'), '`process.env` passed whole @ process.env');
  assert.equal(dynamic('const env = process.env;', 'javascript'), '`process.env` held whole @ process.env');
  assert.equal(dynamic('const { A, ...rest } = process.env;', 'javascript'), 'the rest of `process.env` @ process.env');
  assert.equal(dynamic('const env = import.meta.env;', 'typescript'), '`import.meta.env` held whole @ import.meta.env');
  assert.equal(dynamic('const all = Deno.env.toObject();', 'typescript'), '`Deno.env.toObject()` @ Deno.env.toObject()');
  assert.equal(dynamic('const v = Deno.env.get(name);', 'typescript'), 'a computed name in `Deno.env.get(…)` @ Deno.env.get(name)');
  assert.equal(dynamic("import { ConfigService } from '@nestjs/config';", 'typescript'), "@nestjs/config @ import { ConfigService } from '@nestjs/config';");
  assert.equal(dynamic("const convict = require('convict');", 'javascript'), "convict @ require('convict')");
  assert.equal(dynamic("const { parsed } = require('dotenv').config();", 'javascript'), "dotenv's `parsed` object @ require('dotenv').config()");
  assert.equal(dynamic("const values = dotenv.parse(text);", 'javascript'), "dotenv's `parse()` @ dotenv.parse(text)");
});

test('Python: reads that name their key, writes and membership tests are not dynamic', () => {
  const source = [
    'import os',
    "a = os.environ['A']",
    "b = os.environ.get('B', 'x')",
    "c = os.getenv('C')",
    "os.environ['D'] = '1'",
    "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')",
    "if 'E' in os.environ: pass",
    "os.environ[name] = value",
    'from os import environ',
    "f = environ['F']",
  ].join('\n');
  assert.equal(dynamic(source, 'python'), 'none');
});

test('Python: the whole mapping, a computed name, a config library', () => {
  assert.equal(dynamic('import os\nx = {**os.environ}', 'python'), '`os.environ` passed whole @ os.environ');
  assert.equal(dynamic('import os\nsubprocess.run(cmd, env=os.environ)', 'python'), '`os.environ` passed whole @ os.environ');
  assert.equal(dynamic('import os\nx = os.environ[name]', 'python'), 'a computed name in `os.environ[…]` @ os.environ');
  assert.equal(dynamic('import os\nx = os.environ.copy()', 'python'), '`os.environ.copy` @ os.environ');
  assert.equal(dynamic("import os\nx = os.environ.get(f'X_{n}')", 'python'), 'a computed name in `os.environ.get(…)` @ os.environ');
  assert.equal(dynamic("import os\nx = os.getenv(name, 'd')", 'python'), "a computed name in `os.getenv(…)` @ os.getenv(name, 'd')");
  assert.equal(dynamic('from os import environ as e\nfor k in e: pass', 'python'), '`os.environ` passed whole @ e');
  assert.equal(dynamic("from decouple import config\nDEBUG = config('DEBUG')", 'python'), 'decouple @ from decouple import config');
  assert.equal(dynamic('from pydantic import BaseSettings', 'python'), "pydantic's BaseSettings @ from pydantic import BaseSettings");
  assert.equal(dynamic('import environs', 'python'), 'environs @ import environs');
  assert.equal(dynamic("from dotenv import dotenv_values\nconfig = dotenv_values('.env')", 'python'), "python-dotenv's `dotenv_values()` @ dotenv_values('.env')");
});
