import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/out/service';
import { documentOf, problemsOf, SECRETS_URI, serviceWith } from '../support/service';

const WARNING = 2;
const HINT = 4;

test('a clean file has no diagnostics at all', () => {
  assert.deepEqual(problemsOf('# Database\nDB_HOST=localhost\nDB_PORT=5432\nexport NAME="My App" # shown\nPEM="-----BEGIN-----\nabc\n-----END-----"\n'), []);
});

test('ignored-line names the reason and covers the line', () => {
  assert.deepEqual(problemsOf('A=1\nEXPORT B=2\n'), [
    { code: 'ignored-line', at: '2:1-2:11', message: 'dotenv ignores this line: only lower-case `export` is understood, not `EXPORT`.', severity: WARNING },
  ]);
  assert.deepEqual(problemsOf('// note\n').map((p) => p.message), ['dotenv ignores this line: `//` does not start a comment in a .env file; use `#`.']);
  assert.deepEqual(problemsOf('KÉY=1\n').map((p) => p.message), [
    'dotenv ignores this line: the name contains `É`, but dotenv accepts only A–Z, a–z, 0–9, `_`, `.` and `-` in a name.',
  ]);
});

test('value-cut-by-hash says what loads, and masks secrets', () => {
  assert.deepEqual(problemsOf('COLOR=#fff\nURL=http://x/#top\n'), [
    { code: 'value-cut-by-hash', at: '1:7-1:11', message: '`#` starts a comment here, so COLOR loads an empty value instead of `#fff`. Quote the value to keep the `#`.', severity: WARNING },
    { code: 'value-cut-by-hash', at: '2:5-2:18', message: '`#` starts a comment here, so URL loads `http://x/` instead of `http://x/#top`. Quote the value to keep the `#`.', severity: WARNING },
  ]);
  const secret = problemsOf('SECRET_KEY=r8Ow!!dci#P9x\n').find((p) => p.code === 'value-cut-by-hash');
  assert.equal(secret!.message, '`#` starts a comment here, so SECRET_KEY loads only the 9 characters before it, not all 13. Quote the value to keep the `#`.');
  assert.ok(!secret!.message.includes('r8Ow'));
});

test('a space before # is an ordinary comment', () => {
  assert.deepEqual(problemsOf('A=1 # one\nB= # nothing\n'), []);
});

test('unclosed-quote keeps the quote character; text-after-quote keeps the quotes', () => {
  assert.deepEqual(problemsOf("NAME='abc\nB=2\n"), [
    { code: 'unclosed-quote', at: '1:6-1:10', message: "The ' is not closed on this line, so dotenv keeps the quote character: NAME loads `'abc`.", severity: WARNING },
  ]);
  assert.deepEqual(problemsOf("NAME='abc' def\n").map((p) => [p.code, p.message]), [
    ['text-after-quote', "Text follows the closing ', so dotenv does not read these quotes as quotes: NAME loads `'abc' def`."],
    ['unquoted-whitespace', 'A shell that sources this file sets NAME to the text before the first space and runs the rest as a command. Quote the value.'],
  ]);
  assert.equal(problemsOf('API_TOKEN="abc\n')[0]!.message, 'The " is not closed on this line, so dotenv keeps the quote character: API_TOKEN loads a 4-character value.');
});

test('quote-spans-lines names the swallowed assignments and the closing line', () => {
  assert.deepEqual(problemsOf("A='abc\nB=2\nC=3'\nD=4\n"), [
    { code: 'quote-spans-lines', at: '1:3-1:4', message: "The ' opened here is closed only 2 lines later, so dotenv loads these 3 lines as the one value of A; B, C in between are not loaded on their own.", severity: WARNING },
  ]);
});

test('duplicate-key marks every earlier occurrence', () => {
  assert.deepEqual(problemsOf('A=1\nB=2\nA=3\nA=4\n'), [
    { code: 'duplicate-key', at: '1:1-1:2', message: 'A is set again on line 4; the last value wins, so this line has no effect.', severity: WARNING },
    { code: 'duplicate-key', at: '3:1-3:2', message: 'A is set again on line 4; the last value wins, so this line has no effect.', severity: WARNING },
  ]);
});

test('hints for other readers: spaces around =, colon, unquoted whitespace, references', () => {
  assert.deepEqual(problemsOf('A = 1\nB: 2\nC=x y\nD=${A}\n').map((p) => [p.code, p.at, p.severity]), [
    ['spaces-around-equals', '1:1-1:5', HINT],
    ['colon-separator', '2:2-2:3', HINT],
    ['unquoted-whitespace', '3:3-3:6', HINT],
    ['reference-not-expanded', '4:3-4:7', HINT],
  ]);
});

test('python secrets files: duplicates are reported, opaque code never is', () => {
  const text = "import os\nEMAIL_HOST_USER = 'a'\nEMAIL_HOST_USER = 'b'\nX = os.environ.get('X')\n";
  assert.deepEqual(problemsOf(text, SECRETS_URI).map((p) => [p.code, p.at]), [['duplicate-key', '2:1-2:16']]);
});

test('severities come from settings; off silences a code', () => {
  const service = serviceWith({ ...DEFAULT_SETTINGS, rules: { 'duplicate-key': 'error', 'ignored-line': 'off' } });
  const diagnostics = service.doValidation(documentOf('A=1\nA=2\nstray\n'));
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['duplicate-key', 1]]);
});

test('disable comments silence the next line or the whole file', () => {
  assert.deepEqual(problemsOf('# envsense-disable-next-line duplicate-key\nA=1\nA=2\nB=1\nB=2\n').map((p) => p.at), ['4:1-4:2']);
  assert.deepEqual(problemsOf('# envsense-disable duplicate-key\nA=1\nA=2\nstray\n').map((p) => p.code), ['ignored-line']);
  assert.deepEqual(problemsOf('# envsense-disable\nA=1\nA=2\nstray\n'), []);
});

test('every diagnostic carries source, code and a link to its documentation', () => {
  const [diagnostic] = serviceWith().doValidation(documentOf('A=1\nA=2\n'));
  assert.equal(diagnostic!.source, 'envsense');
  assert.equal(diagnostic!.codeDescription?.href, 'https://github.com/envsense/envsense#duplicate-key');
});

test('hostile input never throws: binary, 10 MB line, unterminated quote', () => {
  const service = serviceWith();
  for (const text of ['\u0000\u0001\uffff=\ud800', `A=${'x'.repeat(10 * 1024 * 1024)}`, 'A="\n\n\n', '\ufeff', '\r\r\r']) {
    assert.ok(Array.isArray(service.doValidation(documentOf(text))));
  }
});
