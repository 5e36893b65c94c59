import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { godotenvRead } from '../../../server/out/service/readers/godotenv';
import { dotenvFile } from '../support/dotenvArbitrary';
import { buildRealGodotenv, type GodotenvOutcome } from '../support/realGodotenv';

/**
 * EnvSense's godotenv reader against the real godotenv 1.5.1 (Debian's `golang-go` and
 * `golang-github-joho-godotenv-dev`, built once into a small program): the same keys with the same
 * values, and the same error where godotenv refuses the file. Where Go or the sources are missing the
 * test says so and is skipped, except in CI (ENVSENSE_REQUIRE_READERS=1).
 */
const real = buildRealGodotenv();
const skip = 'run' in real || process.env['ENVSENSE_REQUIRE_READERS'] === '1' ? false : real.reason;

function ours(text: string): GodotenvOutcome {
  const { values, error } = godotenvRead(text);
  return { values: Object.fromEntries([...values].map(([key, binding]) => [key, binding.value ?? ''])), error: error?.message ?? null };
}

function runReal(texts: readonly string[]): GodotenvOutcome[] {
  if (!('run' in real)) assert.fail(real.reason);
  return real.run(texts);
}

/** The texts on which EnvSense and godotenv differ, in keys, values or error. */
function disagreements(texts: readonly string[]): string[] {
  const theirs = runReal(texts);
  return texts.filter((text, i) => !sameOutcome(ours(text), theirs[i]!));
}

function sameOutcome(a: GodotenvOutcome, b: GodotenvOutcome): boolean {
  const keys = Object.keys(a.values);
  return a.error === b.error && keys.length === Object.keys(b.values).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b.values, key) && a.values[key] === b.values[key]);
}

const FIXTURES: readonly string[] = [
  // Unquoted: a `#` starts a comment only after whitespace, and the last such `#` wins.
  'A=a#b\nB=a #b\nC=a #b #c\nD=#x\nE= \t v \t \n',
  // `KEY: value` works like `=`; spaces around the key are dropped, spaces inside it kept.
  'A: 1\nB :2\n  C  =  3  \nD E=4\nexport F=5\nexport=6\nexportG=7\nexport\tH=8\n',
  // Double quotes: `\n`, `\r` decoded, a backslash dropped before anything else but `$`.
  'A="x\\ny\\rz"\nB="\\q\\"\\\\n"\nC="\\$A"\nD="tab\\tno"\n',
  // Single quotes keep everything; an escaped quote does not close either kind.
  "A='\\n $B ${C}'\nB='it\\'s'\nC=\"say \\\"hi\\\"\"\n",
  // Every quote character at both ends is trimmed: `"\""` gives `\`.
  'A="\\""\nB=""\nC=\'\'\n',
  // Quotes may span lines; text after the closing quote is read as the next statement.
  'A="multi\nline"\nB="x" C=2\nD=\'y\' # note\n',
  // `$VAR`, `${VAR}` and `$(VAR` from earlier keys, `` when unknown or lower-case; `\$` stays `$`.
  'HOST=db\nA=$HOST:${HOST}/$(HOST)\nB=${LATER}$host\\$HOST\nLATER=1\nC="${HOST}"\nD=${}$\n',
  // CRLF is read as LF; a lone CR ends an unquoted value, but after `=` it is skipped as a space.
  'A=1\r\nB=2\rC=3\r\nD=\rE=4\n',
  // Comments and blank lines, in every whitespace Go knows (U+0085, U+00A0, U+2028, not U+FEFF).
  '# c\n\n\t\u0085\u00a0\u2028A=1 # c\n  # c\nB=\u00a0x\u00a0\u0085\n',
  // A key's bytes are judged one by one as Latin-1: `à` (C3 A0) and `Å` (C3 85) pass, `é` does not.
  'Kà=1\nKÅ=2\nK²=3\nµ.x_1=4\n',
  'Ké=1\n',
  // A line without `=` is refused, except the last, which becomes the value of the key ``.
  'A=1\nstray\nB=2\n',
  'A=1\nLAST',
  // An unclosed quote is refused, with the rest of its line in the message.
  'A=1\nB="open\nC=3\n',
  "A='open",
  // `export ` at the end is refused; `export` at the end is the value of the key ``.
  'A=1\nexport ',
  'A=1\nexport',
  // Refusals quote the text in Go's `%q`: control characters as `\x01`, `\t`, an emoji as itself.
  'A=1\n\x01B\t😀=2\n',
  // `-` is not a key character.
  'K-9=1\n',
  // A byte-order mark (EF BB BF) is refused as a key character, as are the bytes of an emoji after `ð`.
  '\ufeffA=1\n',
  'A😀=1\n',
  // The same key again: the last value wins, and expansion sees the value so far.
  'A=1\nB=$A\nA=2\nC=$A\n',
];

