import type { Span } from '../parser';

/**
 * Where findings about the whole file are shown: the file's first character only, so that the mark
 * stays small and its message does not ride on every hover of the first line.
 */
export function fileLevelSpan(text: string): Span {
  const first = text.codePointAt(0);
  const end = first === undefined || first === 0x0a || first === 0x0d ? 0 : first > 0xffff ? 2 : 1;
  return { start: 0, end };
}
