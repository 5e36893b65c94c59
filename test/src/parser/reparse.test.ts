import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDotenv } from '../../../server/out/service/parser/dotenvParser';
import { keyIndex } from '../../../server/out/service/parser/keyIndex';
import { reparseDotenv } from '../../../server/out/service/parser/reparse';
import { dotenvFile } from '../support/dotenvArbitrary';

/**
 * Parsing only where the text changed must give exactly what parsing the whole text gives, whatever
 * the edit: quotes opened or closed lines away, `KEY` and its `=` on different lines, line breaks
 * typed or removed, CRLF split in two.
 */
const insertion = fc.constantFrom('', 'x', '\n', '\r', '\r\n', '=', '"', "'", '`', '\\', '#', ' ', '\t', 'export ', 'A=1\n', 'K="v\nw"\n', ': ', '${A}', '\u2028');
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.array(insertion, { maxLength: 3 }).map((parts) => parts.join('')) });

function applied(text: string, { at, remove, insert }: { at: number; remove: number; insert: string }): string {
  const start = at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

const shape = (env: ReturnType<typeof parseDotenv>) => ({ text: env.text, nodes: env.nodes, assignments: env.assignments });

test('reparsing after any sequence of edits equals parsing the final text', () => {
  fc.assert(
    fc.property(dotenvFile, fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
      let env = parseDotenv(start);
      keyIndex(env);
      for (const change of edits) {
        const text = applied(env.text, change);
        env = reparseDotenv(env, text);
        const fresh = parseDotenv(text);
        assert.deepStrictEqual(shape(env), shape(fresh));
        // The key counts carried over from version to version equal counts made afresh.
        const [kept, counted] = [keyIndex(env), keyIndex(fresh)];
        assert.deepEqual([...kept.repeated].sort(), [...counted.repeated].sort());
        for (const { key } of fresh.assignments) assert.equal(kept.count(key), counted.count(key), key);
        for (const key of kept.repeated) assert.equal(kept.lastOfRepeated(key), [...env.assignments].reverse().find((a) => a.key === key));
      }
    }),
    { numRuns: 5000 },
  );
});

test('a quote opened above and closed by a later edit changes the lines in between', () => {
  const first = parseDotenv('A="one\nB=2\nC=3\n');
  assert.deepEqual(first.assignments.map((a) => a.key), ['A', 'B', 'C']);
  const closed = reparseDotenv(first, 'A="one\nB=2\nC=3"\n');
  assert.deepEqual(closed.assignments.map((a) => [a.key, a.value]), [['A', 'one\nB=2\nC=3']]);
});

test('a key whose = comes on a later line is joined when the line between is cleared', () => {
  const first = parseDotenv('KEY\nx\n=v\n');
  const cleared = reparseDotenv(first, 'KEY\n \n=v\n');
  assert.deepStrictEqual(shape(cleared), shape(parseDotenv('KEY\n \n=v\n')));
  assert.deepEqual(cleared.assignments.map((a) => a.key), ['KEY']);
});

test('a keystroke in the middle of a long file keeps the nodes before it and moves those after it', () => {
  const lines = Array.from({ length: 2000 }, (_, i) => `KEY_${i}=value${i}`);
  const first = parseDotenv(lines.join('\n') + '\n');
  const text = first.text.replace('KEY_1000=value1000', 'KEY_1000=value10000');
  const second = reparseDotenv(first, text);
  assert.equal(second.nodes[999], first.nodes[999]);
  assert.deepEqual(second.nodes[1500]!.span, { start: first.nodes[1500]!.span.start + 1, end: first.nodes[1500]!.span.end + 1 });
  assert.deepStrictEqual(shape(second), shape(parseDotenv(text)));
});
