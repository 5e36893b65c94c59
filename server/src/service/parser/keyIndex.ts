import type { Assignment, EnvDocument } from './envDocument';

/** Each key's last assignment (the one the loader keeps), and the keys set more than once. */
export interface KeyIndex {
  readonly last: ReadonlyMap<string, Assignment>;
  readonly repeated: ReadonlySet<string>;
}

/**
 * The keys of a document, built once per parsed version and shared by the rules, completion and
 * fixes (each used to build its own set of keys, on every keystroke).
 */
export function keyIndex(env: EnvDocument): KeyIndex {
  let index = indexes.get(env);
  if (!index) {
    const last = new Map<string, Assignment>();
    const repeated = new Set<string>();
    for (const assignment of env.assignments) {
      if (last.has(assignment.key)) repeated.add(assignment.key);
      last.set(assignment.key, assignment);
    }
    index = { last, repeated };
    indexes.set(env, index);
  }
  return index;
}

const indexes = new WeakMap<EnvDocument, KeyIndex>();
