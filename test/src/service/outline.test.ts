import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { documentOf, serviceWith } from '../support/service';

const outline = (symbols: DocumentSymbol[]): unknown =>
  symbols.map((s) => (s.children && s.children.length > 0 ? { [s.name]: outline(s.children) } : `${s.name} (${s.detail ?? ''})`));

test('symbols for every key, values of secrets masked', () => {
  const symbols = serviceWith().findDocumentSymbols(documentOf('A=1\nDB_PASSWORD=hunter2\nB="x\ny"\n'));
  assert.deepEqual(outline(symbols), ['A (`1`)', 'DB_PASSWORD (a 7-character value)', 'B (`x\\ny`)']);
  assert.deepEqual(symbols[2]!.range, { start: { line: 2, character: 0 }, end: { line: 3, character: 2 } });
  assert.deepEqual(symbols[2]!.selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
});

test('keys are grouped under comment headings of every style', () => {
  const text = [
    'TOP=1',
    '### Database',
    'DB_HOST=x',
    '# ---------',
    '# Mail',
    '# ---------',
    'MAIL=y',
    '# ==== AWS ====',
    'AWS_REGION=z',
    '',
  ].join('\n');
  assert.deepEqual(outline(serviceWith().findDocumentSymbols(documentOf(text))), [
    'TOP (`1`)',
    { Database: ['DB_HOST (`x`)'] },
    { Mail: ['MAIL (`y`)'] },
    { AWS: ['AWS_REGION (`z`)'] },
  ]);
});

test('folding: multiline values, comment blocks and sections', () => {
  const text = '# a\n# b\nA=1\nPEM="x\ny\nz"\n### Section\nB=1\nC=2\n';
  const ranges = serviceWith().getFoldingRanges(documentOf(text));
  assert.deepEqual(
    ranges.map((r) => [r.startLine, r.endLine, r.kind]).sort(),
    [[0, 1, 'comment'], [3, 5, undefined], [6, 8, 'region']].sort(),
  );
});

test("a plain `# Database` over a group of keys is a section (BackAnt's style); a comment over one key documents it", () => {
  const text = ['# Database', 'DB_URL=postgres://db/app', 'CLEAR_DB=False', '', '# The region of the bucket.', 'S3_REGION=eu-west-1', '', '# AWS', 'S3_ACCESS_KEY=x', 'S3_SECRET_KEY=y', ''].join('\n');
  assert.deepEqual(outline(serviceWith().findDocumentSymbols(documentOf(text))), [
    { Database: ['DB_URL (`postgres://db/app`)', 'CLEAR_DB (`False`)', 'S3_REGION (`eu-west-1`)'] },
    { AWS: ['S3_ACCESS_KEY (a 1-character value)', 'S3_SECRET_KEY (a 1-character value)'] },
  ]);
});
