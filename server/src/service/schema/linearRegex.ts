import { RE2JS } from 're2js';
import { BoundedMap } from '../boundedMap';
import type { SystemSchema, VariableSpec } from './schemaTypes';

/**
 * Schema regexes run on RE2 (re2js): matching takes time linear in the value, whatever the pattern,
 * so a team schema's `(a+)+$` cannot freeze the server. RE2 has no backreferences or lookaround;
 * JavaScript-only syntax (`\u0041`, `[^]`, `(?<name>…)`) is translated first.
 */
export type CompiledRegex = { readonly matcher: RE2JS } | { readonly error: string };

/** Compiled once per pattern text; a few hundred patterns at most come from the schemas in use. */
const compiled = new BoundedMap<CompiledRegex>(1000);

export function compileSchemaRegex(source: string): CompiledRegex {
  let result = compiled.get(source);
  if (!result) {
    result = compile(source);
    compiled.set(source, result);
  }
  return result;
}

function compile(source: string): CompiledRegex {
  try {
    return { matcher: RE2JS.compile(RE2JS.translateRegExp(source)) };
  } catch (error) {
    return { error: (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '') };
  }
}

/** Whether the whole value matches `source`; a pattern RE2 cannot compile accepts every value. */
export function matchesWhole(source: string, value: string): boolean {
  const result = compileSchemaRegex(source);
  return 'error' in result ? true : result.matcher.matches(value);
}

/**
 * One problem per regex of the schema that RE2 cannot run, named by where it is
 * (`variables.API_KEY.regex: … is not supported: …`): such a schema is reported and not used.
 */
export function unsupportedRegexes(schema: SystemSchema): string[] {
  const specs: [string, VariableSpec][] = [
    ...Object.entries(schema.variables).map(([name, spec]): [string, VariableSpec] => [`variables.${name}`, spec]),
    ...(schema.patterns ?? []).map((spec, i): [string, VariableSpec] => [`patterns.${i}`, spec]),
  ];
  const problems: string[] = [];
  for (const [where, spec] of specs) {
    if (spec.regex === undefined) continue;
    const result = compileSchemaRegex(spec.regex);
    if ('error' in result) {
      problems.push(`${where}.regex: this regular expression is not supported: ${result.error} (schema regexes run on RE2, in linear time: no backreferences or lookaround)`);
    }
  }
  return problems;
}
