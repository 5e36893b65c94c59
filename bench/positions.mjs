// Where the bench edits and asks, the same in-process and over stdio.
import { createRequire } from 'node:module';
import { positionOf } from './realisticFile.mjs';

const { TextDocument } = createRequire(import.meta.url)('vscode-languageserver-textdocument');

// The key of the schema (an enum) that benchDocument puts on its middle line, and the lines after it.
export const completionPositions = (text) => ({
  'a key (empty line)': positionOf(text, /^$/),
  'a value (LOG_LEVEL=|)': positionOf(text, /^LOG_LEVEL=/),
  'a reference (${|)': positionOf(text, /\$\{/),
});

export const hoverPositions = (text) => ({
  'a key (LOG_LEVEL)': positionOf(text, /^LOG(?=_LEVEL=)/),
  'a value (DEBUG)': positionOf(text, /^LOG_LEVEL=DE/),
  'a reference (${NA|ME})': positionOf(text, /\$\{[A-Z]{2}/),
});

/** The one-character change that types an `x` at `position`, then the one that deletes it, in turn. */
export function toggleChange(position) {
  let typed = false;
  return () => {
    const end = typed ? { line: position.line, character: position.character + 1 } : position;
    const change = { range: { start: position, end }, text: typed ? '' : 'x' };
    typed = !typed;
    return change;
  };
}

/** Applies the toggling change to a TextDocument as the server's document manager does; returns it. */
export function toggleAt(position) {
  const next = toggleChange(position);
  return (document) => {
    // TextDocument.update changes the document in place (as vscode-languageserver's TextDocuments does).
    TextDocument.update(document, [next()], document.version + 1);
    return document;
  };
}
