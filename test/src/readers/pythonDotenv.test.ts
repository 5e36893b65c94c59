import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import fc from 'fast-check';
import { pythonDotenvValues } from '../../../server/out/service/readers/pythonDotenv';
import { dotenvFile } from '../support/dotenvArbitrary';

/**
 * EnvSense's python-dotenv reader against the real python-dotenv (Debian's `python3-dotenv`, which
 * `.ci/run` installs): the same keys with the same values, on fixtures and on generated files. Where
 * the library is missing the test says so and is skipped, except in CI (ENVSENSE_REQUIRE_READERS=1).
 */
const PYTHON = '/usr/bin/python3';
const SCRIPT = `
import io, json, os, sys
from dotenv import dotenv_values
os.environ.clear()
texts = json.loads(sys.stdin.read())
print(json.dumps([dotenv_values(stream=io.StringIO(t)) for t in texts]))
`;

function realPythonDotenv(texts: readonly string[]): (Record<string, string | null> | undefined)[] | undefined {
  const result = spawnSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(texts), encoding: 'utf8', env: { PYTHONIOENCODING: 'utf-8' }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) return undefined;
  return JSON.parse(result.stdout) as Record<string, string | null>[];
}

const available = realPythonDotenv(['A=1']) !== undefined;
const skip = available || process.env['ENVSENSE_REQUIRE_READERS'] === '1' ? false : 'python3-dotenv is not installed (apt-get install python3-dotenv)';

const ours = (text: string) => Object.fromEntries([...pythonDotenvValues(text)].map(([key, binding]) => [key, binding.value]));

const FIXTURES = [
  'A=a#b\nB=a #b\nC="q # not a comment" # comment\n',
  "S='single \\' quote'\nD=\"tab\\there\\n\"\nE=\"\\q stays\"\n",
  'HOST=db\nURL=postgres://${HOST}:5432/${DB:-app}\nSELF=${SELF}\nLATER=${AFTER}\nAFTER=1\n',
  'export X=1\nexport=2\nNO_VALUE\nEMPTY=\n  SPACED  =  v  \n',
  "'quoted key'=1\n=novalue\nK=\"multi\nline\"\nBROKEN=\"open\nNEXT=1\n",
  'A=1\r\nB=2\rC=3\n\n# comment\nD=4 # note\n',
  'KEY=   # note\nK2= \tvalue\t \nU=\u00a0x\u00a0\n',
  'A=1\nV=${A:x}\nW=${B:-d:e}\nX=${C\nY=${A}${E:-f}g\nZ="${A}" \nQ=\'${A}\'\nN=${a${A}\n',
  `BIG=${'${'.repeat(20_000)}}\n`,
  // Where Python's whitespace is not JavaScript's: U+001C–001F and U+0085 are, U+FEFF is not.
  'K=\x1cv\x1c\nL=a\x85#b\nM=\ufeffx\ufeff\n\x1fN=1\n',
];

test('python-dotenv reader equals the real python-dotenv on fixtures of its rules', { skip }, () => {
  const real = realPythonDotenv(FIXTURES);
  assert.ok(real, 'python3-dotenv runs');
  FIXTURES.forEach((text, i) => assert.deepEqual(ours(text), real[i], JSON.stringify(text)));
});

test('python-dotenv reader equals the real python-dotenv on 2,000 generated files', { skip }, () => {
  const texts = fc.sample(dotenvFile, { numRuns: 2000, seed: 20261129 });
  const real = realPythonDotenv(texts);
  assert.ok(real, 'python3-dotenv runs');
  const disagreements = texts.filter((text, i) => JSON.stringify(ours(text)) !== JSON.stringify(real[i]) && !sameEntries(ours(text), real[i]!));
  assert.deepEqual(disagreements.slice(0, 3), []);
});

function sameEntries(a: Record<string, string | null>, b: Record<string, string | null>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key]);
}

test('python-dotenv reader: lines that each double the last stop growing at a budget and leave the reference as written', { timeout: 20_000 }, () => {
  let text = 'A0=xxxxxxxxxxxxxxxx\n';
  for (let i = 1; i < 40; i++) text += `A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
  const values = pythonDotenvValues(text);
  assert.equal(values.get('A10')?.value?.length, 16 << 10);
  assert.match(values.get('A39')?.value ?? '', /^(?:\$\{A\d+\})+$/);
});
