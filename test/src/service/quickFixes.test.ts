import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as dotenv from 'dotenv';
import { documentOf, quickFixesOf, SECRETS_URI, serviceWith } from '../support/service';

function fixFor(text: string, code: string) {
  return quickFixesOf(text).filter((fix) => fix.code === code);
}

test('quoting a value cut by # keeps every character', () => {
  const [fix] = fixFor('SECRET_KEY=r8Ow!!dci#P9x\nNEXT=1\n', 'value-cut-by-hash');
  assert.equal(fix!.title, 'Quote the value');
  assert.equal(fix!.result, "SECRET_KEY='r8Ow!!dci#P9x'\nNEXT=1\n");
  assert.equal(dotenv.parse(fix!.result).SECRET_KEY, 'r8Ow!!dci#P9x');
});

test('a value with a single quote gets another quote style', () => {
  const [fix] = fixFor("PASS=it's#1\n", 'value-cut-by-hash');
  assert.equal(fix!.result, 'PASS="it\'s#1"\n');
  assert.equal(dotenv.parse(fix!.result).PASS, "it's#1");
});

test('removing a duplicate removes the earlier line whole, CRLF included', () => {
  const [fix] = fixFor('A=1\r\nB=2\r\nA=3\r\n', 'duplicate-key');
  assert.equal(fix!.title, 'Remove this earlier A line');
  assert.equal(fix!.result, 'B=2\r\nA=3\r\n');
  assert.equal(fix!.preferred, true);
});

test('ignored lines: lower-case export, # comment, comment out', () => {
  assert.equal(fixFor('EXPORT A=1\n', 'ignored-line')[0]!.result, 'export A=1\n');
  assert.equal(fixFor('// note\n', 'ignored-line')[0]!.result, '# note\n');
  assert.deepEqual(fixFor('stray words\n', 'ignored-line').map((f) => [f.title, f.result]), [['Comment out the line', '# stray words\n']]);
});

test('closing a quote only when dotenv then reads the text between the quotes', () => {
  assert.equal(fixFor("NAME='abc\n", 'unclosed-quote')[0]!.result, "NAME='abc'\n");
  assert.deepEqual(fixFor("NAME='abc # x\n", 'unclosed-quote'), []);
});

test('shell compatibility fixes keep what dotenv loads', () => {
  const cases: [string, string, string][] = [
    ['A = 1\n', 'spaces-around-equals', 'A=1\n'],
    ['A: 1\n', 'colon-separator', 'A=1\n'],
    ['A=x y\n', 'unquoted-whitespace', "A='x y'\n"],
  ];
  for (const [original, code, expected] of cases) {
    const fix = fixFor(original, code)[0]!;
    assert.equal(fix.result, expected);
    assert.deepEqual(dotenv.parse(fix.result), dotenv.parse(original));
  }
});

test('no quick fix for a diagnostic whose fix is not certain', () => {
  assert.deepEqual(fixFor("A='abc\nB=2\nC=3'\n", 'quote-spans-lines'), []);
});

test('a diagnostic older than the text gets no fix: the text it pointed at has changed', () => {
  const service = serviceWith();
  const old = documentOf('A=1\nB=2\nA=3\n');
  const stale = service.doValidation(old).filter((d) => d.code === 'duplicate-key');
  const now = documentOf('DB_PASSWORD=keep-me\nB=2\n');
  assert.deepEqual(service.getCodeActions(now, { diagnostics: stale }), []);
});

test('secrets.py: a generated secret stays a Python string; a boolean becomes the bare literal', () => {
  const fixes = quickFixesOf("# envsense: schema=django\nEMAIL_HOST_PASSWORD = 1234\nDEBUG = 'no'\n", SECRETS_URI);
  const secret = fixes.find((f) => f.title === 'Replace with a generated strong secret');
  assert.match(secret?.result ?? '', /^# envsense: schema=django\nEMAIL_HOST_PASSWORD = '[A-Za-z0-9]{48}'\n/);
  assert.equal(fixes.find((f) => f.title === 'Write "False"')?.result, '# envsense: schema=django\nEMAIL_HOST_PASSWORD = 1234\nDEBUG = False\n');
});
