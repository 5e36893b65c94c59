import type { EnvDocument } from './envDocument';

/** The value each key of a parsed file loads: the last assignment of a key wins, as every loader has it. */
export function loadedValues(env: EnvDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const assignment of env.assignments) values.set(assignment.key, assignment.value);
  return values;
}
