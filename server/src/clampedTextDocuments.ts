import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument, type Position, type Range } from 'vscode-languageserver-textdocument';

/**
 * How the server keeps its copy of an open document. vscode-languageserver-textdocument applies a
 * range that lies past the end of the document to the text but not to its line table, so every later
 * edit lands in the wrong place. Here each change's range is first clamped as the LSP specification
 * says: a line past the end means the end of the document, a character past the end of its line means
 * the end of that line (before its line break). A change that is not a change at all (no text, a range
 * without numbers) is skipped; the document still takes the new version.
 */
export const clampedTextDocuments: TextDocumentsConfiguration<TextDocument> = {
  // A didOpen without text (a broken client) opens an empty document rather than one that throws later.
  create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, typeof content === 'string' ? content : ''),
  update: (document, changes, version) => {
    for (const change of Array.isArray(changes) ? (changes as unknown[]) : []) {
      const usable = usableChange(document, change);
      if (usable) TextDocument.update(document, [usable], version);
    }
    return TextDocument.update(document, [], version);
  },
};

type UsableChange = { readonly text: string } | { readonly range: Range; readonly text: string };

function usableChange(document: TextDocument, change: unknown): UsableChange | undefined {
  if (!isRecord(change) || typeof change.text !== 'string') return undefined;
  if (change.range === undefined) return { text: change.text };
  if (!isRecord(change.range)) return undefined;
  const start = clampPosition(document, change.range.start);
  const end = clampPosition(document, change.range.end);
  if (!start || !end) return undefined;
  // A reversed range means the same span as its ordered twin, as the library already reads it.
  const reversed = document.offsetAt(start) > document.offsetAt(end);
  return { range: reversed ? { start: end, end: start } : { start, end }, text: change.text };
}

/** The position inside the document that `raw` names, or undefined when `raw` is not a position. */
function clampPosition(document: TextDocument, raw: unknown): Position | undefined {
  if (!isRecord(raw) || !isNumber(raw.line) || !isNumber(raw.character)) return undefined;
  if (raw.line > document.lineCount - 1) return document.positionAt(document.getText().length);
  const line = Math.max(0, Math.floor(raw.line));
  const lineStart = document.offsetAt({ line, character: 0 });
  // offsetAt stops a too-large character before the line break: that is the line's length.
  const lineLength = document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - lineStart;
  return { line, character: Math.min(lineLength, Math.max(0, Math.floor(raw.character))) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}
