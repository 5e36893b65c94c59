import type { SystemSchema, VariableSpec } from './schemaTypes';

/** The id prefix of a schema the code declares (see code/declaredAsSchema). */
export const DECLARED_ID = 'code:';

export function isDeclaredSchema(schema: SystemSchema): boolean {
  return schema.id.startsWith(DECLARED_ID);
}

/** What a file's family tells about the keys a declared schema requires (see `requiredHere`). */
export interface FamilyFacts {
  /** Whether this file is where the family's unset keys are reported (`.env`, or each member when there is none). */
  readonly reportsUnset: boolean;
  /** The keys the family's other files (not templates) set; undefined when they could not all be read. Asked only when the schema requires a key. */
  readonly otherKeys: () => ReadonlySet<string> | undefined;
  /** The keys of this file that a schema reading names in any case knows under another spelling (`debug` for `DEBUG`). */
  readonly otherSpellings: () => ReadonlySet<string>;
}

const folded = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function lowerCase(keys: ReadonlySet<string>): ReadonlySet<string> {
  let lower = folded.get(keys);
  if (!lower) {
    lower = new Set([...keys].map((key) => key.toLowerCase()));
    folded.set(keys, lower);
  }
  return lower;
}

/**
 * A declared schema as it applies to one file, for `missing-required`: the code requires a key, but
 * the application may get it from elsewhere, so the file is asked for it only when nothing else
 * provides it — when this is the file that reports the family's unset keys (`.env`: not each of
 * `.env.local`, `.env.production`, …), no other file of the family sets it (the loader may read it
 * from there), and, for pydantic-settings, the file does not set it in another case. When the other
 * files cannot be read, nothing is asked. The schema itself, with what the code declares, stays in
 * the registry: hover and completion show it; this view only decides what the file is asked for.
 */
export function requiredHere(schema: SystemSchema, facts: FamilyFacts): SystemSchema {
  const required = Object.entries(schema.variables).filter(([, spec]) => spec.required);
  if (required.length === 0) return schema;
  const otherKeys = facts.otherKeys();
  const set = (keys: ReadonlySet<string>, name: string) => keys.has(name) || (schema.namesIgnoreCase === true && lowerCase(keys).has(name.toLowerCase()));
  const asked = (name: string) => facts.reportsUnset && otherKeys !== undefined && !set(otherKeys, name) && !(schema.namesIgnoreCase === true && lowerCase(facts.otherSpellings()).has(name.toLowerCase()));
  if (required.every(([name]) => asked(name))) return schema;
  const variables = Object.fromEntries(Object.entries(schema.variables).map(([name, spec]): [string, VariableSpec] => [name, spec.required && !asked(name) ? { ...spec, required: false } : spec]));
  return { ...schema, variables };
}
