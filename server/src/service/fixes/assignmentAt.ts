import type { Assignment, EnvDocument } from '../parser';
import { nodeAt } from '../parser/nodeAt';

/** The assignment a finding at `offset` is about, if a node there is one. */
export function assignmentAt(env: EnvDocument, offset: number): Assignment | undefined {
  const node = nodeAt(env, offset);
  return node?.kind === 'assignment' ? node : undefined;
}
