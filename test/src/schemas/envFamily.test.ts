import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentOf, problemsOf, schemaService } from '../support/service';

/** `.env.production`, `.env.local`, … are read on top of `.env`: they take its schemas. */
test('a directive in .env applies to .env.production, which says so in the status bar', () => {
  const service = schemaService({ '/workspace/.env': '# envsense: schema=flagsmith\nLOG_LEVEL=INFO\n' });
  const uri = 'file:///workspace/.env.production';
  assert.deepEqual(problemsOf('LOG_LEVEL=loud\n', uri, service).map((p) => p.code), ['invalid-value']);
  assert.deepEqual(service.getDocumentSchemas(documentOf('LOG_LEVEL=loud\n', uri)).applied, [
    { id: 'flagsmith', name: 'Flagsmith', because: '`# envsense: schema=flagsmith` in .env, which this file builds on' },
  ]);
});

test('the keys of .env count for detection in .env.local; a directive of its own wins', () => {
  const service = schemaService({ '/workspace/.env': 'FLAGSMITH_API_URL=https://api.example.com\nPREVENT_SIGNUP=true\n' });
  const ids = (text: string) => service.getDocumentSchemas(documentOf(text, 'file:///workspace/.env.local')).applied.map((a) => a.id);
  assert.deepEqual(ids('LOG_LEVEL=DEBUG\n'), ['flagsmith']);
  assert.deepEqual(ids('# envsense: schema=redis\nLOG_LEVEL=DEBUG\n'), ['redis']);
  assert.deepEqual(schemaService().getDocumentSchemas(documentOf('LOG_LEVEL=DEBUG\n', 'file:///workspace/.env.local')).applied, []);
});
