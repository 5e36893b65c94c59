import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { documentOf, problemsOf, schemaService } from '../support/service';

const NEXT = JSON.stringify({ dependencies: { next: '14.0.0' } });
const sameValue = (files: Record<string, string>, text: string, uri: string) =>
  problemsOf(text, uri, schemaService(files)).filter((p) => p.code === 'same-value-override').map((p) => [p.at, p.message, p.severity]);

test('a key .env.local sets to the value .env gives, in every Next.js environment that loads it, is a hint', () => {
  const files = { '/workspace/package.json': NEXT, '/workspace/.env': 'PORT=3000\nAPI_URL=http://a\nONLY_BASE=1\n', '/workspace/.env.production': 'API_URL=http://prod\n' };
  const text = 'PORT=3000\nAPI_URL=http://a\nONLY_LOCAL=1\n';
  assert.deepEqual(sameValue(files, text, 'file:///workspace/.env.local'), [
    [
      '1:1-1:5',
      'PORT is set to the same value in `.env`, which this file overrides in every environment that loads this file (Next.js): this line changes nothing.',
      DiagnosticSeverity.Hint,
    ],
  ]);
  // API_URL overrides http://prod in production: the line matters there. ONLY_LOCAL is set nowhere else.
});

test('the base file is never flagged where it loses (Next.js: the first file wins), nor where it alone sets the key', () => {
  const files = { '/workspace/package.json': NEXT, '/workspace/.env.local': 'PORT=3000\n' };
  assert.deepEqual(sameValue(files, 'PORT=3000\n', 'file:///workspace/.env'), []);
});

test('Vite (a later file wins): .env.local repeating .env is flagged; an edit in the open document is seen at once', () => {
  const files = { '/workspace/package.json': JSON.stringify({ devDependencies: { vite: '5.0.0' } }), '/workspace/.env': 'SHARED=1\nOTHER=2\n' };
  assert.deepEqual(
    sameValue(files, 'SHARED=1\nOTHER=3\n', 'file:///workspace/.env.local').map(([at]) => at),
    ['1:1-1:7'],
  );
  assert.deepEqual(sameValue(files, 'SHARED=2\nOTHER=3\n', 'file:///workspace/.env.local'), []);
});

test('the diagnostic is faded as unnecessary, and a template is never judged', () => {
  const files = { '/workspace/package.json': NEXT, '/workspace/.env': 'PORT=3000\n', '/workspace/.env.local': 'PORT=3000\n' };
  const service = schemaService(files);
  const diagnostics = service.doValidation(documentOf('PORT=3000\n', 'file:///workspace/.env.local')).filter((d) => d.code === 'same-value-override');
  assert.deepEqual(diagnostics.map((d) => d.tags), [[DiagnosticTag.Unnecessary]]);
  assert.deepEqual(sameValue(files, 'PORT=3000\n', 'file:///workspace/.env.example'), []);
});

test('no hint without a known loader, nor in a secret value’s message', () => {
  const files = { '/workspace/.env': 'PORT=3000\n' };
  assert.deepEqual(sameValue(files, 'PORT=3000\n', 'file:///workspace/.env.local'), []);
  const secret = { '/workspace/package.json': NEXT, '/workspace/.env': 'DB_PASSWORD=hunter2-hunter2\n' };
  const [only] = sameValue(secret, 'DB_PASSWORD=hunter2-hunter2\n', 'file:///workspace/.env.local');
  assert.ok(only && !String(only[1]).includes('hunter2'));
});
