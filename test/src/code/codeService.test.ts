import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeService } from '../support/codeService';

test('the test service gets the code index the server would build: read sites of in-memory files', async () => {
  const { index } = await codeService({ '/workspace/.env': 'API_URL=http://a\n', '/workspace/src/app.ts': 'fetch(process.env.API_URL);\n' });
  assert.deepEqual(index.readsOf('API_URL').map(({ path }) => path), ['/workspace/src/app.ts']);
});
