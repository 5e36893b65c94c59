import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import fc from 'fast-check';
import { phpdotenvValues, readPhpdotenv } from '../../../server/out/service/readers/phpdotenv';
import { dotenvFile } from '../support/dotenvArbitrary';

/**
 * EnvSense's phpdotenv reader against the real phpdotenv 5.4 (Debian's `php-vlucas-phpdotenv`, with
 * `php-cli`): the same keys, in the same order, with the same values, or the same refusal, on
 * fixtures and on generated files. The script runs the library's own Parser, Loader and Resolver on an
 * array repository (as `Dotenv::parse` does) holding the given environment, after its file reader's
 * `Str::utf8`, and records what is written: `Dotenv::parse`'s own array renumbers names like `1`.
 * Where php or the library is missing the test says so and is skipped, except in CI
 * (ENVSENSE_REQUIRE_READERS=1).
 */
const PHP = '/usr/bin/php';
const SCRIPT = `
require '/usr/share/php/Dotenv/autoload.php';
use Dotenv\\Repository\\Adapter\\ArrayAdapter;
use Dotenv\\Repository\\Adapter\\WriterInterface;
use Dotenv\\Repository\\RepositoryBuilder;
final class Recorder implements WriterInterface {
  public $pairs = [];
  public function write(string $name, string $value) { $this->pairs[] = [$name, $value]; return true; }
  public function delete(string $name) { $this->pairs[] = [$name, null]; return true; }
}
$input = json_decode(stream_get_contents(STDIN), true);
$out = [];
foreach ($input['texts'] as $text) {
  $array = ArrayAdapter::create()->get();
  foreach ($input['environment'] as $name => $value) $array->write((string) $name, $value);
  $recorder = new Recorder();
  $builder = RepositoryBuilder::createWithNoAdapters()->addAdapter($array)->addWriter($recorder);
  if (!$input['mutable']) $builder = $builder->immutable();
  $store = new Dotenv\\Store\\StringStore(Dotenv\\Util\\Str::utf8($text)->success()->get());
  $dotenv = new Dotenv\\Dotenv($store, new Dotenv\\Parser\\Parser(), new Dotenv\\Loader\\Loader(), $builder->make());
  try {
    $dotenv->load();
    $out[] = ['pairs' => $recorder->pairs];
  } catch (Dotenv\\Exception\\InvalidFileException $e) {
    $out[] = ['error' => $e->getMessage()];
  }
}
echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
`;

/**
 * Files in phpdotenv's own syntax, mostly accepted: valid names (some long enough for `export`),
 * unquoted values without spaces, quotes with its escapes, `${NAME}` and nested references to the
 * names used, multiline double quotes, names without `=`, and now and then a refused line.
 */
const names = ['A', 'DB', 'DB_HOST', 'APP.KEY', 'A_B', 'X1', 'B2', '_X'];
const name = fc.constantFrom(...names);
const reference = fc.oneof(
  name.map((n) => `\${${n}}`),
  fc.tuple(fc.constantFrom('A_', 'DB_', 'B', ''), name).map(([prefix, n]) => `\${${prefix}\${${n}}}`),
  fc.constantFrom('$', '${', '}', '$$', '${A', '${}'),
);
const bare = fc.oneof(fc.constantFrom('x', 'B', 'HOST', '1.5', 'a=b', '(x)', 'é', '😀', '{B}'), reference);
const unquoted = fc.array(fc.oneof(bare, fc.constantFrom('\\', "it's", 'q"')), { maxLength: 4 }).map((parts) => parts.join(''));
const escapes = fc.constantFrom('\\t', '\\n', '\\"', '\\\\', '\\$', '\\f', '\\v', '\\r', '\\nx');
const inQuotes = fc.oneof({ weight: 12, arbitrary: bare }, { weight: 12, arbitrary: fc.oneof(escapes, fc.constantFrom(' ', '#', "'", '\t')) }, { weight: 1, arbitrary: fc.constant('\\q') });
const singleQuoted = fc.array(fc.oneof(bare, fc.constantFrom(' ', '#', '"', '\\n')), { maxLength: 4 }).map((parts) => `'${parts.join('')}'`);
const doubleQuoted = fc.array(inQuotes, { maxLength: 4 }).map((parts) => `"${parts.join('')}"`);
const multiline = fc.tuple(fc.array(inQuotes, { maxLength: 3 }), fc.constantFrom('\n', '\r\n', '\n\n', '\n#x\n'), fc.array(inQuotes, { maxLength: 3 })).map(([a, brk, b]) => `"${a.join('')}${brk}${b.join('')}"`);
const phpValue = fc.oneof({ weight: 4, arbitrary: unquoted }, { weight: 2, arbitrary: singleQuoted }, { weight: 3, arbitrary: doubleQuoted }, { weight: 1, arbitrary: multiline });
const phpLine = fc.oneof(
  {
    weight: 16,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '', '', ' ', 'export ', 'export\t'),
        fc.constantFrom(...names, 'LONG_NAME', 'DB_PASSWORD', '"QUOTED"', "'Q'"),
        fc.constantFrom('=', '=', ' = ', '= '),
        phpValue,
        fc.oneof({ weight: 12, arbitrary: fc.constantFrom('', '', '', ' # note', '#c', ' ') }, { weight: 1, arbitrary: fc.constant(' x') }),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: name },
  { weight: 4, arbitrary: fc.constantFrom('', '# comment', '  ', '#"') },
  { weight: 1, arbitrary: fc.constantFrom('"', 'A="', '=x', '" x', 'stray words', 'BAD-NAME=1', 'export A=1') },
);
const phpdotenvFile = fc
  .tuple(fc.array(phpLine, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, brk]) => lines.join(brk) + brk);

