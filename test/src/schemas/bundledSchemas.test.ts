import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';

const ROOT = resolve(__dirname, '../../..');
const META = JSON.parse(readFileSync(join(ROOT, 'schema-format/envsense.schema.json'), 'utf8')) as object;
const FILES = readdirSync(join(ROOT, 'schemas')).filter((name) => name.endsWith('.json'));

const EXPECTED_IDS = [
  'aws', 'backant', 'django', 'flagsmith', 'flask', 'illumidesk', 'laravel', 'llm', 'mentorship-backend',
  'nextauth', 'node', 'oauth', 'postgres', 'redis', 'sentry', 'smtp',
];

test('every bundled schema is valid against the schema format, and its id is its file name', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(META);
  const ids: string[] = [];
  for (const file of FILES) {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) as { id: string };
    assert.ok(validate(schema), `${file}: ${JSON.stringify(validate.errors)}`);
    assert.equal(`${schema.id}.json`, file);
    ids.push(schema.id);
  }
  assert.deepEqual(ids.sort(), EXPECTED_IDS);
});
