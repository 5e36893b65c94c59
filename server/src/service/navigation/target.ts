import type { Assignment, EnvDocument, Reference, Span } from '../parser';
import { nodeAt } from '../parser/nodeAt';
import { countsAsReference, type ReferencePolicy } from './occurrences';

/** The key under the cursor: on an assignment's key, or on a reference to it in a value. */
export interface Target {
  readonly name: string;
  /** The name as written under the cursor (inside `${…}` for a reference). */
  readonly span: Span;
  readonly assignment: Assignment;
  /** Set when the cursor is on a `${KEY}` / `$KEY` reference rather than on a key. */
  readonly reference?: Reference;
}

/** What the cursor at `offset` names, if anything (the end of a name counts, as editors place the cursor after a word). */
export function targetAt(env: EnvDocument, policy: ReferencePolicy, offset: number): Target | undefined {
  const within = (span: Span) => span.start <= offset && offset <= span.end && span.end > span.start;
  for (const node of [nodeAt(env, offset), nodeAt(env, offset - 1)]) {
    if (node?.kind !== 'assignment') continue;
    if (within(node.keySpan)) return { name: node.key, span: node.keySpan, assignment: node };
    const reference = node.references.find((r) => within(r.span));
    if (reference && countsAsReference(env, policy, node, reference)) return { name: reference.name, span: reference.nameSpan, assignment: node, reference };
  }
  return undefined;
}
