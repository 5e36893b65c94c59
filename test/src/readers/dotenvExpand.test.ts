import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as vm from 'node:vm';
import * as dotenv from 'dotenv';
import { expand } from 'dotenv-expand';
import fc from 'fast-check';
import { EXPANSION_BUDGET, dotenvExpandValues } from '../../../server/out/service/readers/dotenvExpand';
import { dotenvFile } from '../support/dotenvArbitrary';

/**
 * EnvSense's dotenv-expand reader against the real `dotenv` + `dotenv-expand` 12 from node_modules:
 * the same keys with the same values, on fixtures of each rule and on generated files. The real
 * library can loop forever, so it runs under a vm timeout; where it does not finish, the port must
 * finish with the value its comments promise.
 */
type Values = Record<string, string>;
type Environment = Record<string, string>;
type Outcome = { values: Values } | { hangs: true } | { throws: string };

/** One context for every run: the library runs in this realm, the context only bounds its time. */
const sandbox = vm.createContext({ run: (): unknown => undefined });

function real(text: string, environment: Environment = {}, timeout = 30): Outcome {
  try {
    sandbox['run'] = () => expand({ parsed: dotenv.parse(text), processEnv: { ...environment } }).parsed;
    return { values: { ...(vm.runInContext('run()', sandbox, { timeout }) as Values) } };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { hangs: true };
    return { throws: String(error) };
  }
}

const ours = (text: string, environment: Environment = {}): Values =>
  Object.fromEntries([...dotenvExpandValues(text, environment)].map(([key, binding]) => [key, binding.value ?? '']));

interface Fixture {
  readonly text: string;
  readonly environment?: Environment;
}

const FIXTURES: readonly Fixture[] = [
  // `${VAR}` and `$VAR` take earlier keys; a later key is not expanded yet, an unknown one is empty.
  { text: 'HOST=db\nURL=postgres://${HOST}:5432/$HOST\nEARLY=${LATER}\nLATER=1\nNONE=a${NOPE}b$NOPE\n' },
  // Keys are expanded in for…in order: array indices (ascending) before the other keys.
  { text: '10=${B}\nB=1\n2=${10}x\nC=${2}\n4294967295=${B}\n' },
  // The last assignment of a key wins, at the place of its first one.
  { text: 'A=1\nB=${A}\nA=2\n' },
  // A non-empty environment value that differs from the file's wins, as it is; lookups prefer it too.
  { text: 'HOST=file\nURL=${HOST}\nRAW=\\$HOST\n', environment: { HOST: 'env', RAW: 'a\\$b${HOST}' } },
  // An environment value equal to the file's raw value, or empty, lets the file value expand.
  { text: 'B=1\nA=${B}\nE=x${E:-d}\n', environment: { A: '${B}', E: '' } },
  // `:-` and `-` both take the default for an unset or empty variable.
  { text: 'E=\nS=v\nU1=${E:-d}\nU2=${E-d}\nU3=${MISSING-d}\nU4=${S:-d}\nU5=${S-d}\n' },
  // `:+` and `+` both take the alternative for a set, non-empty variable, else nothing.
  { text: 'S=v\nE=\nP1=${S:+alt}\nP2=${S+alt}\nP3=${E:+alt}\nP4=${MISSING+alt}\n' },
  // The first operator in the expression splits it; the rest keeps later operators.
  { text: 'A=${X:-a:-b}\nB=${X-a-b}\nC=${X:-a-b}\nD=${X-a:-b}\nE=${X+a-b}\nS=1\nF=${S+a:+b}\nG=${-x}\n' },
  // With no operator the expression is split on the text `null`.
  { text: 'A_=q\nB=${A_null_x}\nC=$A_null_zz\nD=${nullable}\nE=${x_null_null_y}\n' },
  // A default with references is scanned again; `${…}` holds no braces, so nesting resolves inside out.
  { text: 'D=deep\nA=${X:-$D}\nB=${X:-${D}}\nC=${Z${D}}\nF=$${D}\n' },
  // `\$` is not a reference and becomes `$`; the first occurrence of the matched text is replaced,
  // even an escaped one before it.
  { text: 'X=v\nA=\\$HOME\nB=\\${X}\nC=a\\${X} ${X}\nD=\\$X $X\nE=\\\\$X\n' },
  // The replacement's `$$`, `` $` ``, `$'` and `$&` are read by String.prototype.replace (and scanned again).
  { text: 'Q=x${R}y\nE=${NOPE:-\\$&}\nF=a${NOPE:-$$}b\n', environment: { R: "a$$b$`c$'d" } },
  // A self reference is empty unless the environment has the same raw text (then it expands once).
  { text: 'A=$A\nB=${B:-d}\nC=x${C}y\nS=$S\n', environment: { S: '$S' } },
  // Mutual recursion through the environment stops when a value repeats an earlier state.
  { text: 'A=$X\nB=${Y}z\n', environment: { X: '$Y', Y: '$X' } },
  // The scan stops when the text equals the referenced key's value (which may hold `$Z`).
  { text: 'A=\\$Z\nB=${A}\nZ=1\n' },
  // Quotes are dotenv's: single quotes and backticks do not stop expansion.
  { text: 'A=1\nB="${A} # not a comment"\nC=\'${A}\'\nD=`$A`\nE="${A}\n${A}"\n' },
  // What is not a reference: unclosed, empty, braces inside, a digit after `$`.
  { text: 'A=1\nB=${A\nC=${}\nD=${A}}\nE=${{A}}\nF=$1\nG=$_x\nH=$\nI=${A:-}\n' },
];

