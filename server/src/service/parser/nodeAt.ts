import type { EnvDocument, EnvNode } from './envDocument';

/** The node that holds `offset` (the last node also holds the end of the text), by binary search. */
export function nodeAt(env: EnvDocument, offset: number): EnvNode | undefined {
  let low = 0;
  let high = env.nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const node = env.nodes[mid]!;
    if (offset < node.span.start) high = mid - 1;
    else if (offset >= node.span.end && !(offset === node.span.end && mid === env.nodes.length - 1)) low = mid + 1;
    else return node;
  }
  return undefined;
}
