import type { Comment, EnvDocument, EnvNode } from './parser';

/**
 * Section headings written as comments: `### Database`, `# ---- Database ----`, a comment line right
 * after a fence line (`# ----------`), or a plain `# Database` over a group of keys. A section runs to
 * the next heading.
 */
export interface Section {
  readonly name: string;
  /** The heading comment (for a fenced heading, the fence above the name). */
  readonly heading: Comment;
  /** The nodes of the section, heading included. */
  readonly nodes: readonly EnvNode[];
}

const FENCE = /^[-=*#~_]{3,}$/;
const FENCED_NAME = /^[-=*#~_]{3,}\s*(.*?)\s*[-=*#~_]*$/;
const HASH_HEADING = /^#+\s*(.+)$/;

export function findSections(env: EnvDocument): Section[] {
  const { nodes } = env;
  const starts: { index: number; name: string }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind !== 'comment') continue;
    const name = headingName(node, nodes[i + 1]) ?? plainHeading(nodes, i);
    if (name === undefined) continue;
    const previous = starts[starts.length - 1];
    // The name line under a fence, or the fence under a name, belongs to the heading already found.
    if (previous && previous.index === i - 1 && nodes[i - 1]!.kind === 'comment') continue;
    starts.push({ index: i, name });
  }
  return starts.map((start, k) => {
    let end = k + 1 < starts.length ? starts[k + 1]!.index : nodes.length;
    while (end > start.index + 1 && nodes[end - 1]!.kind === 'blank') end--;
    return { name: start.name, heading: nodes[start.index] as Comment, nodes: nodes.slice(start.index, end) };
  });
}

/** Longer comments are prose, not headings (and the patterns below stay fast on hostile input). */
const MAX_HEADING = 120;

function headingName(comment: Comment, next: EnvNode | undefined): string | undefined {
  const text = comment.text;
  if (text.length > MAX_HEADING) return undefined;
  if (FENCE.test(text)) {
    if (next?.kind === 'comment' && next.text !== '' && next.text.length <= MAX_HEADING && !FENCE.test(next.text) && !/^envsense/.test(next.text)) {
      return cleanName(next.text);
    }
    return undefined;
  }
  const fenced = FENCED_NAME.exec(text);
  if (fenced && fenced[1]) return cleanName(fenced[1]);
  const hashes = HASH_HEADING.exec(text);
  if (hashes && hashes[1]) return cleanName(hashes[1]);
  return undefined;
}

/**
 * A plain `# Database` line (BackAnt's style): a few words, no sentence, after a blank line or at the
 * top, with at least two assignments right under it. A comment above a single key documents that key.
 */
function plainHeading(nodes: readonly EnvNode[], i: number): string | undefined {
  const comment = nodes[i] as Comment;
  const text = comment.text.trim();
  if (text === '' || text.length > 40 || /[.:;=!?,]$|=|^envsense/.test(text) || text.split(/\s+/).length > 4) return undefined;
  const before = nodes[i - 1];
  if (before !== undefined && before.kind !== 'blank') return undefined;
  return nodes[i + 1]?.kind === 'assignment' && nodes[i + 2]?.kind === 'assignment' ? cleanName(text) : undefined;
}

function cleanName(name: string): string {
  return name.replace(/[-=*#~_\s]+$/, '').trim();
}
