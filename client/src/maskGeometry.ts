/**
 * Where the mask goes, in plain numbers (no VS Code types, so that it can be tested without VS Code):
 * which secret ranges stay hidden given the cursors, and where hidden spans move when the text changes.
 */

/** A range or selection by its lines: all that decides whether a secret stays hidden. */
export interface LineSpan {
  readonly start: { readonly line: number };
  readonly end: { readonly line: number };
}

/**
 * The secret ranges that stay hidden: those on no line that holds a cursor or a selection. A value
 * over several lines is shown whole as soon as one of its lines holds one.
 */
export function maskedRanges<R extends LineSpan>(ranges: readonly R[], selections: readonly LineSpan[]): R[] {
  return ranges.filter((range) => !selections.some((selection) => selection.start.line <= range.end.line && range.start.line <= selection.end.line));
}

/** [start, end) offsets into a document's text. */
export interface OffsetSpan {
  readonly start: number;
  readonly end: number;
}

/** One change of a text, as VS Code reports it: offsets into the text before it. */
export interface OffsetChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/**
 * The spans after `changes`, applied in order (VS Code lists a multi-cursor edit's changes so that
 * applying them one after the other gives its result). Text typed at a span's edge stays outside it;
 * text that replaces part of a span is inside it; a span whose text is all removed is dropped.
 */
export function moveSpans(spans: readonly OffsetSpan[], changes: readonly OffsetChange[]): OffsetSpan[] {
  let moved: readonly OffsetSpan[] = spans;
  for (const { rangeOffset: start, rangeLength, text } of changes) {
    const end = start + rangeLength;
    const delta = text.length - rangeLength;
    moved = moved.flatMap((span) => {
      const from = span.start < start ? span.start : span.start >= end ? span.start + delta : start;
      const to = span.end <= start ? span.end : span.end > end ? span.end + delta : start + text.length;
      return to > from ? [{ start: from, end: to }] : [];
    });
  }
  return [...moved];
}

/** The union of two lists of spans, sorted, with overlapping spans made one (each gets one mask). */
export function mergeSpans(a: readonly OffsetSpan[], b: readonly OffsetSpan[]): OffsetSpan[] {
  const sorted = [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: OffsetSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}