test('dotenv-expand reader equals dotenv + dotenv-expand on fixtures of its rules', () => {
  for (const { text, environment } of FIXTURES) {
    const expected = real(text, environment);
    assert.ok('values' in expected, `the real library finishes on ${JSON.stringify(text)}`);
    assert.deepEqual(ours(text, environment), expected.values, JSON.stringify({ text, environment }));
  }
});

/** Files full of expansion syntax, over a few keys, with or without an environment. */
const expandKey = fc.constantFrom('A', 'B', 'C', '_X', 'A_', '10', '2');
const expandFragment = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('x', ' ', '$A', '${B}', '${C:-d}', '${A-d}', '${B:+alt}', '${C+alt}', '{', '}', '${', 'null', '${A_null_y}', '$10', '${10}', ':-', '-', '+', '#', '"', "'"),
  },
  // What makes the library loop or grow (escapes, replacement patterns), rarer so that its loops stay few.
  { weight: 1, arbitrary: fc.constantFrom('\\$', '\\', '$', '$$', '$&', '$`', "$'") },
);
const expandValue = fc.array(expandFragment, { maxLength: 6 }).map((parts) => parts.join(''));
const expandLine = fc
  .tuple(expandKey, expandValue, fc.constantFrom('', "'", '"'))
  .map(([key, value, quote]) => `${key}=${quote}${value}${quote}`);
const expandFile = fc.tuple(
  fc.array(expandLine, { maxLength: 8 }).map((lines) => lines.join('\n')),
  fc.oneof(fc.constant({}), fc.dictionary(expandKey, expandValue, { maxKeys: 3 })),
);

interface Tally {
  agree: number;
  disagree: { text: string; environment: Environment }[];
  realHangs: number;
  realThrows: number;
}

function compare(cases: readonly (readonly [string, Environment])[]): Tally {
  const tally: Tally = { agree: 0, disagree: [], realHangs: 0, realThrows: 0 };
  for (const [text, environment] of cases) {
    const expected = real(text, environment);
    const actual = ours(text, environment);
    if ('hangs' in expected) tally.realHangs++;
    else if ('throws' in expected) tally.realThrows++;
    else if (sameEntries(actual, expected.values)) tally.agree++;
    else tally.disagree.push({ text, environment });
  }
  return tally;
}

function sameEntries(a: Values, b: Values): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key]);
}

test('dotenv-expand reader equals dotenv + dotenv-expand on 2,000 generated dotenv files', () => {
  const texts = fc.sample(dotenvFile, { numRuns: 2000, seed: 20261129 });
  const tally = compare(texts.map((text) => [text, {}] as const));
  assert.deepEqual(tally.disagree.slice(0, 3), []);
  assert.equal(tally.agree + tally.realHangs, 2000);
  console.log(`dotenv-expand, generated dotenv files: ${tally.agree}/2000 agree, the real library loops on ${tally.realHangs}`);
});

