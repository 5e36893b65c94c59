import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt, problemsOf, schemaService } from '../support/service';

/** A template next to the file documents its keys; it does not decide their form over a system's schema. */
test("a .env.example that lists a key does not silence the system schema's enum or its deprecation", () => {
  const service = schemaService({ '/workspace/.env.example': '# How much to log\nLOG_LEVEL=\n' });
  const problems = problemsOf('# envsense: schema=flagsmith\nLOG_LEVEL=loud\n', 'file:///workspace/.env', service);
  assert.deepEqual(problems.map((p) => p.code), ['invalid-value']);
  // …and still documents the key on hover.
  assert.match(hoverAt(service, '# envsense: schema=flagsmith\nLOG_|LEVEL=loud\n')!, /How much to log/);
});
