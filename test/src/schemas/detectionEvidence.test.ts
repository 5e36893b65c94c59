import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentOf, ENV_URI, problemsOf, schemaService } from '../support/service';

/** A schema applies on real evidence only, and one that does not apply does not speak for a key. */
test('mail keys that many Django-based systems share do not make a file Django (and demand its SECRET_KEY)', () => {
  const service = schemaService();
  const text = 'EMAIL_HOST_USER=robot@example.com\nEMAIL_HOST_PASSWORD=\nDJANGO_ALLOWED_HOSTS=*\n';
  assert.deepEqual(service.getDocumentSchemas(documentOf(text)).applied.map((a) => a.id), []);
  assert.deepEqual(problemsOf(text, ENV_URI, service).map((p) => p.code), []);
  const django = 'DJANGO_SETTINGS_MODULE=app.settings\nALLOWED_HOSTS=example.com\n';
  assert.deepEqual(service.getDocumentSchemas(documentOf(django)).applied.map((a) => a.id), ['django']);
});

test('a name a bundled schema knows still gets the naming convention when that schema does not apply', () => {
  const codes = problemsOf('DB_PORT=5432(primary)\n', ENV_URI, schemaService()).map((p) => p.code);
  assert.deepEqual(codes, ['convention-type']);
  const laravel = problemsOf('# envsense: schema=laravel\nDB_PORT=5432(primary)\n', ENV_URI, schemaService()).map((p) => p.code);
  assert.ok(!laravel.includes('convention-type') && laravel.includes('invalid-value'), laravel.join());
});