/** What a program loads: `[name, value]` in the order of the returned array, or phpdotenv's refusal. */
type Outcome = { pairs: [string, string | null][] } | { error: string };

function realPhpdotenv(texts: readonly string[], environment: Record<string, string> = {}, mutable = false): Outcome[] | undefined {
  const input = JSON.stringify({ texts, environment, mutable });
  const result = spawnSync(PHP, ['-r', SCRIPT], { input, encoding: 'utf8', env: {}, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) return undefined;
  // Replayed into a map: a name set again keeps its first place, as in PHP's array.
  return (JSON.parse(result.stdout) as ({ pairs: [string, string | null][] } | { error: string })[]).map((outcome) =>
    'error' in outcome ? outcome : { pairs: [...new Map(outcome.pairs)] },
  );
}

const available = realPhpdotenv(['A=1']) !== undefined;
const skip = available || process.env['ENVSENSE_REQUIRE_READERS'] === '1' ? false : 'phpdotenv is not installed (apt-get install php-cli php-vlucas-phpdotenv)';

function ours(text: string, environment: Record<string, string> = {}, mutable = false): Outcome {
  const result = readPhpdotenv(text, environment, { mutable });
  if (result.error) return { error: result.error.message };
  return { pairs: [...result.values].map(([key, binding]): [string, string | null] => [key, binding.value]) };
}

const FIXTURES = [
  // Comments: whole lines, after a value, and `#` right after an unquoted value starts one too.
  '# comment\n  # indented\nA=a#b\nB=a #b\nC="q # kept" # comment\nD=\'x#y\'#z\n',
  // Single quotes keep everything; double quotes decode \n \t \f \r \v \" \\ \$ and nothing else.
  "S='a \\n $X ${Y}'\nD=\"tab\\there\\nnew \\\"q\\\" back\\\\ \\$X\"\nF=\"\\ffeed\\vvt\"\n",
  // An escape other than those refuses the file.
  'A=1\nB="\\q"\n',
  // Quotes open only at the start of a value; a quote later in an unquoted value is a character.
  'A=it\'s\nB=say"hi"\nC=\'a\'\'b\'\n',
  // Anything but a comment after a closing quote refuses the file ("unexpected whitespace").
  'A="a"b\n',
  // A space inside an unquoted value refuses the file.
  'OK=1\nA=hello world\n',
  // Multiline: `="` with its quote not closed on the line takes lines up to the next quote, joined by \n.
  'A="line one\r\nline two"\nB="x\n\ny"\nC=after\n',
  // A multiline value left open drops the rest of the file, silently.
  'A=1\nB="open\nC=2\nD=3\n',
  // An unclosed single quote (no multiline for those) refuses the file.
  "A='open\nB=1\n",
  // `export` is dropped only when the name part has more than 8 characters: `export A` is a bad name.
  'export LONGER=1\nexport\tTAB_NAME=2\n',
  'export A=1\n',
  // ${VAR}: from earlier keys, kept as written when unknown or later; not inside single quotes.
  'HOST=db\nURL=postgres://${HOST}:5432/${DB}\nSELF=${SELF}\nLATER=${AFTER}\nAFTER=1\nQ=\'${HOST}\'\nD="${HOST}"\n',
  // ${VAR} nesting: the inner one is read first, its value completes the outer name.
  'B=X\nA_X=found\nN=${A_${B}}\nM=$${HOST}\nHOST={B}\nL=$${HOST}\nE="\\${HOST}"\n',
  // $VAR without braces and ${} with other characters stay as written.
  'A=1\nB=$A\nC=${A:-d}\nD=${}\nE=${A.B}\nA.B=dot\nF=${A.B}\n',
  // Empty values: nothing, spaces, empty quotes, a comment; a name without `=` unsets it (null).
  'A=\nB=   \nC=""\nD=\'\'\nE= # note\nNAME\nA\nREF=${A}\n',
  // Names: quoted names lose their quotes; spaces around `=` go; `-` and non-ASCII are refused.
  '"QUOTED"=1\n\'SQ\'=2\n  SPACED  =  v  \nDOT.NAME=3\n',
  'BAD-NAME=1\n',
  'CLÉ=1\n',
  // An `=` with no name before it is refused.
  'A=1\n=x\n',
  // Line breaks: \r\n, \r and \n all end lines; a leading BOM is dropped by the file reader.
  '\ufeffA=1\r\nB=2\rC=3\n',
  // PHP's trim leaves \f, so a line starting with it is an entry with a bad name; U+00A0 is no space.
  'A=\u00a0x\u00a0\nB=x\u0085y\n',
  '\fA=1\n',
  // The last binding of a name wins and keeps its first place.
  'A=1\nB=2\nA=3\n',
];

test('phpdotenv reader equals the real phpdotenv on fixtures of its rules', { skip }, () => {
  const real = realPhpdotenv(FIXTURES);
  assert.ok(real, 'phpdotenv runs');
  FIXTURES.forEach((text, i) => assert.deepEqual(ours(text), real[i], JSON.stringify(text)));
});

test('phpdotenv reader refuses files where the real one throws, at the entry it names', () => {
  const at = (text: string) => readPhpdotenv(text).error;
  assert.deepEqual(at('OK=1\nA=hello world\n'), { message: 'Failed to parse dotenv file. Encountered unexpected whitespace at [hello world].', offset: 13, entry: { start: 5, end: 18 } });
  assert.deepEqual(at('A=1\nB="\\q"\n'), { message: 'Failed to parse dotenv file. Encountered an unexpected escape sequence at ["\\q"].', offset: 7, entry: { start: 4, end: 10 } });
  assert.deepEqual(at("A=1\nB='open\nC=1\n"), { message: "Failed to parse dotenv file. Encountered a missing closing quote at ['open].", offset: 6, entry: { start: 4, end: 11 } });
  assert.deepEqual(at('A=1\r\n  export A=1\n'), { message: 'Failed to parse dotenv file. Encountered an invalid name at [export A].', offset: 7, entry: { start: 5, end: 17 } });
  assert.deepEqual(at('A="x\r\ny\r\nz" w\n'), { message: 'Failed to parse dotenv file. Encountered unexpected whitespace at ["x].', offset: 12, entry: { start: 0, end: 13 } });
  assert.deepEqual(at(' =x\n'), { message: 'Failed to parse dotenv file. Encountered an unexpected equals at [ =x].', offset: 1, entry: { start: 0, end: 3 } });
  assert.equal(phpdotenvValues('A=1\nB=a b\n').size, 0, 'a refused file loads nothing');
});

test('phpdotenv reader with an environment: immutable keeps its keys, mutable lets the file replace them', { skip }, () => {
  const environment = { HOST: 'env-host', GONE: 'env' };
  const texts = ['HOST=file\nURL=${HOST}\nGONE\nAFTER=${GONE}\nOWN=${OWN}\n', 'A=${HOST}\nHOST\nB=${HOST}\n'];
  for (const mutable of [false, true]) {
    const real = realPhpdotenv(texts, environment, mutable);
    assert.ok(real, 'phpdotenv runs');
    texts.forEach((text, i) => assert.deepEqual(ours(text, environment, mutable), real[i], `${JSON.stringify(text)} mutable=${mutable}`));
  }
  assert.deepEqual([...phpdotenvValues('HOST=file\nURL=${HOST}\n', environment)].map(([key, { value }]) => [key, value]), [['URL', 'env-host']]);
});

/** Files phpdotenv accepts or refuses, with their outcome; refusals are checked for where they are. */
function compareGenerated(texts: readonly string[]): { agree: number; refused: number; disagreements: string[] } {
  const real = realPhpdotenv(texts);
  assert.ok(real, 'phpdotenv runs');
  const disagreements: string[] = [];
  let refused = 0;
  texts.forEach((text, i) => {
    if (JSON.stringify(ours(text)) !== JSON.stringify(real[i])) disagreements.push(text);
    else if ('error' in real[i]!) refused++;
  });
  assertErrorsPlaced(texts.filter((text, i) => 'error' in real[i]! && !disagreements.includes(text)));
  return { agree: texts.length - disagreements.length, refused, disagreements };
}

/**
 * Where a refusal is: our offset is inside the refused entry; the real library accepts the file cut
 * before that entry, and gives the same refusal on the file cut after it.
 */
function assertErrorsPlaced(texts: readonly string[]): void {
  const errors = texts.map((text) => readPhpdotenv(text).error!);
  const realBefore = realPhpdotenv(texts.map((text, i) => text.slice(0, errors[i]!.entry.start)))!;
  const realThrough = realPhpdotenv(texts.map((text, i) => text.slice(0, errors[i]!.entry.end)))!;
  texts.forEach((text, i) => {
    const { message, offset, entry } = errors[i]!;
    assert.ok(entry.start <= offset && offset <= entry.end, `the offset is in the entry: ${JSON.stringify(text)}`);
    assert.ok(!('error' in realBefore[i]!), `no refusal before the entry: ${JSON.stringify(text)}`);
    assert.deepEqual(realThrough[i], { error: message }, `the same refusal by the end of the entry: ${JSON.stringify(text)}`);
  });
}

test('phpdotenv reader equals the real phpdotenv on 2,000 generated dotenv files', { skip }, () => {
  const { agree, refused, disagreements } = compareGenerated(fc.sample(dotenvFile, { numRuns: 2000, seed: 20261129 }));
  assert.deepEqual(disagreements.slice(0, 3), []);
  assert.equal(agree, 2000);
  assert.ok(refused > 100 && refused < 2000, `some but not all refused (${refused})`);
});

test('phpdotenv reader equals the real phpdotenv on 2,000 generated phpdotenv-style files', { skip }, () => {
  const { agree, refused, disagreements } = compareGenerated(fc.sample(phpdotenvFile, { numRuns: 2000, seed: 20261130 }));
  assert.deepEqual(disagreements.slice(0, 3), []);
  assert.equal(agree, 2000);
  assert.ok(refused < 1000, `most are accepted (${refused} refused)`);
});

test('phpdotenv reader ends on hostile input with the values the library gives', { timeout: 20_000 }, () => {
  const read = (text: string) => ({ values: phpdotenvValues(text) });
  const opens = read(`A=x\nB=${'${'.repeat(20_000)}}\nC="${'${A}'.repeat(20_000)}"\n`);
  assert.equal(opens.values.get('B')?.value, `${'${'.repeat(20_000)}}`);
  assert.equal(opens.values.get('C')?.value, 'x'.repeat(20_000));
  // Each `${` of `${${${…${A}}}…}` reads through what the inner ones produced.
  const nested = read(`A=${'N'.repeat(100_000)}\nB=${'${'.repeat(20_000)}A${'}'.repeat(20_000)}\n`);
  assert.equal(nested.values.get('B')?.value, `${'${'.repeat(19_999)}${'N'.repeat(100_000)}${'}'.repeat(19_999)}`);
  const line = read(`BIG="${'x $ \\n'.repeat(200_000)}"\n${'A=1 '.repeat(250_000)}`);
  assert.equal(line.values.size, 0, 'the second line, with spaces, refuses the file');
  const lines = read(`A="${'\n'.repeat(20_000)}`);
  assert.equal(lines.values.size, 0, 'a multiline value left open is dropped');
});

test('values that double on every line stop at a budget, said as a refusal, instead of growing past memory', { timeout: 10_000 }, () => {
  const lines = ['A0=xxxxxxxxxx'];
  for (let i = 1; i <= 60; i++) lines.push(`A${i}="\${A${i - 1}}\${A${i - 1}}"`);
  const result = readPhpdotenv(lines.join('\n'));
  assert.equal(result.values.size, 0);
  assert.match(result.error?.message ?? '', /^EnvSense stops expanding: this file's values grow past \d+ characters$/);
});