test('dotenv-expand reader equals dotenv + dotenv-expand on 2,000 generated files of expansion syntax', () => {
  const cases = fc.sample(expandFile, { numRuns: 2000, seed: 20261130 });
  const tally = compare(cases);
  assert.deepEqual(tally.disagree.slice(0, 3), []);
  assert.equal(tally.realThrows, 0);
  console.log(`dotenv-expand, generated expansion files: ${tally.agree}/2000 agree, the real library loops on ${tally.realHangs}`);
});


test('hostile input: 20,000 unclosed `${` stay as written, fast (as in the real library)', { timeout: 20_000 }, () => {
  const text = `BIG=${'${'.repeat(20_000)}}\n`;
  assert.deepEqual(ours(text), (real(text) as { values: Values }).values);
});

test('hostile input: a value that rewrites a reference into itself stops where the library loops forever', { timeout: 20_000 }, () => {
  const text = 'A=\\${A}\nB=x${A}\n';
  assert.deepEqual(real(text), { hangs: true });
  assert.deepEqual(ours(text), { A: '${A}', B: 'x${A}' });
});

test('hostile input: a value that doubles on every re-scan stops at the budget, later values stay as written', { timeout: 20_000 }, () => {
  const text = 'A=$`$&\nB=xy${A}\nC=${B}\n';
  assert.deepEqual(real('A=$`$&\nB=xy${A}\n'), { hangs: true });
  const values = ours(text);
  assert.equal(values['A'], '$`$&');
  assert.ok(/^(?:xy)+\$\{A\}$/.test(values['B']!), values['B']!.slice(-20));
  assert.ok(values['B']!.length <= EXPANSION_BUDGET);
  assert.equal(values['C'], '${B}');
});

test('hostile input: an environment value holding its own reference grows until the budget', { timeout: 20_000 }, () => {
  const environment = { A: 'x${A}' };
  assert.deepEqual(real('B=y${A}\n', environment), { hangs: true });
  const values = ours('B=y${A}\nC=$A\n', environment);
  assert.ok(/^yx+\$\{A\}$/.test(values['B']!) && values['B']!.length > 1000, values['B']!.slice(0, 20));
  assert.equal(values['C'], '$A');
});

test('hostile input: 40 keys that each double the one before stop at the budget', { timeout: 20_000 }, () => {
  const lines = ['K0=x'];
  for (let i = 1; i <= 40; i++) lines.push(`K${i}=$K${i - 1}$K${i - 1}`);
  const values = ours(lines.join('\n'));
  assert.equal(values['K10'], 'x'.repeat(1024));
  assert.equal(values['K40'], '$K39$K39');
  const total = Object.values(values).reduce((sum, value) => sum + value.length, 0);
  assert.ok(total <= 2 * EXPANSION_BUDGET, `${total} characters`);
});

test('hostile input: 20,000 references in one value are all replaced, fast (the library takes seconds)', { timeout: 20_000 }, () => {
  const many = ours(`A=1\nB=${'${A}'.repeat(20_000)}\nC=${'$A-'.repeat(20_000)}\n`);
  assert.equal(many['B'], '1'.repeat(20_000));
  assert.equal(many['C'], '1-'.repeat(20_000));
  assert.deepEqual(ours(`B=${'$A'.repeat(20_000)}\n`), { B: '' });
  // Two thousand are few enough to check against the library itself.
  const text = `A=1\nB=${'x${A}'.repeat(2_000)}\nC=${'${NOPE:-ab}'.repeat(2_000)}\n`;
  assert.deepEqual(ours(text), (real(text, {}, 5000) as { values: Values }).values);
});

test('names of Object.prototype members are plain names (the real library calls them or throws)', () => {
  assert.ok('throws' in real('toString=1\n'));
  assert.deepEqual(ours('toString=1\nA=${constructor:-d}\nB=${toString}\n'), { toString: '1', A: 'd', B: '1' });
});
