import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SystemSchema } from '../service/schema/schemaTypes';
import type { SchemaValidator } from '../service/schema/schemaValidator';

/**
 * The bundled schemas and the schema format, read from the extension's (or package's) root folder:
 * `schemas/*.json` and `schema-format/envsense.schema.json`.
 */
export function loadBundledSchemas(root: string): { schemas: SystemSchema[]; validateSchema: SchemaValidator } {
  // The validator is only needed when a team schema exists: ajv is loaded and the format compiled then,
  // not at every start (compiling it takes longer than starting the rest of the server).
  let compiled: ValidateFunction | undefined;
  const validateSchema: SchemaValidator = (data) => {
    compiled ??= compileFormat(root);
    return compiled(data) ? [] : (compiled.errors ?? []).map(describeError);
  };
  const schemas = readdirSync(join(root, 'schemas'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as SystemSchema);
  return { schemas, validateSchema };
}

function compileFormat(root: string): ValidateFunction {
  const meta = JSON.parse(readFileSync(join(root, 'schema-format', 'envsense.schema.json'), 'utf8')) as object;
  const { default: Ajv } = require('ajv') as typeof import('ajv');
  // Formats (`uri`) are documentation here; checking them would need another dependency.
  return new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(meta);
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the schema' : error.instancePath.slice(1).replace(/\//g, '.');
  const extra = error.keyword === 'additionalProperties' ? ` (\`${String(error.params.additionalProperty)}\`)` : '';
  const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}${allowed}`;
}
