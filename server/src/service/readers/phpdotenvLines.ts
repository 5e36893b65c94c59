/** One line of the file, without its line break. */
export interface PhpdotenvLine {
  readonly start: number;
  readonly text: string;
}

/** What phpdotenv parses as one entry: one line, or the lines of a multiline value joined by `\n`. */
export interface PhpdotenvEntry {
  readonly text: string;
  readonly lines: readonly PhpdotenvLine[];
}

/** The file's lines, split at `\r\n`, `\n` and `\r` as `Parser::parse` splits them. */
function splitLines(text: string, from: number): PhpdotenvLine[] {
  const lines: PhpdotenvLine[] = [];
  let start = from;
  for (let at = from; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c !== 0x0a && c !== 0x0d) continue;
    lines.push({ start, text: text.slice(start, at) });
    if (c === 0x0d && text.charCodeAt(at + 1) === 0x0a) at++;
    start = at + 1;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

/**
 * `Lines::process`: the entries of the file, without blank and comment lines. A line with `="` and at
 * most one unescaped `"` after its first character opens a multiline value, which the next line with
 * such a quote closes (a line opening one while one is open does not); one still open at the end of
 * the file is dropped, and `dropped` says where it began.
 */
export function phpdotenvEntries(text: string, from: number): { entries: PhpdotenvEntry[]; dropped?: number } {
  const entries: PhpdotenvEntry[] = [];
  let buffer: PhpdotenvLine[] = [];
  let multiline = false;
  for (const line of splitLines(text, from)) {
    let entry: PhpdotenvEntry = { text: line.text, lines: [line] };
    const started = line.text.includes('="') && !looksLikeMultilineStop(line.text, true);
    if (started) multiline = true;
    if (multiline) {
      buffer.push(line);
      if (looksLikeMultilineStop(line.text, started)) {
        multiline = false;
        entry = { text: buffer.map((part) => part.text).join('\n'), lines: buffer };
        buffer = [];
      }
    }
    if (!multiline && !isCommentOrWhitespace(entry.text)) entries.push(entry);
  }
  return multiline && buffer.length > 0 ? { entries, dropped: buffer[0]!.start } : { entries };
}

/**
 * `/(?=([^\\]"))/` counted on the line without its `\\` pairs: the quotes that follow a character
 * other than a backslash (a quote at the very start does not count).
 */
function looksLikeMultilineStop(line: string, started: boolean): boolean {
  if (line === '"') return true;
  const stripped = line.split('\\\\').join('');
  let count = 0;
  for (let at = 1; at < stripped.length; at++) {
    if (stripped[at] === '"' && stripped[at - 1] !== '\\') count++;
  }
  return started ? count > 1 : count >= 1;
}

/** PHP's `trim` leaves `\f` and Unicode spaces, so such a line is an entry (and an invalid name). */
function isCommentOrWhitespace(line: string): boolean {
  const trimmed = line.replace(/^[ \t\n\r\0\v]+/, '');
  return trimmed === '' || trimmed[0] === '#';
}
