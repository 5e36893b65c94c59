import fc from 'fast-check';
import { test } from 'node:test';
import { assertConforms } from '../support/conformance';
import { anyText, dotenvFile } from '../support/dotenvArbitrary';

/** Each rule of dotenv's reading, as a file whose values must equal `dotenv.parse`'s. */
const FIXTURES: Record<string, string> = {
  'plain and export': 'A=1\nexport B=2\n  C = 3  \n',
  'colon separator': 'A: 1\nB:2\nC:\nvalue\n',
  'single, double and backtick quotes': `A='one'\nB="two"\nC=\`three\`\n`,
  'multiline quoted values': 'A="line 1\nline 2"\nB=\'x\ny\'\nC=`p\nq`\n',
  'escaped quotes': `A="say \\"hi\\""\nB='it\\'s'\nC=\`a\\\`b\`\n`,
  'newline escapes in double quotes only': `A="a\\nb\\rc"\nB='a\\nb'\nC=a\\nb\n`,
  'inline comments': 'A=1 # one\nB="2" # two\nC=\'3\'#three\nD= # empty\n',
  'value cut at #': 'SECRET_KEY=r8Ow!!dci#P9x\nURL=http://x/#frag\n',
  'CRLF and CR': 'A=1\r\nB="x\r\ny"\r\nC=3\rD=4\r',
  'BOM': '\ufeffA=1\nB=2\n',
  'last duplicate wins': 'A=1\nB=2\nA=3\n',
  'ignored lines': 'hello\n// A=1\n{% if x %}\nKÉY=1\nEXPORT B=2\nC=3\n',
  'unterminated quote keeps the quote': "A='abc\nB=2\n",
  'unterminated quote swallows lines': "A='abc\nB=2\nC=3'\nD=4\n",
  'text after closing quote': "A='abc' def\nB=\"x\"y\"\n",
  'quote on the next line': "A=\n'x'\nB=\n\nC=1\n",
  'key and = on different lines': 'A\n=b\n',
  'references kept literally': 'A=${B}\nC=$D\nE=${F:-g}\n',
  'empty file': '',
  'only blanks': '\n\n  \n\t\n',
  'no final newline': 'A=1',
  'astral characters': 'A=😀😀\nB="😀\n😀"\n',
  'line and paragraph separators': 'x\u2028A=1\nB=c #d\u2028E=f\n',
};

for (const [name, text] of Object.entries(FIXTURES)) {
  test(`dotenv conformance: ${name}`, () => assertConforms(text));
}

test('dotenv conformance: generated dotenv-like files', () => {
  fc.assert(fc.property(dotenvFile, assertConforms), { numRuns: 3000 });
});

test('dotenv conformance: arbitrary text', () => {
  fc.assert(fc.property(anyText, assertConforms), { numRuns: 1000 });
});
