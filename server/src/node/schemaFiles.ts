import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import type { SystemSchema } from '../service/schema/schemaTypes';
import type { SchemaValidator } from '../service/schema/schemaValidator';

/**
 * The bundled schemas and the schema format, read from the extension's (or package's) root folder:
 * `schemas/*.json` and `schema-format/envsense.schema.json`.
 */
export function loadBundledSchemas(root: string): { schemas: SystemSchema[]; validateSchema: SchemaValidator } {
  const meta = JSON.parse(readFileSync(join(root, 'schema-format', 'envsense.schema.json'), 'utf8')) as object;
  // Formats (`uri`) are documentation here; checking them would need another dependency.
  const compiled = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(meta);
  const validateSchema: SchemaValidator = (data) => (compiled(data) ? [] : (compiled.errors ?? []).map(describeError));
  const schemas = readdirSync(join(root, 'schemas'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as SystemSchema);
  return { schemas, validateSchema };
}

/**
 * The package root (the folder holding `schema-format/` and `schemas/`) above `from`: `dist/` in the
 * bundle and the `.vsix`, `server/out/...` when the compiled sources run in tests.
 */
export function findPackageRoot(from: string): string {
  let directory = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(directory, 'schema-format', 'envsense.schema.json'))) return directory;
    directory = dirname(directory);
  }
  throw new Error(`EnvSense's schemas were not found above ${from}; the package is incomplete.`);
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the schema' : error.instancePath.slice(1).replace(/\//g, '.');
  const extra = error.keyword === 'additionalProperties' ? ` (\`${String(error.params.additionalProperty)}\`)` : '';
  const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}${allowed}`;
}
