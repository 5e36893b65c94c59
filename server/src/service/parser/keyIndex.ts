import { takeChange } from './reparse';
import type { Assignment, EnvDocument } from './envDocument';

/**
 * How many times each key is set in a document, kept up to date while the user types: a reparsed
 * version takes its predecessor's counts over and applies only the assignments that the edit removed
 * and added, so a keystroke in a 10,000-key file touches a key or two instead of building a map of all.
 */
export interface KeyIndex {
  /** How many assignments set `key`. */
  count(key: string): number;
  /** Keys set more than once. */
  readonly repeated: ReadonlySet<string>;
  /** The last assignment of a key set more than once (the one the loader keeps). */
  lastOfRepeated(key: string): Assignment | undefined;
}

class Counts {
  readonly counts = new Map<string, number>();
  readonly repeated = new Set<string>();

  constructor(public owner: EnvDocument) {}

  add(key: string, by: 1 | -1): void {
    const next = (this.counts.get(key) ?? 0) + by;
    if (next <= 0) this.counts.delete(key);
    else this.counts.set(key, next);
    if (next >= 2) this.repeated.add(key);
    else this.repeated.delete(key);
  }
}

/** The counts of each version; an entry whose owner is another version was handed on to a newer one. */
const countsOf = new WeakMap<EnvDocument, Counts>();
const lastOfRepeated = new WeakMap<EnvDocument, Map<string, Assignment>>();

export function keyIndex(env: EnvDocument): KeyIndex {
  const counts = countsFor(env);
  return {
    count: (key) => counts.counts.get(key) ?? 0,
    repeated: counts.repeated,
    lastOfRepeated(key) {
      if (!counts.repeated.has(key)) return undefined;
      let last = lastOfRepeated.get(env);
      if (!last) {
        // Only when the file has duplicates: one pass for the last assignment of each of them.
        last = new Map();
        for (const assignment of env.assignments) if (counts.repeated.has(assignment.key)) last.set(assignment.key, assignment);
        lastOfRepeated.set(env, last);
      }
      return last.get(key);
    },
  };
}

function countsFor(env: EnvDocument): Counts {
  const own = countsOf.get(env);
  if (own && own.owner === env) return own;
  const change = takeChange(env);
  const previous = change?.previous;
  const inherited = previous && countsOf.get(previous);
  let counts: Counts;
  if (change && inherited && inherited.owner === previous) {
    counts = inherited;
    counts.owner = env;
    for (const assignment of change.removed) counts.add(assignment.key, -1);
    for (const assignment of change.added) counts.add(assignment.key, 1);
  } else {
    counts = new Counts(env);
    for (const assignment of env.assignments) counts.add(assignment.key, 1);
  }
  countsOf.set(env, counts);
  return counts;
}
