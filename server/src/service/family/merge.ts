import type { LoadStep } from './plan';

/**
 * What one file of the family loads, as the loader's reader reads it: each key's value, null for a
 * key named without a value (python-dotenv's and compose's bare `KEY` line: it sets nothing), or why
 * the file was not read (then it counts as loading nothing).
 */
export interface StepRead {
  readonly values: ReadonlyMap<string, { readonly value: string | null }>;
  readonly problem?: string;
}

export interface SetBy {
  readonly step: LoadStep;
  readonly value: string;
}

/** Who sets a key in one environment. */
export interface KeyOutcome {
  /** The file whose value the app gets (undefined: no file sets the key). */
  readonly winner?: SetBy;
  /** The other files that set the key, whose values lose, in the order read. */
  readonly overridden: readonly SetBy[];
  /** Files that name the key without a value (`KEY` alone): they set nothing. */
  readonly bare: readonly LoadStep[];
}

/**
 * Who wins `key` among `steps`, read in order: a step that overrides replaces the value so far, one
 * that does not keeps it (first wins). An empty value is a value (`KEY=` sets the key to ""); a bare
 * `KEY` is not, and unsets nothing: none of the loaders removes a key an earlier file set.
 */
export function outcomeOf(key: string, steps: readonly LoadStep[], readOf: (step: LoadStep) => StepRead): KeyOutcome {
  let winner: SetBy | undefined;
  const overridden: SetBy[] = [];
  const bare: LoadStep[] = [];
  for (const step of steps) {
    const found = readOf(step).values.get(key);
    if (found === undefined) continue;
    if (found.value === null) {
      bare.push(step);
      continue;
    }
    const set = { step, value: found.value };
    if (winner === undefined) winner = set;
    else if (step.override) {
      overridden.push(winner);
      winner = set;
    } else overridden.push(set);
  }
  return { ...(winner ? { winner } : {}), overridden: overridden.sort((a, b) => steps.indexOf(a.step) - steps.indexOf(b.step)), bare };
}

/** The variables of one environment as the app gets them, each with the file it comes from, keys in the order first read. */
export function mergeEnvironment(steps: readonly LoadStep[], readOf: (step: LoadStep) => StepRead): Map<string, SetBy> {
  const merged = new Map<string, SetBy>();
  for (const step of steps) {
    for (const [key, { value }] of readOf(step).values) {
      if (value === null) continue;
      if (step.override || !merged.has(key)) merged.set(key, { step, value });
    }
  }
  return merged;
}
