import type { Comment, EnvDocument } from './envDocument';
import { nodeAt } from './nodeAt';

/**
 * The comments that speak to EnvSense (`# envsense: schema=…`, `# envsense: reader=…`,
 * `# envsense-disable…`), in order, once per parsed version. Found by searching the text for
 * `envsense` (a native scan) rather than by visiting every node: schema selection, the reader and
 * suppressions ask on every keystroke.
 */
export function envsenseComments(env: EnvDocument): readonly Comment[] {
  let found = cache.get(env);
  if (!found) {
    const comments: Comment[] = [];
    for (let at = env.text.indexOf('envsense'); at >= 0; at = env.text.indexOf('envsense', at + 8)) {
      const node = nodeAt(env, at);
      if (node?.kind === 'comment' && node.text.startsWith('envsense') && comments[comments.length - 1] !== node) comments.push(node);
    }
    found = comments;
    cache.set(env, found);
  }
  return found;
}

const cache = new WeakMap<EnvDocument, readonly Comment[]>();
