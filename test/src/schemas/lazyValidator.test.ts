import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

/**
 * Compiling the schema format with ajv costs more than starting the rest of the server, and only a
 * team schema needs it: loading the bundled schemas must not load ajv; validating a team schema does.
 */
test('ajv is loaded only when a team schema is validated', () => {
  const schemaFiles = resolve(__dirname, '../../../server/out/node/schemaFiles.js');
  const root = resolve(__dirname, '../../..');
  const script = `
    const { loadBundledSchemas } = require(${JSON.stringify(schemaFiles)});
    const ajvLoaded = () => Object.keys(require.cache).some((path) => path.includes('/node_modules/ajv/'));
    const { schemas, validateSchema } = loadBundledSchemas(${JSON.stringify(root)});
    const before = ajvLoaded();
    const problems = validateSchema({ id: 'team', name: 'Team', variables: { A: { type: 'nonsense' } } });
    console.log(JSON.stringify({ schemas: schemas.length, before, after: ajvLoaded(), rejected: problems.length > 0 }));
  `;
  const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<string, unknown>;
  assert.deepEqual(result, { schemas: 16, before: false, after: true, rejected: true });
});
