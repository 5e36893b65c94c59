import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { clampedTextDocuments } from '../../../server/out/clampedTextDocuments';
import { dotenvFile } from '../support/dotenvArbitrary';
import { applyChanges, type ModelChange } from '../support/lspTextModel';

/** The server's copy of a document after edits whose ranges lie outside it. */
const URI = 'file:///workspace/.env';

function edited(text: string, ...changes: unknown[][]): TextDocument {
  let document = clampedTextDocuments.create(URI, 'dotenv', 1, text);
  changes.forEach((batch, i) => {
    document = clampedTextDocuments.update(document, batch as TextDocumentContentChangeEvent[], i + 2);
  });
  return document;
}

const at = (line: number, character: number) => ({ line, character });
const replace = (start: { line: number; character: number }, end: { line: number; character: number }, text: string) => ({ range: { start, end }, text });

/** The line table must agree with a document made fresh from the same text, or later edits land wrongly. */
function assertLinesAgree(document: TextDocument): void {
  const fresh = TextDocument.create(URI, 'dotenv', 1, document.getText());
  assert.equal(document.lineCount, fresh.lineCount);
  for (let offset = 0; offset <= fresh.getText().length; offset += 1) {
    assert.deepEqual(document.positionAt(offset), fresh.positionAt(offset), `position of offset ${offset}`);
  }
}

test('a line break typed past the end, then a key on the new line: the text is exactly the two keys', () => {
  const document = edited('A=1', [replace(at(1, 0), at(2, 0), '\n')], [replace(at(1, 0), at(1, 0), 'B=2')]);
  assert.equal(document.getText(), 'A=1\nB=2');
  assert.equal(document.version, 3);
  assertLinesAgree(document);
});

test('a character past the end of its line means the end of that line, before its line break', () => {
  assert.equal(edited('AB\nCD', [replace(at(0, 99), at(0, 99), 'X')]).getText(), 'ABX\nCD');
  assert.equal(edited('AB\r\nCD', [replace(at(0, 3), at(0, 3), 'X')]).getText(), 'ABX\r\nCD');
  assert.equal(edited('AB\rCD', [replace(at(0, 1), at(0, 50), '')]).getText(), 'A\rCD');
  assert.equal(edited('AB\nCD', [replace(at(1, 7), at(1, 9), '!')]).getText(), 'AB\nCD!');
});

test('a line past the end means the end of the document, at the start or the end of a range', () => {
  assert.equal(edited('A\nB', [replace(at(5, 0), at(9, 9), 'C')]).getText(), 'A\nBC');
  assert.equal(edited('A=1\nB=2\n', [replace(at(1, 0), at(7, 0), '')]).getText(), 'A=1\n');
  assert.equal(edited('A=1\n', [replace(at(1, 0), at(1, 0), 'B=2')]).getText(), 'A=1\nB=2');
  assert.equal(edited('', [replace(at(3, 3), at(4, 4), 'A=1')]).getText(), 'A=1');
});

test('a reversed range, even one out of range, means the same span as its ordered twin', () => {
  assert.equal(edited('ABCD', [replace(at(0, 3), at(0, 1), 'x')]).getText(), 'AxD');
  assert.equal(edited('ABC\nD', [replace(at(4, 0), at(0, 1), '')]).getText(), 'A');
});

test('negative numbers mean the start of the document or of the line', () => {
  assert.equal(edited('AB\nCD', [replace(at(-1, -5), at(-1, -5), 'x')]).getText(), 'xAB\nCD');
  assert.equal(edited('AB\nCD', [replace(at(1, -2), at(1, 1), '')]).getText(), 'AB\nD');
});

test('changes of one notification apply in order, each clamped to the text the previous one left', () => {
  const document = edited('A=1', [replace(at(1, 0), at(1, 0), '\n'), replace(at(1, 0), at(1, 0), 'B=2'), replace(at(9, 0), at(9, 0), '\nC=3')]);
  assert.equal(document.getText(), 'A=1\nB=2\nC=3');
  assertLinesAgree(document);
});

test('what is not a change is skipped, and the document still takes the new version', () => {
  const malformed = [null, 42, {}, { text: 5 }, { range: null, text: 'x' }, { range: { start: at(0, 0) }, text: 'x' }, { range: { start: { line: '0', character: 0 }, end: at(0, 0) }, text: 'x' }, { range: { start: at(Number.NaN, 0), end: at(0, 0) }, text: 'x' }];
  const document = edited('A=1', malformed, [replace(at(0, 3), at(0, 3), '2')]);
  assert.equal(document.getText(), 'A=12');
  assert.equal(document.version, 3);
  assert.equal(clampedTextDocuments.update(document, 'not a list' as unknown as TextDocumentContentChangeEvent[], 4).getText(), 'A=12');
  assert.equal(document.version, 4);
});

test('a whole-text change replaces everything; an open without text opens an empty document', () => {
  assert.equal(edited('A=1', [{ text: 'B=2\r\n' }, replace(at(1, 0), at(1, 0), 'C=3')]).getText(), 'B=2\r\nC=3');
  assert.equal(clampedTextDocuments.create(URI, 'dotenv', 1, null as unknown as string).getText(), '');
});

const position = fc.record({ line: fc.integer({ min: -2, max: 14 }), character: fc.integer({ min: -2, max: 40 }) });
const change: fc.Arbitrary<ModelChange> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: fc.constantFrom('', 'x', '\n', '\r\n', '\r', 'A=1\n', '\u2028', '\ud800', 'é😀') }) },
  { weight: 1, arbitrary: fc.record({ text: dotenvFile }) },
);

test('any edits at all: the text is what the specification gives, and the line table stays right', () => {
  fc.assert(
    fc.property(dotenvFile, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (text, batches) => {
      const document = edited(text, ...batches);
      assert.equal(document.getText(), batches.reduce(applyChanges, text));
      assertLinesAgree(document);
    }),
    { numRuns: 300 },
  );
});
