import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { envCompletionContext } from '../../../server/out/service/code/completionContext';
import type { CodeLanguage } from '../../../server/out/service/code/syntaxNode';

/** The context at `|` in `line` as `typed [replaced] quoted?`, or undefined. */
function at(marked: string, language: CodeLanguage): string | undefined {
  const column = marked.indexOf('|');
  const line = marked.replace('|', '');
  const context = envCompletionContext(line, column, 100, language);
  return context && `${context.typed} [${line.slice(context.start - 100, context.end - 100)}]${context.quoted ? ' quoted' : ''}`;
}

test('scripts: after process.env., import.meta.env., Bun.env., inside process.env[ and Deno.env.get(', () => {
  assert.equal(at('const a = process.env.|', 'typescript'), ' []');
  assert.equal(at('const a = process.env.DATA|BASE_URL;', 'typescript'), 'DATA [DATABASE_URL]');
  assert.equal(at('import.meta.env.VI|', 'typescript'), 'VI [VI]');
  assert.equal(at('Bun.env.|', 'javascript'), ' []');
  assert.equal(at("process.env['DB|']", 'javascript'), "DB [DB] quoted");
  assert.equal(at('Deno.env.get("|")', 'typescript'), ' [] quoted');
  assert.equal(at('myprocess.env.|', 'javascript'), undefined);
  assert.equal(at('// process.env.|', 'javascript'), undefined);
  assert.equal(at('const url = "http://x"; process.env.|', 'javascript'), ' []');
  assert.equal(at('process.env.API + 1|', 'javascript'), undefined);
});

test('Python: os.environ[, os.environ.get(, os.getenv(, environ[ and getenv( imported, django-environ env(', () => {
  assert.equal(at("SECRET_KEY = os.environ['SEC|']", 'python'), 'SEC [SEC] quoted');
  assert.equal(at("x = os.environ.get('|", 'python'), ' [] quoted');
  assert.equal(at('x = os.getenv("EMAIL_|HOST")', 'python'), 'EMAIL_ [EMAIL_HOST] quoted');
  assert.equal(at("x = environ['|']", 'python'), ' [] quoted');
  assert.equal(at("DEBUG = env.bool('|', default=False)", 'python'), ' [] quoted');
  assert.equal(at("# os.environ['|']", 'python'), undefined);
  assert.equal(at("x = '#'; os.environ['|']", 'python'), ' [] quoted');
  assert.equal(at('x = os.environ.|', 'python'), undefined);
});

test('hostile lines: very long, full of quotes and backslashes', () => {
  const long = `${'"\\"'.repeat(50_000)}process.env.|`;
  assert.equal(at(long, 'javascript'), ' []');
  // 100,001 quotes leave one string open, which the `'` before the cursor closes: the read is outside it.
  assert.equal(at(`${"'".repeat(100_001)}os.environ['|`, 'python'), ' [] quoted');
  assert.equal(at(`${'x'.repeat(200_000)} # os.environ['|`, 'python'), undefined);
});
