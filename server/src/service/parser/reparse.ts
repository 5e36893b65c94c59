import { checkpoints, parseDotenv, parseDotenvFrom, type Checkpoint } from './dotenvParser';
import type { Assignment, EnvDocument, EnvNode, Reference, Span } from './envDocument';

/**
 * The next version of a dotenv document, parsed only where it changed: the nodes before the edit are
 * kept, the scanner starts again at the last checkpoint whose reading stopped before the edit, and as
 * soon as it reaches a checkpoint of the earlier version past the edit, the rest of that version is
 * taken over, moved by the change in length. The result equals `parseDotenv(text)` (tests prove it on
 * generated edits); a keystroke in a 10,000-line file re-reads a line or two instead of the file.
 */
export function reparseDotenv(previous: EnvDocument, text: string): EnvDocument {
  const marks = checkpoints(previous);
  if (previous.dialect !== 'dotenv' || marks === undefined) return parseDotenv(text);
  const old = previous.text;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;
  const unchangedFrom = text.length - suffix;

  // Everything the earlier parse did before this checkpoint read only text before the edit.
  const restart = lastMark(marks, (mark) => mark.offset <= prefix && mark.reach <= prefix);
  const converge = (offset: number) => {
    // The scanner reads one character back (the line start), so that one must be unchanged too.
    if (offset <= unchangedFrom) return undefined;
    const at = indexOfOffset(marks, offset - delta);
    return at === undefined ? undefined : restOf(previous, marks, at, delta);
  };
  let taken: ReturnType<typeof restOf> | undefined;
  const env = parseDotenvFrom(text, { checkpoint: restart, nodes: previous.nodes, assignments: previous.assignments, checkpoints: marks }, (offset) => (taken = converge(offset)));
  const addedEnd = env.assignments.length - (taken?.assignments.length ?? 0);
  const removedEnd = previous.assignments.length - (taken?.assignments.length ?? 0);
  // One version back only: the earlier version's own change is dropped, so no chain of versions stays alive.
  changes.delete(previous);
  changes.set(env, {
    previous,
    removed: previous.assignments.slice(restart.assignments, removedEnd),
    added: env.assignments.slice(restart.assignments, addedEnd),
  });
  if (taken) {
    const here: MovedNodes = { from: env.nodes.length - taken.nodes.length, earlierNodes: previous.nodes, earlierFrom: taken.earlierFrom, delta };
    const earlier = movedNodes.get(previous);
    movedNodes.set(env, earlier ? composed(here, earlier) : here);
  }
  return env;
}

/** What an edit changed in the assignments: those of the earlier version it replaced, and the new ones. */
export interface Change {
  readonly previous: EnvDocument;
  readonly removed: readonly Assignment[];
  readonly added: readonly Assignment[];
}

const changes = new WeakMap<EnvDocument, Change>();

/** What the edit that made `env` changed, told once (the earlier version is then let go). */
export function takeChange(env: EnvDocument): Change | undefined {
  const change = changes.get(env);
  changes.delete(env);
  return change;
}

/**
 * Where a reparsed document's nodes came from: from index `from` on, node `i` is the earlier version's
 * node `earlierNodes[earlierFrom + i - from]` moved by `delta`. When versions were parsed without
 * being judged in between (completion while typing), the mapping reaches back to the last one whose
 * moved nodes were not taken yet, so that its findings can still be carried over.
 */
export interface MovedNodes {
  readonly from: number;
  readonly earlierNodes: readonly EnvNode[];
  readonly earlierFrom: number;
  readonly delta: number;
}

/** `next` (from the version in between to this one) after `earlier` (from an older one to the version in between). */
function composed(next: MovedNodes, earlier: MovedNodes): MovedNodes {
  // Nodes of the version in between before `earlier.from` were parsed there again: they map to nothing older.
  const skip = Math.max(0, earlier.from - next.earlierFrom);
  return {
    from: next.from + skip,
    earlierNodes: earlier.earlierNodes,
    earlierFrom: earlier.earlierFrom + next.earlierFrom + skip - earlier.from,
    delta: earlier.delta + next.delta,
  };
}

