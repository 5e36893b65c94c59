import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { EnvDocument } from './parser';
import { findSections } from './sections';
import { trimmedSpan } from './symbols';

/** Folding for multiline values, runs of two or more comment lines, and comment-headed sections. */
export function getFoldingRanges(document: TextDocument, env: EnvDocument): FoldingRange[] {
  const lineOf = (offset: number) => document.positionAt(offset).line;
  const ranges: FoldingRange[] = [];
  let commentRun: { start: number; end: number } | undefined;
  const closeRun = () => {
    if (commentRun && commentRun.end > commentRun.start) {
      ranges.push(FoldingRange.create(commentRun.start, commentRun.end, undefined, undefined, FoldingRangeKind.Comment));
    }
    commentRun = undefined;
  };
  for (const node of env.nodes) {
    const span = trimmedSpan(env.text, node.span);
    const first = lineOf(span.start);
    const last = lineOf(span.end);
    if (node.kind === 'comment') {
      if (commentRun && commentRun.end === first - 1) commentRun.end = first;
      else {
        closeRun();
        commentRun = { start: first, end: first };
      }
      continue;
    }
    closeRun();
    if ((node.kind === 'assignment' || node.kind === 'opaque') && last > first) ranges.push(FoldingRange.create(first, last));
  }
  closeRun();
  for (const section of findSections(env)) {
    const end = trimmedSpan(env.text, section.nodes[section.nodes.length - 1]!.span).end;
    const first = lineOf(section.heading.span.start);
    const last = lineOf(end);
    if (last > first) ranges.push(FoldingRange.create(first, last, undefined, undefined, FoldingRangeKind.Region));
  }
  return ranges;
}
