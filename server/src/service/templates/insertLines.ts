import type { EnvDocument } from '../parser';
import type { TextChange } from '../fixes/fix';

/** A line to add for `key`, next to the keys written before it where it comes from. */
export interface NewLine {
  readonly key: string;
  /** The line without its line break (`KEY=`, `KEY = ''`). */
  readonly line: string;
  /** The keys before `key` in the file it comes from, the nearest first. */
  readonly after: readonly string[];
}

/**
 * Where lines go in `target`: after the line of the nearest key before them that `target` sets (or
 * that this batch adds), else at the end; in the file's own line breaks, keeping whether it ends with
 * one. Lines that land in the same place keep their order.
 */
export function insertLines(target: EnvDocument, lines: readonly NewLine[]): TextChange[] {
  const { text } = target;
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const lineEnds = new Map<string, number>();
  for (const assignment of target.assignments) lineEnds.set(assignment.key, assignment.span.end);
  const byOffset = new Map<number, string[]>();
  for (const { key, line, after } of lines) {
    const anchor = after.find((k) => lineEnds.has(k));
    const at = anchor === undefined ? text.length : lineEnds.get(anchor)!;
    byOffset.set(at, [...(byOffset.get(at) ?? []), line]);
    if (!lineEnds.has(key)) lineEnds.set(key, at);
  }
  return [...byOffset]
    .sort(([a], [b]) => a - b)
    .map(([at, added]) => {
      // After a line break each line brings its own; after a last line without one, each line starts with one.
      const atLineStart = at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
      return { span: { start: at, end: at }, newText: added.map((line) => (atLineStart ? `${line}${eol}` : `${eol}${line}`)).join('') };
    });
}

/** The keys of the assignments before the one at `index`, the nearest first (each once). */
export function keysBefore(env: EnvDocument, index: number): string[] {
  const seen = new Set<string>();
  for (let i = index - 1; i >= 0; i--) seen.add(env.assignments[i]!.key);
  return [...seen];
}
