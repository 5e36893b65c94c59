import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { maskedRanges, mergeSpans, moveSpans, type OffsetChange, type OffsetSpan } from '../../../client/out/client/src/maskGeometry';

/** The client's mask in plain numbers: what stays hidden beside the cursors, and where it goes when the text changes. */

const lines = (start: number, end = start) => ({ start: { line: start }, end: { line: end } });

test('a value stays hidden unless a cursor or a selection is on one of its lines', () => {
  const ranges = [lines(1), lines(2), lines(4, 5), lines(8)];
  assert.deepEqual(maskedRanges(ranges, [lines(2)]), [lines(1), lines(4, 5), lines(8)]);
  // A selection from line 5 to 7 shows the value that spans lines 4 and 5, and nothing beyond line 7.
  assert.deepEqual(maskedRanges(ranges, [lines(5, 7)]), [lines(1), lines(2), lines(8)]);
  assert.deepEqual(maskedRanges(ranges, [lines(0), lines(8), lines(1)]), [lines(2), lines(4, 5)]);
  assert.deepEqual(maskedRanges(ranges, []), ranges);
});

/** The text after one change, as VS Code applies it. */
const applyChange = (text: string, change: OffsetChange) => text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
const under = (text: string, span: OffsetSpan) => text.slice(span.start, span.end);

test('hidden spans move with the text around them; typing at an edge stays outside; replacing inside stays inside', () => {
  const text = 'API_KEY=abc123\nNAME=bob\n';
  const span = { start: 8, end: 14 };
  const cases: [string, OffsetChange, string | undefined][] = [
    ['a line inserted above', { rangeOffset: 0, rangeLength: 0, text: 'A=1\n' }, 'abc123'],
    ['a key renamed before the value', { rangeOffset: 0, rangeLength: 3, text: 'MY_API' }, 'abc123'],
    ['typed right after the value', { rangeOffset: 14, rangeLength: 0, text: 'XY' }, 'abc123'],
    ['typed right before the value', { rangeOffset: 8, rangeLength: 0, text: 'XY' }, 'abc123'],
    ['typed inside the value', { rangeOffset: 10, rangeLength: 0, text: 'XY' }, 'abXYc123'],
    ['part of the value replaced', { rangeOffset: 6, rangeLength: 4, text: 'Y=z' }, 'Y=zc123'],
    ['the end of the value deleted with the line break', { rangeOffset: 12, rangeLength: 3, text: '' }, 'abc1'],
    ['a line below edited', { rangeOffset: 20, rangeLength: 3, text: 'alice' }, 'abc123'],
    ['the whole value deleted', { rangeOffset: 8, rangeLength: 6, text: '' }, undefined],
    ['the whole line deleted', { rangeOffset: 0, rangeLength: 15, text: '' }, undefined],
  ];
  for (const [name, change, expected] of cases) {
    const moved = moveSpans([span], [change]);
    assert.deepEqual(moved.map((s) => under(applyChange(text, change), s)), expected === undefined ? [] : [expected], name);
  }
});

test('the changes of one multi-cursor edit are applied in the order VS Code lists them (from the end of the text)', () => {
  const text = 'A_TOKEN=aaaa\nB_TOKEN=bbbb\n';
  const changes: OffsetChange[] = [
    { rangeOffset: 13, rangeLength: 0, text: '# ' },
    { rangeOffset: 0, rangeLength: 0, text: '# ' },
  ];
  const after = changes.reduce(applyChange, text);
  assert.equal(after, '# A_TOKEN=aaaa\n# B_TOKEN=bbbb\n');
  assert.deepEqual(moveSpans([{ start: 8, end: 12 }, { start: 21, end: 25 }], changes).map((s) => under(after, s)), ['aaaa', 'bbbb']);
});

test('any change: a span the change does not touch keeps its text; one it touches keeps what is left of it and covers the new text', () => {
  const arbitrary = fc
    .tuple(fc.string({ maxLength: 40 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 6 }))
    .map(([text, a, b, c, d, inserted]) => {
      const [spanStart, spanEnd] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
      const [start, end] = [c % (text.length + 1), d % (text.length + 1)].sort((x, y) => x - y) as [number, number];
      return { text, span: { start: spanStart, end: spanEnd }, change: { rangeOffset: start, rangeLength: end - start, text: inserted } };
    });
  fc.assert(
    fc.property(arbitrary, ({ text, span, change }) => {
      const after = applyChange(text, change);
      const moved = moveSpans([span], [change]);
      const start = change.rangeOffset;
      const end = start + change.rangeLength;
      if (span.end <= start || span.start >= end) {
        // Untouched (an insertion at an edge included): the same text, possibly empty and then dropped.
        assert.deepEqual(moved.map((s) => under(after, s)), span.end > span.start ? [under(text, span)] : []);
        return;
      }
      // Touched: what is left of it before the change, the new text, and what is left after.
      const left = under(text, { start: span.start, end: Math.min(span.end, start) });
      const right = under(text, { start: Math.max(span.start, end), end: span.end });
      const expected = left + change.text + right;
      assert.deepEqual(moved.map((s) => under(after, s)), expected === '' ? [] : [expected]);
    }),
    { numRuns: 2000 },
  );
});

test('spans known twice get one mask: the union, sorted, overlaps made one', () => {
  assert.deepEqual(mergeSpans([{ start: 10, end: 20 }, { start: 40, end: 50 }], [{ start: 0, end: 5 }, { start: 15, end: 25 }, { start: 40, end: 50 }, { start: 50, end: 55 }]), [
    { start: 0, end: 5 },
    { start: 10, end: 25 },
    { start: 40, end: 50 },
    { start: 50, end: 55 },
  ]);
  assert.deepEqual(mergeSpans([], []), []);
});
