import * as assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../../server/out/node/codeParsers';
import { findReadSites, type ReadSite } from '../../../server/out/service/code/readSites';
import type { CodeLanguage, CodeParser } from '../../../server/out/service/code/syntaxNode';

let parse: CodeParser;
before(async () => {
  parse = await loadCodeParsers();
});

/** Each site as `KEY form [= fallback] [-> conversion]`, checking that its span holds the key. */
function sites(text: string, language: CodeLanguage): string[] {
  const root = parse(text, language);
  assert.ok(root);
  return findReadSites(root, language).map((site: ReadSite) => {
    assert.equal(text.slice(site.start, site.end), site.key, `the span of ${site.key}`);
    return `${site.key} ${site.form}${site.fallback === undefined ? '' : ` = ${site.fallback}`}${site.convertsTo ? ` -> ${site.convertsTo}` : ''}`;
  });
}

test('JavaScript and TypeScript: every form the issue names, and only real reads', () => {
  const source = [
    '// process.env.IN_A_COMMENT',
    'const s = "process.env.IN_A_STRING";',
    'const a = process.env.API_URL;',
    "const b = process.env['DB_URL'];",
    'const { X, Y: y, Z = 3000 } = process.env;',
    'const v = import.meta.env.VITE_KEY;',
    "const d = Deno.env.get('DENO_KEY');",
    'const n = Bun.env.BUN_KEY;',
    "const port = Number(process.env.PORT) || 3000;",
    "const host = process.env.HOST ?? 'localhost';",
    "const debug = process.env.DEBUG === 'true';",
    'process.env.WRITTEN = "1";',
    'process.env.hasOwnProperty("CALLED");',
    'const dynamic = process.env[name];',
    'const tpl = process.env[`TEMPLATE`];',
  ].join('\n');
  const expected = [
    'API_URL process.env',
    'DB_URL process.env',
    'X process.env',
    'Y process.env',
    'Z process.env = 3000',
    'VITE_KEY import.meta.env',
    'DENO_KEY Deno.env.get',
    'BUN_KEY Bun.env',
    'PORT process.env = 3000 -> int',
    "HOST process.env = 'localhost'",
    'DEBUG process.env -> bool',
  ];
  assert.deepEqual(sites(source, 'typescript'), expected);
  assert.deepEqual(sites(source, 'javascript'), expected);
  assert.deepEqual(sites(`const el = <div>{process.env.NEXT_PUBLIC_TITLE}</div>;`, 'tsx'), ['NEXT_PUBLIC_TITLE process.env']);
});

test('Python: os.environ, os.getenv, from-imports, conversions, and django-environ only on an Env object', () => {
  const source = [
    'import os',
    'import environ',
    'from os import environ as osenv, getenv',
    '# os.environ["IN_A_COMMENT"]',
    's = "os.environ[\'IN_A_STRING\']"',
    "SECRET_KEY = os.environ['SECRET_KEY']",
    "EMAIL_HOST_USER = os.environ.get('EMAIL_HOST_USER', 'mailer')",
    "DEBUG_MODE = os.getenv('DEBUG_MODE')",
    "PORT = int(os.environ['PORT'])",
    "A = osenv['ALIASED']",
    "B = getenv('IMPORTED', default='x')",
    'env = environ.Env(DEBUG=(bool, False))',
    "DEBUG = env.bool('DEBUG', default=False)",
    "DATABASES = {'default': env.db('DATABASE_URL')}",
    "NAME = env('NAME')",
    "CAST = env('CAST', str)",
    "os.environ['WRITTEN'] = '1'",
    "F = os.environ[f'{prefix}_KEY']",
    "other('NOT_ENV')",
  ].join('\n');
  assert.deepEqual(sites(source, 'python'), [
    'SECRET_KEY os.environ',
    "EMAIL_HOST_USER os.environ.get = 'mailer'",
    'DEBUG_MODE os.getenv',
    'PORT os.environ -> int',
    'ALIASED os.environ',
    "IMPORTED os.getenv = 'x'",
    'DEBUG django-environ = False -> bool',
    'DATABASE_URL django-environ -> url',
    'NAME django-environ',
    'CAST django-environ',
  ]);
});

