import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionsAt, hoverAt, schemaService } from '../support/service';

// The schemas made from files (templates, varlock) use the same object for their variables as declared schemas do.
test('a template or varlock key named __proto__ is documented like any other key', () => {
  const service = schemaService({
    '/workspace/.env.example': '# The prototype, documented\n__proto__=\nA=1\n',
    '/workspace/.env.schema': '# @type=number\n__proto__=\n',
    '/workspace/.env': '',
  });
  const hover = hoverAt(service, '__pro|to__=1\n');
  assert.ok(hover);
  assert.match(hover, /The prototype, documented/);
  assert.match(hover, /Type: number/);
  assert.ok(completionsAt(service, '__|').some((item) => item.label === '__proto__'));
});
