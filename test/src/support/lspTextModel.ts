/**
 * What a document's text must be after an edit, written from the LSP specification alone (no library):
 * lines end at `\r\n`, `\n` or `\r`; a line past the end means the end of the document; a character past
 * the end of its line means the end of that line, before its line break; a reversed range means the same
 * span as its ordered twin. Tests and the protocol fuzzer hold the server's copy to this.
 */
export interface ModelPosition {
  readonly line: number;
  readonly character: number;
}

export interface ModelChange {
  readonly range?: { readonly start: ModelPosition; readonly end: ModelPosition };
  readonly text: string;
}

/** Where each line starts and where its content ends (before its line break). */
function lines(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char !== '\n' && char !== '\r') continue;
    found.push({ start, end: i });
    if (char === '\r' && text[i + 1] === '\n') i += 1;
    start = i + 1;
  }
  found.push({ start, end: text.length });
  return found;
}

export function offsetOf(text: string, position: ModelPosition): number {
  const all = lines(text);
  if (position.line > all.length - 1) return text.length;
  const line = all[Math.max(0, Math.floor(position.line))]!;
  return line.start + Math.min(line.end - line.start, Math.max(0, Math.floor(position.character)));
}

export function applyChange(text: string, change: ModelChange): string {
  if (!change.range) return change.text;
  const a = offsetOf(text, change.range.start);
  const b = offsetOf(text, change.range.end);
  return text.slice(0, Math.min(a, b)) + change.text + text.slice(Math.max(a, b));
}

export function applyChanges(text: string, changes: readonly ModelChange[]): string {
  return changes.reduce(applyChange, text);
}
