import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { unsupportedRegexes } from './linearRegex';
import type { SystemSchema } from './schemaTypes';

/** Checks parsed JSON against the schema format; returns one readable problem per violation. */
export type SchemaValidator = (data: unknown) => string[];

/** A team's schema file read from its text: the schema, or the problems that keep it from loading. */
export function readSchemaText(text: string, validate: SchemaValidator): { schema?: SystemSchema; problems: string[] } {
  // jsonc-parser reports where the JSON breaks without quoting the text (which could be a secret).
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { disallowComments: true });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset).split(/\r\n|\r|\n/);
    return { problems: [`not valid JSON: ${printParseErrorCode(first.error)} at line ${before.length}, column ${before[before.length - 1]!.length + 1}`] };
  }
  const problems = validate(data);
  if (problems.length > 0) return { problems };
  const regexProblems = unsupportedRegexes(data as SystemSchema);
  return regexProblems.length > 0 ? { problems: regexProblems } : { schema: data as SystemSchema, problems };
}