const movedNodes = new WeakMap<EnvDocument, MovedNodes>();

/** Where `env`'s nodes came from, told once: the earlier version can be freed once its findings were carried over. */
export function takeMovedNodes(env: EnvDocument): MovedNodes | undefined {
  const moved = movedNodes.get(env);
  movedNodes.delete(env);
  return moved;
}

/** Strings are compared a kilobyte at a time (natively) before character by character: 30 times faster. */
const CHUNK = 1024;

function commonPrefix(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= shorter && a.substring(at, at + CHUNK) === b.substring(at, at + CHUNK)) at += CHUNK;
  while (at < shorter && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters `a` and `b` share at their ends, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + CHUNK <= limit && a.substring(a.length - length - CHUNK, a.length - length) === b.substring(b.length - length - CHUNK, b.length - length)) length += CHUNK;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

function lastMark(marks: readonly Checkpoint[], fits: (mark: Checkpoint) => boolean): Checkpoint {
  for (let i = marks.length - 1; i > 0; i--) if (fits(marks[i]!)) return marks[i]!;
  return marks[0]!;
}

/** The index of the checkpoint at `offset` (checkpoints are in order of offset), by binary search. */
function indexOfOffset(marks: readonly Checkpoint[], offset: number): number | undefined {
  let low = 0;
  let high = marks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = marks[mid]!.offset;
    if (at === offset) return mid;
    if (at < offset) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** The earlier version's nodes, assignments and checkpoints after checkpoint `at`, moved by `delta`. */
function restOf(previous: EnvDocument, marks: readonly Checkpoint[], at: number, delta: number) {
  const from = marks[at]!;
  const nodes = previous.nodes.slice(from.nodes).map((node) => moved(node, delta));
  const assignments = nodes.filter((node): node is Assignment => node.kind === 'assignment');
  const checkpoints = marks.slice(at + 1).map((mark) => ({
    offset: mark.offset + delta,
    reach: mark.reach + delta,
    nodes: mark.nodes - from.nodes,
    assignments: mark.assignments - from.assignments,
  }));
  return { nodes, assignments, checkpoints, earlierFrom: from.nodes };
}

/** A node of the earlier version where it now stands, built field by field in the parser's own order (a spread is several times slower here). */
function moved(node: EnvNode, delta: number): EnvNode {
  if (delta === 0) return node;
  const span = by(node.span, delta);
  switch (node.kind) {
    case 'assignment':
      return {
        kind: 'assignment',
        span,
        exportSpan: node.exportSpan && by(node.exportSpan, delta),
        key: node.key,
        keySpan: by(node.keySpan, delta),
        separatorSpan: by(node.separatorSpan, delta),
        valueSpan: by(node.valueSpan, delta),
        innerSpan: by(node.innerSpan, delta),
        form: node.form,
        quote: node.quote,
        value: node.value,
        commentSpan: node.commentSpan && by(node.commentSpan, delta),
        references: node.references.length === 0 ? node.references : node.references.map((r) => movedReference(r, delta)),
      };
    case 'ignored':
      return { kind: 'ignored', span, reason: node.reason, focus: by(node.focus, delta) };
    case 'comment':
      return { kind: 'comment', span, text: node.text };
    case 'blank':
      return { kind: 'blank', span };
    case 'opaque':
      return { kind: 'opaque', span };
  }
}

function movedReference(reference: Reference, delta: number): Reference {
  const moved: Reference = { name: reference.name, span: by(reference.span, delta), nameSpan: by(reference.nameSpan, delta) };
  return reference.fallback === undefined ? moved : { ...moved, fallback: reference.fallback };
}

function by(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}
