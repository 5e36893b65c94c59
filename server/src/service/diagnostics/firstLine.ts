import type { Span } from '../parser';

/** The first line of a file, where findings about the whole file are shown. */
export function firstLineSpan(text: string): Span {
  const end = text.search(/[\r\n]/);
  return { start: 0, end: end < 0 ? text.length : end };
}