test("the seed's mixed approach: the settings module's fallback reads are read sites", () => {
  const settings = [
    'try:',
    '    from .secrets import *',
    'except ModuleNotFoundError:',
    '    import os',
    "    EMAIL_HOST_USER = os.environ.get('EMAIL_HOST_USER')",
    "    EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')",
  ].join('\n');
  assert.deepEqual(sites(settings, 'python'), ['EMAIL_HOST_USER os.environ.get', 'EMAIL_HOST_PASSWORD os.environ.get']);
});

test('hostile sources: deep nesting, a huge file, broken syntax, non-ASCII before the key', () => {
  const deep = `const a = ${'('.repeat(20_000)}process.env.DEEP${')'.repeat(20_000)};`;
  assert.deepEqual(sites(deep, 'javascript'), ['DEEP process.env']);
  const many = 'x = os.environ["K"]\n'.repeat(50_000);
  assert.equal(sites(many, 'python').length, 50_000);
  // Half-typed code: the read before the error is still found, and nothing throws on garbage.
  assert.deepEqual(sites('const a = process.env.BEFORE_ERROR;\nfunction (', 'javascript'), ['BEFORE_ERROR process.env']);
  assert.deepEqual(sites('x = os.environ["BEFORE_ERROR"]\ndef (:', 'python'), ['BEFORE_ERROR os.environ']);
  assert.deepEqual(sites('}}{{ ]] const = = ;; \u0000 process.env.', 'javascript'), []);
  assert.deepEqual(sites("const é = '😀'; process.env.AFTER_EMOJI", 'javascript'), ['AFTER_EMOJI process.env']);
  assert.deepEqual(sites('x = os.environ.get(\'ÜBER\')', 'python'), ['ÜBER os.environ.get']);
});

test('a default after the conversion or after `or` is a fallback; `new URL(v)` converts, `new URL(v, base)` does not say', () => {
  assert.deepEqual(sites("import os\nX = os.getenv('A') or 'd'\nY = os.environ.get('B') or 3\nZ = os.getenv('C')\n", 'python'), ["A os.getenv = 'd'", 'B os.environ.get = 3', 'C os.getenv']);
  assert.deepEqual(sites("const t = Number(process.env.T) ?? 30;\nconst u = new URL(process.env.U);\nconst v = new URL(process.env.V, 'http://x');\n", 'typescript'), ['T process.env = 30 -> int', 'U process.env -> url', 'V process.env']);
});

test('a read the code tests first carries its guard: a condition, a branch that names the key, a comparison with a literal', () => {
  const guards = (text: string, language: CodeLanguage) => {
    const root = parse(text, language)!;
    return findReadSites(root, language).map((site) => `${site.key}: ${site.guard ?? '-'}`);
  };
  assert.deepEqual(
    guards(['if "X" in os.environ:', '    a = os.environ["X"]', 'if os.getenv("Z") == "1":', '    pass', 'c = os.getenv("W") and 2', 'd = os.environ["PLAIN"]', 'def f():', '    return os.environ["INNER"]'].join('\n'), 'python'),
    ['X: "X" in os.environ', 'Z: os.getenv("Z") == "1"', 'W: os.getenv("W") and 2', 'PLAIN: -', 'INNER: -'],
  );
  assert.deepEqual(
    guards(['if (process.env.X) { use(process.env.X); }', "const m = import.meta.env.MODE === 'hash';", 'const a = process.env.A && 2;', 'const p = process.env.PLAIN;', "const t = process.env.T ? process.env.T : 'd';"].join('\n'), 'typescript'),
    ['X: process.env.X', 'X: process.env.X', "MODE: import.meta.env.MODE === 'hash'", 'A: process.env.A && 2', 'PLAIN: -', 'T: process.env.T', 'T: process.env.T'],
  );
});

test('a read in a branch the environment decides is optional configuration: guarded by that condition', () => {
  const root = parse(['if "AWS_BUCKET" in os.environ:', '    REGION = os.environ["AWS_REGION"]', 'REQUIRED = os.environ["REQUIRED"]'].join('\n'), 'python')!;
  assert.deepEqual(findReadSites(root, 'python').map((site) => `${site.key}: ${site.guard ?? '-'}`), ['AWS_REGION: "AWS_BUCKET" in os.environ', 'REQUIRED: -']);
});
