import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, type Span } from '../../../server/out/service';

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

const SEED_MIXED = `import os
[...]
try:
    # on development SECRET_KEY is  in secrets.py (gitignored)
    from .secrets import *
except ModuleNotFoundError:
    # on deployment SECRET_KEY is an environment variable
    EMAIL_HOST_USER = os.environ.get('EMAIL_HOST_USER')
    EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')
`;

test('top-level assignments of every literal form, with their values', () => {
  const text = [
    "A = 'single'",
    'B="double"',
    "C = r'raw\\n'",
    'D = b"bytes"',
    "E = '''triple\nline'''",
    'F = """x"""  # comment',
    "G = 'esc\\n\\x41\\u00e9'",
    'H = 42',
    'I = -1.5e3',
    'J = True',
    'K = False',
    'L = None',
    "M = f'no placeholders'",
    '',
  ].join('\n');
  const values = Object.fromEntries(parse(text, 'python').assignments.map((a) => [a.key, a.value]));
  assert.deepEqual(values, {
    A: 'single', B: 'double', C: 'raw\\n', D: 'bytes', E: 'triple\nline', F: 'x', G: 'esc\nAé',
    H: '42', I: '-1.5e3', J: 'True', K: 'False', L: '', M: 'no placeholders',
  });
});

test('ranges of key, separator, value, inner text and comment', () => {
  const text = "EMAIL_HOST_PASSWORD = 'my_password'  # dev only\n";
  const [a] = parse(text, 'python').assignments;
  assert.equal(slice(text, a!.keySpan), 'EMAIL_HOST_PASSWORD');
  assert.equal(slice(text, a!.separatorSpan), '=');
  assert.equal(slice(text, a!.valueSpan), "'my_password'");
  assert.equal(slice(text, a!.innerSpan), 'my_password');
  assert.equal(slice(text, a!.commentSpan), '# dev only');
});

test("the seed's mixed approach is opaque, never an assignment or an error", () => {
  const document = parse(SEED_MIXED, 'python');
  assert.deepEqual(document.assignments, []);
  assert.equal(document.nodes.map((n) => SEED_MIXED.slice(n.span.start, n.span.end)).join(''), SEED_MIXED);
  assert.ok(document.nodes.every((n) => n.kind === 'opaque' || n.kind === 'comment' || n.kind === 'blank'));
});

test('calls, expressions, f-strings with placeholders and multi-line brackets stay opaque', () => {
  const text = "X = os.environ['X']\nY = 'a' + 'b'\nZ = f'{X}'\nW = {\n  'k': 'v',\n}\nV = 'ok'\n";
  const document = parse(text, 'python');
  assert.deepEqual(document.assignments.map((a) => a.key), ['V']);
  assert.deepEqual(
    document.nodes.map((n) => n.kind),
    ['opaque', 'opaque', 'opaque', 'opaque', 'assignment'],
  );
});

test('hostile input: empty, CRLF, BOM, unterminated strings, binary', () => {
  for (const text of ['', '\r\n', "\ufeffA = '1'\r\n", "A = 'open", 'A = """never closed\n\n', '\u0000\u0001=\u0002', 'A = "\\U0011ffff"\n']) {
    const document = parse(text, 'python');
    assert.equal(document.nodes.map((n) => text.slice(n.span.start, n.span.end)).join(''), text);
  }
  assert.deepEqual(parse("A = '1'\r\nB = 2\r\n", 'python').assignments.map((a) => [a.key, a.value]), [['A', '1'], ['B', '2']]);
});
