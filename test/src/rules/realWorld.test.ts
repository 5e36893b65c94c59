import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { documentOf, schemaService } from '../support/service';

/**
 * Files shaped like those of public projects (Laravel's default .env.example, a Next.js .env.local,
 * a Django .env, a docker compose .env): no error or warning that is not a real mistake.
 */
const FIXTURES = resolve(__dirname, '../../fixtures/real-world');

function visible(fixture: string, uri: string): string[] {
  const service = schemaService({ '/workspace/laravel/artisan': '' });
  const document = documentOf(readFileSync(resolve(FIXTURES, fixture), 'utf8'), uri);
  return service
    .doValidation(document)
    .filter((d) => d.severity !== DiagnosticSeverity.Hint && d.severity !== DiagnosticSeverity.Information)
    .map((d) => `${d.range.start.line + 1} ${d.code}`);
}

test("Laravel's default .env.example, as the template and copied to .env: nothing to report", () => {
  assert.deepEqual(visible('laravel.env.example', 'file:///workspace/laravel/.env.example'), []);
  assert.deepEqual(visible('laravel.env.example', 'file:///workspace/laravel/.env'), []);
});

test('a Next.js .env.local with Auth.js, Supabase anon key and an empty OpenAI key: nothing to report', () => {
  assert.deepEqual(visible('nextjs.env.local', 'file:///workspace/web/.env.local'), []);
});

test('a docker compose .env with references between its variables: nothing to report', () => {
  assert.deepEqual(visible('compose.env', 'file:///workspace/shop/.env'), []);
});

test('a Django .env whose SECRET_KEY is cut at #: that real mistake, and only it', () => {
  assert.deepEqual(visible('django.env', 'file:///workspace/site/.env'), ['2 value-cut-by-hash']);
});
