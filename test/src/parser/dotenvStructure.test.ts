import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, type Assignment, type Span } from '../../../server/out/service';
import { assertConforms } from '../support/conformance';

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

function only(text: string): Assignment {
  const { assignments } = parse(text, 'dotenv');
  assert.equal(assignments.length, 1, `one assignment in ${JSON.stringify(text)}`);
  return assignments[0]!;
}

test('every part of an assignment has its exact range', () => {
  const text = '  export DB_URL = "postgres://x/${DB}" # main db\n';
  const a = only(text);
  assert.equal(slice(text, a.exportSpan), 'export');
  assert.equal(slice(text, a.keySpan), 'DB_URL');
  assert.equal(slice(text, a.separatorSpan), '=');
  assert.equal(slice(text, a.valueSpan), '"postgres://x/${DB}"');
  assert.equal(slice(text, a.innerSpan), 'postgres://x/${DB}');
  assert.equal(slice(text, a.commentSpan), '# main db');
  assert.equal(a.quote, '"');
  assert.equal(a.form, 'quoted');
  assert.deepEqual(a.references.map((r) => [r.name, slice(text, r.span), slice(text, r.nameSpan)]), [['DB', '${DB}', 'DB']]);
});

test('references of every form are recorded, none in single quotes', () => {
  const text = 'A=${B} $C ${D:-x} ${E-y} \\$F\nG=\'${H}\'\n';
  const [a, g] = parse(text, 'dotenv').assignments;
  assert.deepEqual(
    a!.references.map((r) => ({ name: r.name, fallback: r.fallback })),
    [{ name: 'B', fallback: undefined }, { name: 'C', fallback: undefined }, { name: 'D', fallback: 'x' }, { name: 'E', fallback: 'y' }],
  );
  assert.deepEqual(g!.references, []);
});

test('a multiline value is one node spanning its lines, with the following line separate', () => {
  const text = 'KEY="-----BEGIN-----\nabc\n-----END-----"\nNEXT=1\n';
  const { nodes } = parse(text, 'dotenv');
  assert.deepEqual(nodes.map((n) => [n.kind, slice(text, n.span)]), [
    ['assignment', 'KEY="-----BEGIN-----\nabc\n-----END-----"\n'],
    ['assignment', 'NEXT=1\n'],
  ]);
});

test('lines dotenv ignores say why', () => {
  const text = 'hello\n// A=1\n{% if x %}\nKÉY=1\nEXPORT B=2\nC:3\n=4\n';
  const ignored = parse(text, 'dotenv').nodes.filter((n) => n.kind === 'ignored');
  assert.deepEqual(
    ignored.map((n) => (n.kind === 'ignored' ? [n.reason, slice(text, n.focus)] : [])),
    [
      ['missing-separator', 'hello'],
      ['slash-comment', '//'],
      ['template-tag', '{% if x %}'],
      ['non-ascii-key', 'É'],
      ['uppercase-export', 'EXPORT'],
      ['colon-without-space', ':'],
      ['missing-key', '='],
    ],
  );
});

test('ranges are UTF-16 positions with CRLF, a BOM and astral characters', () => {
  const text = '\ufeffEMOJI=😀x\r\nNEXT="😀\r\n😀" # c\r\n';
  const document = TextDocument.create('file:///.env', 'dotenv', 1, text);
  const [emoji, next] = parse(text, 'dotenv').assignments;
  assert.deepEqual(document.positionAt(emoji!.keySpan.start), { line: 0, character: 1 });
  assert.deepEqual(document.positionAt(emoji!.valueSpan.end), { line: 0, character: 10 });
  assert.deepEqual(document.positionAt(next!.valueSpan.end), { line: 2, character: 3 });
  assert.equal(slice(text, next!.commentSpan), '# c');
  assert.equal(next!.value, '😀\n😀');
  assertConforms(text);
});

test('hostile input: empty, blanks only, unterminated quotes', () => {
  for (const text of ['', '\n', '\r\n\r\n', "A='", 'A="abc\n\nB=1', 'A=`', "'", '"""', 'export', 'export ', '=', ':']) {
    assertConforms(text);
  }
});

test('hostile input: 10 MB on one line is read in one pass', () => {
  const value = 'x'.repeat(10 * 1024 * 1024);
  const text = `BIG=${value}`;
  const a = only(text);
  assert.equal(a.value.length, value.length);
  const unterminated = `Q="${value}`;
  assert.equal(only(unterminated).value, unterminated.slice(2));
});

test('hostile input: binary bytes and invalid UTF-8 are read like dotenv reads them', () => {
  const bytes = Buffer.from([0x41, 0x3d, 0xff, 0xfe, 0x00, 0x01, 0x0a, 0x42, 0x3d, 0xc3, 0x28, 0x0a, 0x80, 0x3d, 0x31]);
  const text = bytes.toString('utf8');
  assertConforms(text);
  const values = Object.fromEntries(parse(text, 'dotenv').assignments.map((a) => [a.key, a.value]));
  assert.equal(values.B, '\ufffd(');
});
