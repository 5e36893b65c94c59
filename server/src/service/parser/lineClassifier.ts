import { Ch, isKeyChar, isWhitespace } from './chars';
import type { Blank, Comment, IgnoredLine, IgnoredReason, Span } from './envDocument';

/**
 * Names the kind of a dotenv line that holds no assignment: blank, a `#` comment, or a line that
 * dotenv skips silently, with the reason and the character where the reading stopped.
 */
export function classifyLine(text: string, span: Span, lineEnd: number): Blank | Comment | IgnoredLine {
  let first = span.start;
  while (first < lineEnd && isWhitespace(text.charCodeAt(first))) first++;
  if (first >= lineEnd) return { kind: 'blank', span };
  if (text.charCodeAt(first) === Ch.Hash) {
    return { kind: 'comment', span, text: text.slice(first + 1, lineEnd).trim() };
  }
  const { reason, focus } = ignoredReason(text, first, lineEnd);
  return { kind: 'ignored', span, reason, focus };
}

function ignoredReason(text: string, first: number, lineEnd: number): { reason: IgnoredReason; focus: Span } {
  const rest = text.slice(first, Math.min(lineEnd, first + 2));
  if (rest === '//') return { reason: 'slash-comment', focus: { start: first, end: first + 2 } };
  if (rest === '{%' || rest === '{{' || rest === '{#') return { reason: 'template-tag', focus: { start: first, end: lineEnd } };

  let keyStart = first;
  const word = /^export(?=\s)/i.exec(text.slice(first, first + 7));
  if (word) {
    if (word[0] !== 'export') return { reason: 'uppercase-export', focus: { start: first, end: first + 6 } };
    keyStart = first + 6;
    while (keyStart < lineEnd && isWhitespace(text.charCodeAt(keyStart))) keyStart++;
  }

  let keyEnd = keyStart;
  while (keyEnd < lineEnd && isKeyChar(text.charCodeAt(keyEnd))) keyEnd++;
  const stop = text.charCodeAt(keyEnd);
  if (keyEnd < lineEnd && stop >= 128 && !isWhitespace(stop)) {
    const width = stop >= 0xd800 && stop <= 0xdbff ? 2 : 1;
    return { reason: 'non-ascii-key', focus: { start: keyEnd, end: keyEnd + width } };
  }
  if (keyEnd === keyStart) {
    if (stop === Ch.Equals || stop === Ch.Colon) return { reason: 'missing-key', focus: { start: keyEnd, end: keyEnd + 1 } };
    return { reason: 'invalid-line', focus: { start: first, end: lineEnd } };
  }
  const keySpan = { start: keyStart, end: keyEnd };
  if (stop === Ch.Colon) return { reason: 'colon-without-space', focus: { start: keyEnd, end: keyEnd + 1 } };
  return { reason: 'missing-separator', focus: keySpan };
}