test('godotenv reader equals the real godotenv on fixtures of its rules', { skip }, (t) => {
  if ('buildMs' in real) t.diagnostic(`harness build: ${real.buildMs.toFixed(0)} ms`);
  assert.deepEqual(disagreements(FIXTURES), []);
  t.diagnostic(`fixtures: ${FIXTURES.length} agree, ${FIXTURES.filter((text) => ours(text).error !== null).length} of them refused`);
});

/** Lines in godotenv's own syntax (so that most files load): `:`, `$VAR`, escapes, quotes over lines. */
const goKey = fc.constantFrom('A', 'B', 'DB_URL', 'a.b', 'Kà', 'export', '_1');
const goFragment = fc.constantFrom('x', 'a b', ' ', '\t', ' #c', '#', '$A', '${B}', '$(A)', '\\$A', '${', '$', '\\n', '\\r', '\\\\', '\\"', "\\'", '\\q', '"', "'", ':', '=', '\n', '\u00a0', '\u0085', 'é');
const goValue = fc
  .tuple(fc.constantFrom('', '"', "'", '"', "'"), fc.array(goFragment, { maxLength: 6 }), fc.constantFrom('', ' # c', ' x=1', ''))
  .map(([quote, parts, after]) => {
    const body = parts.join('');
    return quote === '' ? body.replace(/\n/g, '') : quote + body.split(quote).join('\\' + quote) + quote + after;
  });
const goLine = fc.oneof(
  { weight: 30, arbitrary: fc.tuple(fc.constantFrom('', ' ', 'export ', 'export\t'), goKey, fc.constantFrom('=', ' = ', ':', ': '), goValue).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.constantFrom('', '# comment', '  ', '\t# c') },
  { weight: 1, arbitrary: fc.constantFrom('stray', 'A="open', 'Ké=1') },
);
const godotenvFile = fc
  .tuple(fc.array(goLine, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, lineBreak]) => lines.join(lineBreak));

test('godotenv reader equals the real godotenv on 2,000 shared and 2,000 godotenv-style generated files', { skip }, (t) => {
  const shared = fc.sample(dotenvFile, { numRuns: 2000, seed: 20261129 });
  const own = fc.sample(godotenvFile, { numRuns: 2000, seed: 20261130 });
  assert.deepEqual(disagreements(shared).slice(0, 3), []);
  assert.deepEqual(disagreements(own).slice(0, 3), []);
  const refused = (texts: readonly string[]) => texts.filter((text) => ours(text).error !== null).length;
  t.diagnostic(`shared generator: 2000/2000 agree, ${refused(shared)} refused by both`);
  t.diagnostic(`godotenv generator: 2000/2000 agree, ${refused(own)} refused by both`);
});

test('godotenv 1.5.1 does not read the process environment, so neither does the reader', { skip }, () => {
  const text = 'A=$HOME:${PATH}\nB="$HOME"\n';
  if (!('run' in real)) assert.fail(real.reason);
  assert.deepEqual(real.run([text], { HOME: '/home/x', PATH: '/bin' }), [ours(text)]);
  assert.deepEqual(ours(text).values, { A: ':', B: '' });
});

test('godotenv errors carry the offset of what it refuses, in the original text', () => {
  assert.deepEqual(godotenvRead('A=1\r\nB="x\r\n').error, { message: 'unterminated quoted value "x', offset: 7 });
  assert.deepEqual(godotenvRead('A=1\r\nK\u00e9=1').error, { message: 'unexpected character "©" in variable name near "Ké=1"', offset: 6 });
  assert.deepEqual(godotenvRead('A=1\r\nexport ').error, { message: 'zero length string', offset: 12 });
  const loaded = godotenvRead('A=1\r\nB=2\nstray\n');
  assert.deepEqual([...loaded.values.values()], [
    { key: 'A', value: '1', start: 0 },
    { key: 'B', value: '2', start: 5 },
  ]);
  assert.equal(loaded.error?.offset, 14);
});

const HOSTILE: readonly [string, string][] = [
  ['20,000 `${` in a value', `A=${'${'.repeat(20_000)}}\n`],
  ['20,000 `${` in double quotes', `A="${'${'.repeat(20_000)}"\n`],
  ['a 1 MB line', `A=${'x'.repeat(1_000_000)} # c\n`],
  ['a 1 MB line of `#` without a space before', `A=${'a#'.repeat(500_000)}\n`],
  ['1 MB of escaped quotes', `A="${'\\"'.repeat(500_000)}\n`],
  ['a 1 MB key that is refused', `${'K'.repeat(1_000_000)}\nB=1`],
  ['100,000 comment lines', '#\n'.repeat(100_000) + 'A=1'],
];

test('godotenv reader ends on hostile input', { timeout: 20_000 }, () => {
  for (const [name, text] of HOSTILE) assert.ok(godotenvRead(text).values instanceof Map, name);
});

test('godotenv reader equals the real godotenv on hostile input', { skip }, () => {
  assert.deepEqual(disagreements(HOSTILE.map(([, text]) => text)).map((text) => text.slice(0, 40)), []);
});
