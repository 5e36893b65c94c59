import type { SystemSchema } from './schemaTypes';

/** Checks parsed JSON against the schema format; returns one readable problem per violation. */
export type SchemaValidator = (data: unknown) => string[];

/** A team's schema file read from its text: the schema, or the problems that keep it from loading. */
export function readSchemaText(text: string, validate: SchemaValidator): { schema?: SystemSchema; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const problems = validate(data);
  return problems.length > 0 ? { problems } : { schema: data as SystemSchema, problems };
}
